package com.messageguard.rules.purpose;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.Draft;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The six purpose rules stay fast on long and hostile text: every step is linear in the number of
 * words and phrase hits (look-backs are bounded by windows, hits are found by binary search).
 * Bounds are generous; the measured times are printed.
 */
class PurposeRulesSpeedTest {

    private static final int HOSTILE_LENGTH = 20_000;

    private final CheckEngine engine = PurposeRulesFixture.engine();

    @Test
    void aLongOrdinaryMessageTakesMilliseconds() {
        String body = ordinaryMessage();
        assertThat(body.length()).isBetween(1_900, 2_100);
        Draft draft = draft().reason("ORDER_ISSUE").body(body).build();
        long nanos = fastest(draft, 20);
        System.out.printf(Locale.ROOT, "purpose rules, 2,000-character message: %.2f ms%n", nanos / 1e6);
        assertThat(nanos / 1_000_000).as("ms for a 2,000-character message").isLessThan(100);
    }

    @Test
    void hostileTwentyThousandCharacterMessagesStayFast() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("Thank you. ", repeat("Thank you. "));
        inputs.put("sale ", repeat("sale "));
        inputs.put("no sale next order ", repeat("no sale next order "));
        inputs.put("20% off our store ", repeat("20% off our store "));
        inputs.put("please cancel ", repeat("please cancel "));
        inputs.put("why cancel? ", repeat("why cancel? "));
        inputs.put("idiot ", repeat("idiot "));
        inputs.put("Hello\\n", repeat("Hello\n"));
        inputs.put("we're here to help ", repeat("we're here to help "));
        inputs.put("please please ... cancel", "please ".repeat(2_850) + "cancel cancel cancel");
        StringBuilder out = new StringBuilder("purpose rules, 20,000-character hostile messages:\n");
        long worst = 0;
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            Draft draft = draft().reason("OTHER").body(input.getValue()).build();
            long nanos = fastest(draft, 3);
            worst = Math.max(worst, nanos);
            out.append(String.format(Locale.ROOT, "  %-26s %8.2f ms%n", "\"" + input.getKey() + "\"", nanos / 1e6));
        }
        System.out.print(out);
        assertThat(worst / 1_000_000).as("ms for the slowest 20,000-character hostile message").isLessThan(1_000);
    }

    /** The fastest of some runs, each on a freshly built draft so no per-field cache is reused. */
    private long fastest(Draft template, int runs) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs + 2; i++) {
            Draft draft = draft().reason(template.reason().id()).body(template.body().original()).build();
            long started = System.nanoTime();
            engine.check(draft);
            best = Math.min(best, System.nanoTime() - started);
        }
        return best;
    }

    private static String repeat(String unit) {
        return unit.repeat(HOSTILE_LENGTH / unit.length());
    }

    private static String ordinaryMessage() {
        String paragraph = "We're sorry to let you know that the walnut desk organizer in order 114-2233445-6677889 "
                + "will ship later than planned. Our supplier delivered a batch with finishing defects, and we held it "
                + "back rather than send you a flawed piece. The new estimated ship date is March 14, and delivery should "
                + "follow within 3-5 business days. If you would prefer not to wait, you can cancel the order in Your "
                + "Orders. Thank you for your patience; we are here to help if you have any questions.\n\n";
        StringBuilder body = new StringBuilder("Hello,\n\n");
        while (body.length() + paragraph.length() < 2_000) {
            body.append(paragraph);
        }
        body.append("Kind regards,\nOakline Goods");
        return body.toString();
    }
}
