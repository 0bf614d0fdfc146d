package com.messageguard.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How a finding's arguments fill the catalog's message and suggestion texts. */
class MessageTemplateTest {

    private static final Map<String, Object> ARGS = Map.of("days", 31, "limit", "5", "x", "{y}");

    @Test
    void fillsKnownPlaceholdersAndLeavesTheRestAsWritten() {
        assertThat(CheckEngine.fill("Sent {days} days after the order; at most {limit}.", ARGS))
                .isEqualTo("Sent 31 days after the order; at most 5.");
        assertThat(CheckEngine.fill("{unknown} stays, {} and {days stay, {{days}} fills", ARGS))
                .isEqualTo("{unknown} stays, {} and {days stay, {31} fills");
        assertThat(CheckEngine.fill("a value is not filled again: {x}", ARGS)).isEqualTo("a value is not filled again: {y}");
        assertThat(CheckEngine.fill("no arguments: {days}", Map.of())).isEqualTo("no arguments: {days}");
    }

    /** Random templates against the regular expression the scan replaced, as a reference. */
    @Test
    void agreesWithTheRegularExpressionOnRandomTemplates() {
        Random random = new Random(14);
        String alphabet = "{}dayslimitxyZ 1_-{}";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder template = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                template.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = template.toString();
            assertThat(CheckEngine.fill(t, ARGS)).as(t).isEqualTo(reference(t, ARGS));
        }
    }

    private static String reference(String template, Map<String, Object> args) {
        Matcher m = Pattern.compile("\\{([a-zA-Z]+)}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = args.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
        }
        return m.appendTail(out).toString();
    }
}
