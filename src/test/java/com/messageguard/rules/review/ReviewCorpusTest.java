package com.messageguard.rules.review;

import com.messageguard.testing.TestIntents;
import com.messageguard.testing.Corpus;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.RuleRegistry;
import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.rules.metadata.ReviewRequestRepeatRule;
import com.messageguard.testing.TestRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled corpus through the review rules alone (incentive, review-manipulation,
 * review-request-misplaced, review-request-repeat): every expected finding of these rules is
 * reported, and none of them BLOCKs a case that neither expects nor allows it. Drafts are built
 * from each case's request with the service's normalization; the other rules do not run.
 */
class ReviewCorpusTest {

    static final Set<String> RULES = Set.of("incentive", "review-manipulation", "review-request-misplaced",
            "review-request-repeat");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CheckEngine engine = new CheckEngine(new RuleRegistry(TestRules.ruleSet(), List.of(
            new IncentiveRule(ReviewFixture.REVIEWS, TestIntents.classifier()),
            new ReviewManipulationRule(ReviewFixture.REVIEWS, TestIntents.classifier()),
            new ReviewRequestMisplacedRule(ReviewFixture.REVIEWS),
            new ReviewRequestRepeatRule(ReviewFixture.REVIEWS))));

    @Test
    void theReviewRulesMeetTheCorpusLabels() throws IOException {
        List<JsonNode> cases = Corpus.cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(191);
        Map<String, int[]> tally = new TreeMap<>();
        RULES.forEach(rule -> tally.put(rule, new int[3]));
        List<String> failures = new ArrayList<>();
        for (JsonNode c : cases) {
            String id = c.get("id").asString();
            Set<String> expected = Corpus.labels(c.get("expect"));
            Set<String> allowed = new HashSet<>(expected);
            allowed.addAll(Corpus.labels(c.get("mayAlsoFlag")));
            List<Violation> violations = engine.check(Corpus.draft(c).build()).violations();
            Set<String> reported = new HashSet<>();
            Set<String> blocking = new HashSet<>();
            for (Violation v : violations) {
                reported.add(v.rule());
                if (v.severity() == Severity.BLOCK) {
                    blocking.add(v.rule());
                }
            }
            for (String rule : expected) {
                if (RULES.contains(rule)) {
                    if (reported.contains(rule)) {
                        tally.get(rule)[0]++;
                    } else {
                        tally.get(rule)[1]++;
                        failures.add(id + " misses " + rule);
                    }
                }
            }
            for (String rule : blocking) {
                if (!allowed.contains(rule)) {
                    tally.get(rule)[2]++;
                    failures.add(id + " has an unexpected BLOCK from " + rule + ": " + violations);
                }
            }
        }
        StringBuilder out = new StringBuilder("\nReview rules on the corpus (" + cases.size() + " cases)\n");
        out.append(String.format("%-26s %6s %6s %11s%n", "rule", "found", "missed", "false BLOCK"));
        tally.forEach((rule, t) -> out.append(String.format("%-26s %6d %6d %11d%n", rule, t[0], t[1], t[2])));
        System.out.println(out);
        assertThat(failures).as("corpus cases the review rules get wrong").isEmpty();
    }
}
