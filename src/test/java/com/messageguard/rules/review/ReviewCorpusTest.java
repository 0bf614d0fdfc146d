package com.messageguard.rules.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.RuleRegistry;
import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.rules.metadata.ReviewRequestRepeatRule;
import com.messageguard.testing.DraftBuilder;
import com.messageguard.testing.TestRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
            new IncentiveRule(ReviewFixture.REVIEWS),
            new ReviewManipulationRule(ReviewFixture.REVIEWS),
            new ReviewRequestMisplacedRule(ReviewFixture.REVIEWS),
            new ReviewRequestRepeatRule(ReviewFixture.REVIEWS))));

    @Test
    void theReviewRulesMeetTheCorpusLabels() throws IOException {
        List<JsonNode> cases = readCases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(191);
        Map<String, int[]> tally = new TreeMap<>();
        RULES.forEach(rule -> tally.put(rule, new int[3]));
        List<String> failures = new ArrayList<>();
        for (JsonNode c : cases) {
            String id = c.get("id").asString();
            Set<String> expected = strings(c.get("expect"));
            Set<String> allowed = new HashSet<>(expected);
            allowed.addAll(strings(c.get("mayAlsoFlag")));
            List<Violation> violations = engine.check(draft(c.get("request")).build()).violations();
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

    /** A draft from a request of API.md, as the service builds it. */
    static DraftBuilder draft(JsonNode request) {
        DraftBuilder draft = DraftBuilder.draft()
                .body(request.get("body").asString())
                .reason(request.get("contactReason").asString())
                .orderAgeDays(request.get("orderAgeDays").asInt());
        JsonNode subject = request.get("subject");
        if (subject != null && !subject.isNull() && !subject.asString().isEmpty()) {
            draft.subject(subject.asString());
        }
        JsonNode delivery = request.get("daysSinceDelivery");
        if (delivery != null && !delivery.isNull()) {
            draft.daysSinceDelivery(delivery.asInt());
        }
        JsonNode attachments = request.get("attachments");
        if (attachments != null) {
            for (JsonNode a : attachments) {
                JsonNode type = a.get("contentType");
                draft.attachment(a.get("fileName").asString(), type == null || type.isNull() ? null : type.asString(),
                        a.get("sizeBytes").asLong());
            }
        }
        JsonNode context = request.get("context");
        if (context != null && !context.isNull()) {
            draft.context(bool(context.get("reviewAlreadyRequested")), bool(context.get("buyerOptedOut")),
                    integer(context.get("averageDailyOrders")), integer(context.get("messagesSentToday")));
        }
        JsonNode language = request.get("language");
        if (language != null && !language.isNull()) {
            draft.language(language.asString().substring(0, 2).toLowerCase(java.util.Locale.ROOT));
        }
        return draft;
    }

    private static Boolean bool(JsonNode node) {
        return node == null || node.isNull() ? null : node.asBoolean();
    }

    private static Integer integer(JsonNode node) {
        return node == null || node.isNull() ? null : node.asInt();
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        if (array != null) {
            array.forEach(n -> values.add(n.asString()));
        }
        return values;
    }

    /** The shared corpus beside the project when present, else the copy in the test resources. */
    static List<JsonNode> readCases() throws IOException {
        Path shared = Path.of("/work/shared/corpus/cases.jsonl");
        Path beside = Path.of("..", "shared", "corpus", "cases.jsonl");
        String text;
        if (Files.isRegularFile(shared)) {
            text = Files.readString(shared, StandardCharsets.UTF_8);
        } else if (Files.isRegularFile(beside)) {
            text = Files.readString(beside, StandardCharsets.UTF_8);
        } else {
            try (InputStream in = ReviewCorpusTest.class.getResourceAsStream("/corpus/cases.jsonl")) {
                assertThat(in).as("corpus/cases.jsonl in the test resources").isNotNull();
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        List<JsonNode> cases = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                cases.add(JSON.readTree(line));
            }
        }
        return cases;
    }
}
