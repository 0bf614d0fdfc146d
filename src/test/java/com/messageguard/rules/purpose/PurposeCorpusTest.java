package com.messageguard.rules.purpose;

import com.messageguard.testing.Corpus;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.Rule;
import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled corpus through the six purpose rules (not through HTTP: {@code web.CorpusTest}
 * does that for every rule). For these rules only: every expected id is reported, and no BLOCK
 * comes from one of them on a case that neither expects nor allows it ({@code mayAlsoFlag}).
 * Prints found / missed / unexpected BLOCKs per rule.
 */
class PurposeCorpusTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> IDS = PurposeRulesFixture.ALL.stream().map(Rule::id).collect(Collectors.toSet());

    private final CheckEngine engine = PurposeRulesFixture.engine();

    @Test
    void purposeRulesMeetTheCorpusLabels() throws IOException {
        List<JsonNode> cases = Corpus.cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(191);
        Map<String, int[]> tally = new TreeMap<>();
        IDS.forEach(id -> tally.put(id, new int[3]));
        List<String> failures = new ArrayList<>();
        for (JsonNode c : cases) {
            String id = c.get("id").asString();
            Set<String> expected = Corpus.labels(c.get("expect"));
            Set<String> allowed = new HashSet<>(expected);
            allowed.addAll(Corpus.labels(c.get("mayAlsoFlag")));
            List<Violation> violations = engine.check(Corpus.draft(c).build()).violations();
            Set<String> reported = violations.stream().map(Violation::rule).collect(Collectors.toSet());
            for (String rule : expected) {
                if (IDS.contains(rule)) {
                    if (reported.contains(rule)) {
                        tally.get(rule)[0]++;
                    } else {
                        tally.get(rule)[1]++;
                        failures.add(id + " misses " + rule);
                    }
                }
            }
            violations.stream()
                    .filter(v -> v.severity() == Severity.BLOCK && !allowed.contains(v.rule()))
                    .map(Violation::rule).distinct()
                    .forEach(rule -> {
                        tally.get(rule)[2]++;
                        failures.add(id + " has an unexpected BLOCK from " + rule + ": "
                                + violations.stream().filter(v -> v.rule().equals(rule)).map(Violation::excerpt).toList());
                    });
        }
        StringBuilder out = new StringBuilder("\nPurpose rules on the corpus (" + cases.size() + " cases)\n");
        out.append(String.format(Locale.ROOT, "%-22s %6s %6s %12s%n", "rule", "found", "missed", "false BLOCK"));
        tally.forEach((rule, t) -> out.append(String.format(Locale.ROOT, "%-22s %6d %6d %12d%n", rule, t[0], t[1], t[2])));
        failures.forEach(f -> out.append("  ").append(f).append('\n'));
        System.out.println(out);
        assertThat(failures).as("corpus cases that break a label of a purpose rule").isEmpty();
    }
}
