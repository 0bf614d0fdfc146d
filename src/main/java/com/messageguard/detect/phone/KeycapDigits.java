package com.messageguard.detect.phone;

import com.messageguard.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Keycap emoji written as a phone number ({@code 4️⃣1️⃣5️⃣ 5️⃣5️⃣5️⃣ 0️⃣1️⃣4️⃣7️⃣}): each is a digit
 * followed by U+FE0F and U+20E3, which NFKC keeps, so the digits of the number never touch. The
 * marks after a digit are dropped for the digit scan, and the spans found are mapped back to the
 * text with them. A text without U+20E3 is left as it is.
 */
final class KeycapDigits {

    static final char KEYCAP = '\u20E3';
    private static final char VARIATION = '\uFE0F';

    /** The text without keycap marks after digits; {@code sources[i]} is where character i came from in the source. */
    private final String text;
    private final int[] sources;
    private final String source;

    private KeycapDigits(String source) {
        this.source = source;
        StringBuilder out = new StringBuilder(source.length());
        int[] from = new int[source.length()];
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if ((c == VARIATION || c == KEYCAP) && afterDigit(source, i)) {
                continue;
            }
            from[out.length()] = i;
            out.append(c);
        }
        this.text = out.toString();
        this.sources = from;
    }

    /** The text with its keycap digits as plain digits, or null when it has none. */
    static KeycapDigits of(String source) {
        return source.indexOf(KEYCAP) < 0 ? null : new KeycapDigits(source);
    }

    String text() {
        return text;
    }

    /** Spans of {@link #text()} as spans of the text it was made from, each keycap's marks included. */
    List<Span> toSource(List<Span> spans) {
        List<Span> mapped = new ArrayList<>(spans.size());
        for (Span span : spans) {
            int end = sources[span.end() - 1] + 1;
            while (end < source.length() && (source.charAt(end) == VARIATION || source.charAt(end) == KEYCAP)
                    && afterDigit(source, end)) {
                end++;
            }
            mapped.add(new Span(sources[span.start()], end));
        }
        return mapped;
    }

    /** Whether the mark at {@code i} follows a digit, with at most one other mark between. */
    private static boolean afterDigit(String s, int i) {
        int j = i - 1;
        if (j >= 0 && (s.charAt(j) == VARIATION || s.charAt(j) == KEYCAP)) {
            j--;
        }
        return j >= 0 && DigitRun.isDigit(s.charAt(j));
    }
}
