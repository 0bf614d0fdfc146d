package com.messageguard.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yardstick of the load test ({@code scripts/load.sh}): parses and validates the same JSON as
 * {@code /check} and answers a constant PASS, so comparing the two measures what the rules cost
 * on top of HTTP and JSON. It exists only under the {@code loadtest} profile, never in production.
 */
@RestController
@Profile("loadtest")
public class BaselineController {

    private static final CheckResponse PASS = new CheckResponse(com.messageguard.engine.Verdict.PASS, true, List.of(), "baseline");

    @PostMapping(path = "/check-baseline", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public CheckResponse check(@Valid @RequestBody CheckRequest request) {
        return PASS;
    }
}
