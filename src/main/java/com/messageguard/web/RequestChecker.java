package com.messageguard.web;

import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.CheckResult;
import com.messageguard.ops.CheckMetrics;
import org.springframework.stereotype.Component;

/**
 * What {@code /check} answers for one request, shared with {@code /check/batch} so that a batch
 * item gets exactly that answer and is counted in the metrics the same way.
 */
@Component
public class RequestChecker {

    private final DraftFactory drafts;
    private final CheckEngine engine;
    private final CheckMetrics metrics;
    private final DraftFixer fixer;

    public RequestChecker(DraftFactory drafts, CheckEngine engine, CheckMetrics metrics, DraftFixer fixer) {
        this.drafts = drafts;
        this.engine = engine;
        this.metrics = metrics;
        this.fixer = fixer;
    }

    public CheckResponse check(CheckRequest request) {
        long started = System.nanoTime();
        CheckResult result = engine.check(drafts.create(request));
        metrics.record(result, System.nanoTime() - started);
        CheckResponse response = CheckResponse.of(result);
        return request.wantsFix() ? response.withFix(fixer.fix(request, result)) : response;
    }
}
