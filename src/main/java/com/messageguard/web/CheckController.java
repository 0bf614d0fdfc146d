package com.messageguard.web;

import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.CheckResult;
import com.messageguard.ops.CheckMetrics;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /check}: one draft in, its verdict and violations out. */
@RestController
public class CheckController {

    private final DraftFactory drafts;
    private final CheckEngine engine;
    private final CheckMetrics metrics;

    public CheckController(DraftFactory drafts, CheckEngine engine, CheckMetrics metrics) {
        this.drafts = drafts;
        this.engine = engine;
        this.metrics = metrics;
    }

    @PostMapping(path = "/check", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public CheckResponse check(@Valid @RequestBody CheckRequest request) {
        long started = System.nanoTime();
        CheckResult result = engine.check(drafts.create(request));
        metrics.record(result, System.nanoTime() - started);
        return CheckResponse.of(result);
    }
}
