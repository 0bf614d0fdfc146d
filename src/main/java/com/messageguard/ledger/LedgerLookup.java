package com.messageguard.ledger;

import com.messageguard.account.SellerAccount;
import com.messageguard.engine.MessagingContext;
import java.time.Duration;

/**
 * The ledger's part of {@code POST /check} with {@code context.orderId}: the order's review request
 * and the account's count for today, read within {@code messageguard.ledger.lookup-timeout}. When
 * the ledger does not answer in time the check goes on with the request's own context and says so.
 */
public class LedgerLookup {

    private final LedgerCalls calls;
    private final SentMessageRepository repository;
    private final LedgerTime time;
    private final LedgerMetrics metrics;
    private final Duration timeout;

    public LedgerLookup(LedgerCalls calls, SentMessageRepository repository, LedgerTime time, LedgerMetrics metrics,
            Duration timeout) {
        this.calls = calls;
        this.repository = repository;
        this.time = time;
        this.metrics = metrics;
        this.timeout = timeout;
    }

    /** The context to check with, and whether the ledger took part. */
    public record Result(MessagingContext context, LedgerStatus status) {
    }

    public Result lookUp(SellerAccount account, String orderId, MessagingContext caller) {
        long started = System.nanoTime();
        try {
            LedgerFacts facts = calls.call(timeout, () -> repository.facts(account, orderId, time.today()));
            metrics.lookup(System.nanoTime() - started, true);
            return new Result(facts.appliedTo(caller), LedgerStatus.CONSULTED);
        } catch (LedgerUnavailableException e) {
            metrics.lookup(System.nanoTime() - started, false);
            return new Result(caller, LedgerStatus.UNAVAILABLE);
        }
    }
}
