package com.messageguard.web;

import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.CheckResult;
import com.messageguard.engine.Verdict;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yardsticks of the load test ({@code scripts/load.sh}); they exist only under the
 * {@code loadtest} profile, never in production. Both parse and validate the same JSON as
 * {@code /check}:
 * <ul>
 * <li>{@code /check-baseline} answers a constant PASS, so comparing {@code /check} with it
 * measures what the rules and their larger answers cost on top of HTTP and JSON;</li>
 * <li>{@code /check-replay} answers what {@code /check} answered for the same request, run once
 * and remembered, so it has the real answers' size without the rules' work: its rate is the most
 * {@code /check} could reach with rules that cost nothing.</li>
 * </ul>
 */
@RestController
@Profile("loadtest")
public class BaselineController {

    private static final CheckResponse PASS = CheckResponse.of(new CheckResult(Verdict.PASS, List.of(), "baseline", null));
    /** The load test replays the corpus, about 200 requests; beyond this the replay stops remembering. */
    private static final int REMEMBERED = 10_000;

    private final DraftFactory drafts;
    private final CheckEngine engine;
    private final Map<CheckRequest, CheckResponse> answers = new ConcurrentHashMap<>();

    public BaselineController(DraftFactory drafts, CheckEngine engine) {
        this.drafts = drafts;
        this.engine = engine;
    }

    @PostMapping(path = "/check-baseline", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public CheckResponse check(@Valid @RequestBody CheckRequest request) {
        return PASS;
    }

    @PostMapping(path = "/check-replay", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public CheckResponse replay(@Valid @RequestBody CheckRequest request) {
        CheckResponse known = answers.get(request);
        if (known != null) {
            return known;
        }
        CheckResponse answer = CheckResponse.of(engine.check(drafts.create(request)));
        if (answers.size() < REMEMBERED) {
            answers.putIfAbsent(request, answer);
        }
        return answer;
    }
}
