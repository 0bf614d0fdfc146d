package com.messageguard.text;

/**
 * A text after normalization, with a map from every normalized character back to the span of the
 * original text it came from. Detectors search {@link #text()}; violations report
 * {@link #originalStart(int)}/{@link #originalEnd(int)} so a UI highlights what the seller typed.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] originalStarts;
    private final int[] originalEnds;

    NormalizedText(String original, String text, int[] originalStarts, int[] originalEnds) {
        this.original = original;
        this.text = text;
        this.originalStarts = originalStarts;
        this.originalEnds = originalEnds;
    }

    /** A text that normalization leaves unchanged: the identity map. */
    public static NormalizedText identity(String original) {
        int n = original.length();
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = i;
            ends[i] = i + 1;
        }
        return new NormalizedText(original, original, starts, ends);
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Offset in the original text where the normalized character at {@code index} begins. */
    public int originalStart(int index) {
        if (index >= text.length()) {
            return original.length();
        }
        return originalStarts[index];
    }

    /** Exclusive offset in the original text where the normalized span ending at {@code end} ends. */
    public int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        return originalEnds[end - 1];
    }
}
