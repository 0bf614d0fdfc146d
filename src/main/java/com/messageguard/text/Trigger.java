package com.messageguard.text;

import java.util.Collection;
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

    /** Fires on every field: for a detector (or a piece of its data) whose matches the triggers cannot see. */
    Trigger ALWAYS = text -> true;

    /** An ASCII digit in the normalized text (NFKC has turned full-width and mathematical digits into ASCII ones). */
    Trigger ASCII_DIGIT = anyOf("0123456789");

    /** Any digit in the normalized text, {@link Character#isDigit(char)}: ASCII or one NFKC keeps (٣, ३). */
    Trigger DIGIT = ASCII_DIGIT.or(TextTriggers::hasNonAsciiDigit);

    /** A character beyond ASCII in the original text: every emoji and styled letter is one. */
    Trigger NON_ASCII_ORIGINAL = text -> !text.originalIsAscii();

    /** A space right before a '.' or a '/' ({@code gmail . com}, {@code paypal.me / shop}). */
    Trigger SPACE_BEFORE_DOT_OR_SLASH = TextTriggers::hasSpaceBeforeDotOrSlash;

    boolean firesOn(TextTriggers text);

    /** At least {@code count} words of {@code kind} (or strangers with the same hash). */
    static Trigger words(TriggerWords.Kind kind, int count) {
        return text -> text.words(kind) >= count;
    }

    /** A run of at least {@code count} one-character tokens joined by single spaces ({@code a n n a}). */
    static Trigger spacedRun(int count) {
        return text -> text.longestSpacedRun() >= count;
    }

    default Trigger or(Trigger other) {
        return text -> firesOn(text) || other.firesOn(text);
    }

    /** One of these ASCII characters in the normalized text. */
    static Trigger anyOf(String asciiChars) {
        long[] mask = mask(asciiChars);
        return text -> text.hasAny(mask[0], mask[1]);
    }

    /** Every one of these ASCII characters in the normalized text. */
    static Trigger allOf(String asciiChars) {
        long[] mask = mask(asciiChars);
        return text -> text.hasAll(mask[0], mask[1]);
    }

    /**
     * Every character of one of {@code exacts} could be in the ORIGINAL text, for a detector that
     * matches them there character for character: in an original that is plain ASCII all of one's
     * characters are in it (then original and normalized text are one string); any other original
     * may hold anything.
     */
    static Trigger allInOriginal(Collection<String> exacts) {
        // A plain ASCII original holds no other string; of the rest, one whose characters include
        // all of another's adds nothing (":o" fires wherever ":-o" would).
        List<long[]> masks = exacts.stream().filter(Ascii::only).map(Trigger::mask).toList();
        long[][] needed = masks.stream()
                .filter(m -> masks.stream().noneMatch(o -> o != m && includes(m, o) && !includes(o, m)))
                .toArray(long[][]::new);
        return text -> {
            if (!text.originalIsAscii()) {
                return true;
            }
            for (long[] mask : needed) {
                if (text.hasAll(mask[0], mask[1])) {
                    return true;
                }
            }
            return false;
        };
    }

    private static boolean includes(long[] mask, long[] other) {
        return (mask[0] & other[0]) == other[0] && (mask[1] & other[1]) == other[1];
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
