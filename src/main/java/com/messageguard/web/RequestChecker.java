package com.messageguard.web;

import com.messageguard.account.SellerAccount;
import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.CheckResult;
import com.messageguard.engine.MessagingContext;
import com.messageguard.ledger.LedgerLookup;
import com.messageguard.ops.CheckMetrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What {@code /check} answers for one request, shared with {@code /check/batch} so that a batch
 * item gets exactly that answer and is counted in the metrics the same way. With
 * {@code context.orderId} and the ledger on, the ledger completes the context first (see
 * {@link LedgerLookup}).
 */
@Component
public class RequestChecker {

    private final DraftFactory drafts;
    private final CheckEngine engine;
    private final CheckMetrics metrics;
    private final DraftFixer fixer;
    /** Null while the ledger is off. */
    private final LedgerLookup ledger;

    public RequestChecker(DraftFactory drafts, CheckEngine engine, CheckMetrics metrics, DraftFixer fixer,
            ObjectProvider<LedgerLookup> ledger) {
        this.drafts = drafts;
        this.engine = engine;
        this.metrics = metrics;
        this.fixer = fixer;
        this.ledger = ledger.getIfAvailable();
    }

    /** The answer for one request of {@code account}. */
    public CheckResponse check(CheckRequest request, SellerAccount account) {
        MessagingContext context = DraftFactory.context(request);
        String orderId = request.context() == null ? null : request.context().orderId();
        if (ledger == null || orderId == null) {
            return check(request, context, null);
        }
        LedgerLookup.Result lookedUp = ledger.lookUp(account, orderId, context);
        return check(request, lookedUp.context(), lookedUp.status().wireName());
    }

    /**
     * Checks the request with {@code context} in place of its own (the ledger's completion of it),
     * and says in {@code ledger} whether the ledger answered (null: not asked).
     */
    private CheckResponse check(CheckRequest request, MessagingContext context, String ledger) {
        long started = System.nanoTime();
        CheckResult result = engine.check(drafts.create(request, context));
        metrics.record(result, System.nanoTime() - started);
        CheckResponse response = CheckResponse.of(result, ledger);
        return request.wantsFix() ? response.withFix(fixer.fix(request, result)) : response;
    }
}
