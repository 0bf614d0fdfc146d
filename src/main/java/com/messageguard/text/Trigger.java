package com.messageguard.text;

import java.util.List;

/**
 * What a detector needs in a field before it can find anything there, tested against the field's
 * {@link TextTriggers}. A detector declares its trigger next to its code; the caller skips it (its
 * result is empty) on a field where the trigger does not fire. A trigger must over-approximate:
 * it may fire on a field where the detector then finds nothing, never stay silent on one where it
 * would find something.
 */
@FunctionalInterface
public interface Trigger {

    /** For detectors that can match pure words: they are never skipped. */
    Trigger ALWAYS = text -> true;

    /** An ASCII digit in the normalized text (NFKC has turned full-width and mathematical digits into ASCII ones). */
    Trigger ASCII_DIGIT = anyOf("0123456789");

    /** Any digit in the normalized text, {@link Character#isDigit(char)}: ASCII or one NFKC keeps (٣, ३). */
    Trigger DIGIT = ASCII_DIGIT.or(TextTriggers::hasNonAsciiDigit);

    /** A character beyond ASCII in the original text: every emoji and styled letter is one. */
    Trigger NON_ASCII_ORIGINAL = text -> !text.originalIsAscii();

    boolean firesOn(TextTriggers text);

    default Trigger or(Trigger other) {
        return text -> firesOn(text) || other.firesOn(text);
    }

    /** Fires when one of {@code triggers} does. */
    static Trigger anyOf(List<Trigger> triggers) {
        Trigger[] all = triggers.toArray(Trigger[]::new);
        return text -> {
            for (Trigger trigger : all) {
                if (trigger.firesOn(text)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** One of these ASCII characters in the normalized text. */
    static Trigger anyOf(String asciiChars) {
        long[] mask = mask(asciiChars);
        return text -> text.hasAny(mask[0], mask[1]);
    }

    /**
     * Every character of {@code exact} could be in the ORIGINAL text, for detectors that match it
     * there character for character: in an original that is plain ASCII all of them are in it (then
     * original and normalized text are one string); any other original may hold anything.
     */
    static Trigger allInOriginal(String exact) {
        if (!Ascii.only(exact)) {
            return NON_ASCII_ORIGINAL;
        }
        long[] mask = mask(exact);
        return text -> !text.originalIsAscii() || text.hasAll(mask[0], mask[1]);
    }

    private static long[] mask(String asciiChars) {
        long[] mask = new long[2];
        for (int i = 0; i < asciiChars.length(); i++) {
            char c = asciiChars.charAt(i);
            if (c >= 0x80) {
                throw new IllegalArgumentException("not an ASCII character: " + c);
            }
            mask[c >>> 6] |= 1L << c;
        }
        return mask;
    }
}
