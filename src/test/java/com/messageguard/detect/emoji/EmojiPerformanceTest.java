package com.messageguard.detect.emoji;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.TestRules;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile inputs of 20,000 characters (more for the surrogate-pair ones) run through all three
 * scans: each must stay linear. The bound is generous (500 ms for all of them together after
 * warm-up, against a few milliseconds measured) so a slow CI machine does not fail it, while a
 * quadratic scan (seconds at this size) would.
 */
class EmojiPerformanceTest {

    private static final int N = 20_000;

    private final EmojiDetector emoji = new EmojiDetector(TestRules.ruleSet().data("emoji.yaml", EmojiData.class));
    private final SpecialFontDetector fonts = new SpecialFontDetector();

    @Test
    void worstCasesAreLinear() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("5,000 emoji with skin tones", "👍🏽".repeat(N / 4));
        inputs.put("one ZWJ sequence of 6,667 people", "👨" + "\u200D👨".repeat(N / 3));
        inputs.put("an emoji and a chain of 20,000 ZWJ", "👨" + "\u200D".repeat(N));
        inputs.put("20,000 ZWJ alone", "\u200D".repeat(N));
        inputs.put("10,000 regional indicators", "🇩".repeat(N / 2));
        inputs.put("20,000 FE0F", "\uFE0F".repeat(N));
        inputs.put("a heart and 20,000 FE0F", "❤" + "\uFE0F".repeat(N));
        inputs.put("20,000 combining marks after an emoji", "😀" + "\u0301".repeat(N));
        inputs.put("20,000 combining marks after a letter", "a" + "\u0332".repeat(N));
        inputs.put("20,000 tag characters", "🏴" + "\uDB40\uDC67".repeat(N / 2));
        inputs.put("20,000 mathematical bold letters", "𝐁".repeat(N));
        inputs.put("20,000 bold letters and spaces", "𝐁 ".repeat(N / 2));
        inputs.put("20,000 superscript letters", "ᵃ".repeat(N));
        inputs.put("':' and ')' alternating", ":)".repeat(N / 2));
        inputs.put("': ' and ') ' alternating", ": ) ".repeat(N / 4));
        inputs.put("emoticons and spaces", ":) ".repeat(N / 3));
        inputs.put("20,000 colons", ":".repeat(N));
        inputs.put("<3 and spaces before a word", "<3" + " ".repeat(N) + "days");
        inputs.put("XD and spaces", "XD" + " ".repeat(N) + "x");
        inputs.put("a 20,000-character link", "https://" + "a:)".repeat(N / 3));
        inputs.put("20,000 one-character tokens", "a ".repeat(N / 2));
        inputs.put("keycap bases and FE0F", "1\uFE0F".repeat(N / 2));

        for (int round = 0; round < 20; round++) {
            inputs.values().forEach(this::scanAll);
        }
        long total = 0;
        StringBuilder report = new StringBuilder("Emoji, emoticon and special-font scans after warm-up (best of 5):\n");
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            long best = Long.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                long start = System.nanoTime();
                scanAll(input.getValue());
                best = Math.min(best, System.nanoTime() - start);
            }
            total += best;
            report.append(String.format("  %-40s %6d chars %8.3f ms%n", input.getKey(), input.getValue().length(), best / 1e6));
        }
        report.append(String.format("  total %.3f ms%n", total / 1e6));
        System.out.print(report);
        assertThat(total / 1_000_000).as("milliseconds for all worst cases").isLessThan(500);
    }

    @Test
    void worstCasesStillGiveTheRightSpans() {
        assertThat(emoji.emoji("👍🏽".repeat(N / 4))).hasSize(N / 4);
        assertThat(emoji.emoji("👨" + "\u200D👨".repeat(N / 3))).hasSize(1);
        assertThat(emoji.emoji("🇩".repeat(N / 2))).hasSize(N / 4);
        assertThat(emoji.emoji("\uFE0F".repeat(N))).isEmpty();
        assertThat(emoji.emoticons(":)".repeat(N / 2))).hasSize(N / 2);
        assertThat(fonts.find("𝐁".repeat(N))).hasSize(1);
    }

    private int scanAll(String text) {
        return emoji.emoji(text).size() + emoji.emoticons(text).size() + fonts.find(text).size();
    }
}
