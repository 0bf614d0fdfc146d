package com.messageguard.web;

import com.messageguard.account.SellerAccount;
import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.CheckResult;
import com.messageguard.engine.MessagingContext;
import com.messageguard.ledger.LedgerLookup;
import com.messageguard.ops.CheckMetrics;
import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /check}: one draft in, its verdict and violations out. With {@code context.orderId}
 * and the ledger on, the ledger completes the context first (see {@link LedgerLookup}).
 */
@RestController
public class CheckController {

    private final DraftFactory drafts;
    private final CheckEngine engine;
    private final CheckMetrics metrics;
    /** Null while the ledger is off. */
    private final LedgerLookup ledger;

    public CheckController(DraftFactory drafts, CheckEngine engine, CheckMetrics metrics,
            ObjectProvider<LedgerLookup> ledger) {
        this.drafts = drafts;
        this.engine = engine;
        this.metrics = metrics;
        this.ledger = ledger.getIfAvailable();
    }

    @PostMapping(path = "/check", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public CheckResponse check(@Valid @RequestBody CheckRequest request, SellerAccount account) {
        MessagingContext context = DraftFactory.context(request);
        String ledgerStatus = null;
        String orderId = request.context() == null ? null : request.context().orderId();
        if (ledger != null && orderId != null) {
            LedgerLookup.Result lookedUp = ledger.lookUp(account, orderId, context);
            context = lookedUp.context();
            ledgerStatus = lookedUp.status().wireName();
        }
        long started = System.nanoTime();
        CheckResult result = engine.check(drafts.create(request, context));
        metrics.record(result, System.nanoTime() - started);
        return CheckResponse.of(result, ledgerStatus);
    }
}
