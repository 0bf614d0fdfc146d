package com.messageguard.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.WorstCases;
import com.messageguard.web.CheckRequest;
import com.messageguard.web.DraftFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every rule together on 20,000-character hostile texts, each shaped to hurt one detector:
 * the whole engine must stay linear. The bound is generous (the figures are measured with JMH);
 * catastrophic backtracking or a quadratic scan would blow it by orders of magnitude.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class WorstCaseInputTest {

    private static final long BOUND_MS = 250;

    @Autowired
    DraftFactory drafts;

    @Autowired
    CheckEngine engine;

    private Draft draft(String body) {
        return drafts.create(new CheckRequest("Re: your order", body, "BUYER_INQUIRY_REPLY", 3, null, List.of(),
                null, null, null, null));
    }

    @Test
    void everyWorstCaseIsCheckedQuickly() {
        Map<String, String> cases = WorstCases.all();
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            cases.values().forEach(body -> engine.check(draft(body)));
        }
        StringBuilder report = new StringBuilder("\nWorst cases, 20,000 characters, all rules:\n");
        cases.forEach((name, body) -> {
            assertThat(body.length()).as(name).isLessThanOrEqualTo(WorstCases.LENGTH);
            long best = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                long started = System.nanoTime();
                CheckResult result = engine.check(draft(body));
                best = Math.min(best, System.nanoTime() - started);
                for (Violation v : result.violations()) {
                    if (v.start() != null && v.field().equals("body")) {
                        assertThat(body.substring(v.start(), v.end())).as(name).isEqualTo(v.excerpt());
                    }
                }
            }
            report.append(String.format("  %-22s %7.2f ms%n", name, best / 1e6));
            assertThat(best / 1_000_000).as("ms for %s", name).isLessThan(BOUND_MS);
        });
        System.out.println(report);
    }
}
