package com.messageguard.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.web.CheckRequest;
import com.messageguard.web.DraftFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

    static final int LENGTH = 20_000;
    private static final long BOUND_MS = 250;

    @Autowired
    DraftFactory drafts;

    @Autowired
    CheckEngine engine;

    /** The hostile texts, by what they attack. */
    static Map<String, String> worstCases() {
        Random random = new Random(42);
        StringBuilder digits = new StringBuilder();
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
            mixed.append(" \n.-@:/()+<>&;[]_#*".charAt(random.nextInt(19)));
        }
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("random digits", digits.toString());
        cases.put("digits and dashes", repeat("555-"));
        cases.put("spaced digits", repeat("5 "));
        cases.put("plus signs", repeat("+"));
        cases.put("a@a@a@", repeat("a@"));
        cases.put("@ and . runs", repeat("@."));
        cases.put("dots", repeat("a."));
        cases.put("http:// repeated", repeat("http://"));
        cases.put("www. repeated", repeat("www."));
        cases.put("spelled separators", repeat("anna at gmail dot "));
        cases.put("letter spacing", repeat("a "));
        cases.put("5,000 emoji", "😀".repeat(5_000) + "👍🏽".repeat(2_500));
        cases.put("ZWJ chain", repeat("👨\u200D"));
        cases.put("regional indicators", repeat("\uD83C\uDDE9"));
        cases.put("combining marks", "a" + "\u0301".repeat(LENGTH - 1));
        cases.put("bidi controls", repeat("\u202Ea\u202C"));
        cases.put("zero-width spaces", repeat("a\u200B"));
        cases.put("mathematical bold", repeat("𝐛"));
        cases.put("full-width digits", repeat("５"));
        cases.put("html angle brackets", repeat("<a "));
        cases.put("ampersands", repeat("&a"));
        cases.put("line breaks", repeat("\n \n"));
        cases.put("one long word", repeat("x"));
        cases.put("street words", repeat("12 Main Street "));
        cases.put("review phrases", repeat("refund if you update your review 5 stars "));
        cases.put("thanks", repeat("Thank you. "));
        cases.put("random punctuation", mixed.toString());
        return cases;
    }

    /** {@code unit} repeated to exactly 20,000 UTF-16 units, never ending in half a surrogate pair. */
    static String repeat(String unit) {
        StringBuilder out = new StringBuilder(LENGTH + unit.length());
        while (out.length() < LENGTH) {
            out.append(unit);
        }
        out.setLength(LENGTH);
        if (Character.isHighSurrogate(out.charAt(LENGTH - 1))) {
            out.setCharAt(LENGTH - 1, ' ');
        }
        return out.toString();
    }

    private Draft draft(String body) {
        return drafts.create(new CheckRequest("Re: your order", body, "BUYER_INQUIRY_REPLY", 3, null, List.of(),
                null, null, null));
    }

    @Test
    void everyWorstCaseIsCheckedQuickly() {
        Map<String, String> cases = worstCases();
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            cases.values().forEach(body -> engine.check(draft(body)));
        }
        StringBuilder report = new StringBuilder("\nWorst cases, 20,000 characters, all rules:\n");
        cases.forEach((name, body) -> {
            assertThat(body.length()).as(name).isLessThanOrEqualTo(LENGTH);
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
