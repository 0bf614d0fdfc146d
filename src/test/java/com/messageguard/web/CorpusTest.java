package com.messageguard.web;

import com.messageguard.testing.Corpus;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.Http;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts every labelled case of the corpus through the real HTTP stack and compares the answer
 * with its labels (see corpus/README.md): every expected rule reported, and no BLOCK outside
 * {@code expect} and {@code mayAlsoFlag}. It prints per rule how many expected findings were
 * found and missed and how many unexpected BLOCKs came up, and fails on any miss or stray BLOCK.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusTest {

    private static final String FIELDS = "subject|body|contactReason|orderAgeDays|daysSinceDelivery|attachments\\[\\d+]"
            + "|context\\.(reviewAlreadyRequested|buyerOptedOut|averageDailyOrders|messagesSentToday)";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final Map<String, Tally> tallies = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private List<JsonNode> cases;

    @BeforeAll
    void loadCorpus() throws IOException {
        cases = Corpus.cases();
    }

    @Test
    void corpusCasesMeetTheirLabels() {
        Http http = new Http(port);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(191);
        for (JsonNode c : cases) {
            check(http, c);
        }
        print();
        assertThat(failures).as("corpus cases that miss a label or get a stray BLOCK").isEmpty();
    }

    private void check(Http http, JsonNode c) {
        String id = c.get("id").asString();
        Http.Response response = http.postJson("/check", JSON.writeValueAsString(c.get("request")));
        assertThat(response.status()).as("HTTP status of %s", id).isEqualTo(200);
        JsonNode body = response.json();

        Set<String> expected = Corpus.labels(c.get("expect"));
        Set<String> allowed = new HashSet<>(expected);
        allowed.addAll(Corpus.labels(c.get("mayAlsoFlag")));
        Set<String> reported = new HashSet<>();
        Set<String> blocking = new HashSet<>();
        for (JsonNode v : body.get("violations")) {
            assertContract(id, c.get("request"), v);
            reported.add(v.get("rule").asString());
            if ("BLOCK".equals(v.get("severity").asString())) {
                blocking.add(v.get("rule").asString());
            }
        }
        for (String rule : expected) {
            Tally tally = tallies.computeIfAbsent(rule, r -> new Tally());
            if (reported.contains(rule)) {
                tally.found++;
            } else {
                tally.missed++;
                tally.missedCases.add(id);
                failures.add(id + " misses " + rule);
            }
        }
        for (String rule : blocking) {
            if (!allowed.contains(rule)) {
                Tally tally = tallies.computeIfAbsent(rule, r -> new Tally());
                tally.unexpectedBlocks++;
                tally.unexpectedCases.add(id);
                failures.add(id + " has an unexpected BLOCK from " + rule);
            }
        }
    }

    /** API.md: one of the listed fields, and offsets that select the excerpt in the original text. */
    private static void assertContract(String id, JsonNode request, JsonNode v) {
        String field = v.get("field").asString();
        assertThat(field).as("field of %s in %s", v.get("rule").asString(), id).matches(FIELDS);
        assertThat(v.get("severity").asString()).isIn("BLOCK", "WARN");
        if (v.has("start")) {
            String text = request.get(field).asString();
            int start = v.get("start").asInt();
            int end = v.get("end").asInt();
            assertThat(start).as("%s start in %s", v.get("rule").asString(), id).isBetween(0, end);
            assertThat(text.substring(start, end)).isEqualTo(v.get("excerpt").asString());
        }
    }

    private void print() {
        StringBuilder out = new StringBuilder("\nCorpus: " + cases.size() + " cases\n");
        out.append(String.format("%-26s %6s %6s %10s  %s%n", "rule", "found", "missed", "unexp.BLOCK", "cases"));
        tallies.forEach((rule, t) -> out.append(String.format("%-26s %6d %6d %10d  %s%n",
                rule, t.found, t.missed, t.unexpectedBlocks,
                t.missedCases.isEmpty() && t.unexpectedCases.isEmpty() ? ""
                        : "missed " + t.missedCases + " unexpected " + t.unexpectedCases)));
        System.out.println(out);
    }

    private static final class Tally {
        int found;
        int missed;
        int unexpectedBlocks;
        final List<String> missedCases = new ArrayList<>();
        final List<String> unexpectedCases = new ArrayList<>();
    }
}
