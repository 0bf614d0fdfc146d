package com.messageguard.ledger;

import com.messageguard.account.SellerAccount;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.support.TransactionTemplate;

/** Reading and forgetting recorded messages, each call within {@code messageguard.ledger.write-timeout}. */
public class SentMessageHistory {

    private final LedgerCalls calls;
    private final SentMessageRepository repository;
    private final TransactionTemplate transactions;
    private final LedgerTime time;
    private final LedgerMetrics metrics;
    private final Duration timeout;

    public SentMessageHistory(LedgerCalls calls, SentMessageRepository repository, TransactionTemplate transactions,
            LedgerTime time, LedgerMetrics metrics, Duration timeout) {
        this.calls = calls;
        this.repository = repository;
        this.transactions = transactions;
        this.time = time;
        this.metrics = metrics;
        this.timeout = timeout;
    }

    public Optional<SentMessage> find(SellerAccount account, String messageId) throws LedgerUnavailableException {
        return call(() -> repository.find(account, messageId));
    }

    /** The order's messages, oldest first; empty for an order the account never wrote about. */
    public List<SentMessage> ofOrder(SellerAccount account, String orderId) throws LedgerUnavailableException {
        return call(() -> repository.history(account, orderId));
    }

    /**
     * The send failed after all: the record goes, and so does its place in its day's count, since
     * the message never reached the buyer. False when the account has no such message.
     */
    public boolean forget(SellerAccount account, String messageId) throws LedgerUnavailableException {
        return call(() -> transactions.execute(tx -> {
            Optional<SentMessage> message = repository.find(account, messageId);
            if (message.isEmpty() || !repository.delete(account, messageId)) {
                return false;
            }
            repository.countOneLess(account, time.dayOf(message.get().sentAt()));
            return true;
        }));
    }

    /**
     * Erases an order's history (a buyer's data request). The messages were sent, so the day's
     * count keeps them.
     */
    public int erase(SellerAccount account, String orderId) throws LedgerUnavailableException {
        return call(() -> repository.deleteOrder(account, orderId));
    }

    private <T> T call(java.util.concurrent.Callable<T> work) throws LedgerUnavailableException {
        try {
            return calls.call(timeout, work);
        } catch (LedgerUnavailableException e) {
            metrics.writeUnavailable();
            throw e;
        }
    }
}
