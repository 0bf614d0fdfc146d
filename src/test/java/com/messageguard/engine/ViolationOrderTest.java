package com.messageguard.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The order of a response's violations, and the repeats dropped from it. */
class ViolationOrderTest {

    @Test
    void sortsByFieldStartRuleEndMessageAndDetail() {
        Violation whole = violation("b-rule", Severity.WARN, "body", null, null, "m", null);
        Violation early = violation("b-rule", Severity.BLOCK, "body", 2, 5, "m", null);
        Violation earlyOtherRule = violation("a-rule", Severity.BLOCK, "body", 2, 9, "m", null);
        Violation subject = violation("a-rule", Severity.BLOCK, "subject", 0, 1, "m", "d");
        List<Violation> list = new ArrayList<>(List.of(subject, early, earlyOtherRule, whole));
        list.sort(CheckEngine.ORDER);
        assertThat(list).containsExactly(whole, earlyOtherRule, early, subject);
    }

    /** Against the set of first occurrences sorted after, the way before: random lists full of repeats and ties. */
    @Test
    void dropsRepeatsAsASetOfFirstOccurrencesWould() {
        Random random = new Random(14);
        for (int n = 0; n < 5_000; n++) {
            List<Violation> found = new ArrayList<>();
            for (int k = random.nextInt(12); k > 0; k--) {
                found.add(violation(random.nextBoolean() ? "a-rule" : "b-rule",
                        Severity.values()[random.nextInt(Severity.values().length)], "body",
                        random.nextInt(3) == 0 ? null : random.nextInt(3), random.nextBoolean() ? null : 4,
                        random.nextBoolean() ? "m1" : "m2", random.nextInt(3) == 0 ? "d" : null));
            }
            List<Violation> expected = new ArrayList<>(new LinkedHashSet<>(found));
            expected.sort(CheckEngine.ORDER);
            List<Violation> sorted = new ArrayList<>(found);
            sorted.sort(CheckEngine.ORDER);
            assertThat(CheckEngine.withoutRepeats(sorted)).as("%s", found).containsExactlyElementsOf(expected);
        }
    }

    private static Violation violation(String rule, Severity severity, String field, Integer start, Integer end,
                                       String message, String detail) {
        return new Violation(rule, severity, field, start, end, start == null ? null : "x", message, "policy",
                "suggestion", null, detail);
    }
}
