package com.messageguard.text;

/**
 * What a field's text holds that detectors look for before they can find anything: which ASCII
 * characters occur in its normalized text, whether it has a digit beyond ASCII, and whether its
 * original is plain ASCII (then original and normalized text are the same string). Filled by
 * {@link TextNormalizer} in the pass that already reads every character; a detector declares what
 * it needs as a {@link Trigger} and is skipped on a field that has none of it.
 *
 * <p>Every answer is about characters that are there, never about what they mean, so a trigger
 * built from the characters a detector's every match must contain can only over-approximate.
 */
public final class TextTriggers {

    private final long low;
    private final long high;
    private final boolean nonAsciiDigit;
    private final boolean originalAscii;

    private TextTriggers(long low, long high, boolean nonAsciiDigit, boolean originalAscii) {
        this.low = low;
        this.high = high;
        this.nonAsciiDigit = nonAsciiDigit;
        this.originalAscii = originalAscii;
    }

    /**
     * The triggers of an original that is plain ASCII, which normalization leaves unchanged; null as
     * soon as a character beyond ASCII shows it is not (the pass stops there).
     */
    static TextTriggers ofAsciiOriginal(String original) {
        long low = 0;
        long high = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            // A shift by c uses c's low six bits: c for the first half, c - 64 for the second.
            if (c < 64) {
                low |= 1L << c;
            } else {
                high |= 1L << c;
            }
        }
        return new TextTriggers(low, high, false, true);
    }

    /** The triggers of a normalized {@code text} whose original is {@code originalAscii} or not. */
    static TextTriggers of(String text, boolean originalAscii) {
        long low = 0;
        long high = 0;
        boolean nonAsciiDigit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 64) {
                low |= 1L << c;
            } else if (c < 0x80) {
                high |= 1L << c;
            } else {
                nonAsciiDigit |= Character.isDigit(c);
            }
        }
        return new TextTriggers(low, high, nonAsciiDigit, originalAscii);
    }

    /** Whether the normalized text holds one of the ASCII characters of the mask {@code (low, high)}. */
    boolean hasAny(long maskLow, long maskHigh) {
        return (low & maskLow) != 0 || (high & maskHigh) != 0;
    }

    /** Whether the normalized text holds every ASCII character of the mask {@code (low, high)}. */
    boolean hasAll(long maskLow, long maskHigh) {
        return (low & maskLow) == maskLow && (high & maskHigh) == maskHigh;
    }

    /** Whether the normalized text holds a digit beyond ASCII (Arabic-Indic, Devanagari...): NFKC keeps those. */
    boolean hasNonAsciiDigit() {
        return nonAsciiDigit;
    }

    /** Whether the original is plain ASCII, and so the same string as the normalized text. */
    boolean originalIsAscii() {
        return originalAscii;
    }
}
