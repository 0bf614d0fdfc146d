package com.messageguard.detect.phone;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.text.Confusables;
import com.messageguard.text.NormalizedText;
import com.messageguard.text.TextNormalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Hostile 20,000-character inputs: the scan is linear and libphonenumber is asked a bounded number
 * of times, so each is checked in a few milliseconds once warm. The bound asserted is generous
 * (shared CI machines); the measured times are printed.
 */
class PhoneDetectorTimingTest {

    private static final int LENGTH = 20_000;
    private static final long BOUND_NANOS = 500_000_000L;

    @Test
    void hostileInputsTakeLinearTime() {
        Random random = new Random(42);
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("random digits", build(i -> digit(random)));
        inputs.put("\"1 \" repeated", "1 ".repeat(LENGTH / 2));
        inputs.put("\"+\" repeated", "+".repeat(LENGTH));
        inputs.put("digits and dashes", build(i -> random.nextInt(4) == 0 ? "-" : digit(random)));
        inputs.put("digits and spaces", build(i -> random.nextInt(3) == 0 ? " " : digit(random)));
        inputs.put("spaced single digits", build(i -> i % 2 == 1 ? " " : digit(random)));
        inputs.put("digits and separators", build(i -> random.nextInt(2) == 0 ? digit(random) : String.valueOf(" .-/()+".charAt(random.nextInt(7)))));
        inputs.put("\"+1 (\" repeated", "+1 (".repeat(LENGTH / 4));
        inputs.put("phone numbers", "call 555-123-4567 ".repeat(LENGTH / 18));
        inputs.put("number words", build(i -> i % 2 == 1 ? " " : new String[] {"one", "five", "zero", "oh", "double"}[random.nextInt(5)]));
        inputs.put("dates and times", "12.05.2026 14:30 ".repeat(LENGTH / 17));
        inputs.put("order ids", "113-4567890-1234567 ".repeat(LENGTH / 20));
        inputs.put("letter O among digits", build(i -> String.valueOf("O0o7 ".charAt(random.nextInt(5)))));
        inputs.put("\"O7 \" repeated", "O7 ".repeat(LENGTH / 3));

        TextNormalizer normalizer = new TextNormalizer(new Confusables());
        Map<String, NormalizedText> texts = new LinkedHashMap<>();
        inputs.forEach((name, text) -> texts.put(name, normalizer.normalize(text.substring(0, Math.min(LENGTH, text.length())))));
        for (int warmUp = 0; warmUp < 20; warmUp++) {
            texts.values().forEach(PhoneDetectorTest.DETECTOR::find);
        }

        StringBuilder report = new StringBuilder("\nPhone detector on 20,000 characters (best of 5 after warm-up):\n");
        texts.forEach((name, text) -> {
            long best = Long.MAX_VALUE;
            int found = 0;
            for (int run = 0; run < 5; run++) {
                long start = System.nanoTime();
                found = PhoneDetectorTest.DETECTOR.find(text).size();
                best = Math.min(best, System.nanoTime() - start);
            }
            report.append(String.format("  %-24s %8.2f ms  %4d spans%n", name, best / 1e6, found));
            assertThat(best).as("time for %s", name).isLessThan(BOUND_NANOS);
        });
        System.out.println(report);
    }

    private static String build(IntFunction<String> piece) {
        StringBuilder out = new StringBuilder(LENGTH + 8);
        for (int i = 0; out.length() < LENGTH; i++) {
            out.append(piece.apply(i));
        }
        return out.toString();
    }

    private static String digit(Random random) {
        return String.valueOf((char) ('0' + random.nextInt(10)));
    }
}
