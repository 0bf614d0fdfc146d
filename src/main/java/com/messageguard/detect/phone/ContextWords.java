package com.messageguard.detect.phone;

import java.util.Set;

/**
 * What the words around a number say about it: a positive word ("call", "Telefon") a few words
 * before it (or just after) makes it a phone number more readily; a negative one ("order", "SKU",
 * "Rechnung") rules it out when it names the number: right before it, or with only filler words
 * between ("order number is ..."), or anywhere in a label that a colon ends right before it
 * ("tracking number for box 2: ..."). Looks at a bounded stretch on each side, so each lookup
 * costs the same whatever the text's length.
 */
final class ContextWords {

    enum Polarity { POSITIVE, NEGATIVE, NONE }

    /** Characters looked at before a number, and words read there (nearest first). */
    static final int BEFORE_CHARS = 40;
    static final int BEFORE_WORDS = 4;
    /** Characters and words after a number: "030 1234567 anrufen", "555 0199 (mobile)". */
    static final int AFTER_CHARS = 20;
    static final int AFTER_WORDS = 2;
    /** Longer words are no context word; they are skipped without being copied. */
    private static final int MAX_WORD = 24;

    private final Set<String> positive;
    private final Set<String> negative;
    private final Set<String> filler;

    ContextWords(Set<String> positive, Set<String> negative, Set<String> filler) {
        this.positive = Set.copyOf(positive);
        this.negative = Set.copyOf(negative);
        this.filler = Set.copyOf(filler);
    }

    boolean isPositive(String word) {
        return positive.contains(word);
    }

    boolean isNegative(String word) {
        return negative.contains(word);
    }

    /** The longest code prefix: capitals right before a number ("PN 4410-2291-07", "PRO 0482-11937"). */
    static final int CODE_PREFIX = 4;

    /**
     * The polarity of the nearest context word before {@code [start, end)} of the lower-cased text,
     * a negative one counting only while the words between it and the number are fillers (a '#'
     * right before the number is negative); else of a positive word just after it. The nearest
     * word counts as a filler when {@code text} writes it in two to four capitals: the prefix of a
     * code named before it ("part number PN 4410-2291-07", "tracking reference PRO 0482-11937").
     */
    Polarity around(String text, String lower, int start, int end) {
        int i = start - 1;
        while (i >= 0 && lower.charAt(i) == ' ') {
            i--;
        }
        if (i >= 0 && lower.charAt(i) == '#') {
            return Polarity.NEGATIVE;
        }
        if (i >= 0 && lower.charAt(i) == ':') {
            Polarity label = labelBefore(lower, i);
            if (label != Polarity.NONE) {
                return label;
            }
        }
        int limit = Math.max(0, start - BEFORE_CHARS);
        int words = 0;
        boolean namesTheNumber = true;
        i = start - 1;
        while (i >= limit && words < BEFORE_WORDS) {
            char c = lower.charAt(i);
            if (c == '!' || c == '?' || (c == '\n' && i > 0 && lower.charAt(i - 1) == '\n')) {
                break;
            }
            if (!Character.isLetter(c)) {
                i--;
                continue;
            }
            int wordEnd = i + 1;
            while (i >= 0 && wordEnd - i <= MAX_WORD + 1 && Character.isLetter(lower.charAt(i))) {
                i--;
            }
            String word = wordEnd - (i + 1) <= MAX_WORD ? lower.substring(i + 1, wordEnd) : "";
            if (positive.contains(word)) {
                return Polarity.POSITIVE;
            }
            if (namesTheNumber && negative.contains(word)) {
                return Polarity.NEGATIVE;
            }
            namesTheNumber &= filler.contains(word) || words == 0 && isCodePrefix(text, i + 1, wordEnd);
            words++;
        }
        return positiveAfter(lower, end) ? Polarity.POSITIVE : Polarity.NONE;
    }

    /**
     * The polarity of the label a colon at {@code colon} ends, read back to the start of its line or
     * sentence (at most {@value #BEFORE_CHARS} characters): a positive word anywhere in it wins
     * ("Hotline for orders: ..."), else a negative word that ends the label or that a filler
     * follows names the number, however many words come after it ("FedEx tracking number for box
     * 2: 7749 3321 0586", "Tracking: ..."). "Order questions: ..." names questions, not the number.
     */
    private Polarity labelBefore(String lower, int colon) {
        int limit = Math.max(0, colon - BEFORE_CHARS);
        boolean negativeWord = false;
        String after = null; // the label's word after the one being read; null at the colon
        int i = colon - 1;
        while (i >= limit) {
            char c = lower.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':') {
                break;
            }
            if (!Character.isLetter(c)) {
                i--;
                continue;
            }
            int wordEnd = i + 1;
            while (i >= limit && Character.isLetter(lower.charAt(i))) {
                i--;
            }
            String word = wordEnd - (i + 1) <= MAX_WORD ? lower.substring(i + 1, wordEnd) : "";
            if (positive.contains(word)) {
                return Polarity.POSITIVE;
            }
            negativeWord |= negative.contains(word) && (after == null || filler.contains(after));
            after = word;
        }
        return negativeWord ? Polarity.NEGATIVE : Polarity.NONE;
    }

    private static boolean isCodePrefix(String text, int start, int end) {
        if (end - start < 2 || end - start > CODE_PREFIX) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    private boolean positiveAfter(String lower, int end) {
        int n = lower.length();
        int limit = Math.min(n, end + AFTER_CHARS);
        int words = 0;
        int i = end;
        while (i < limit && words < AFTER_WORDS) {
            char c = lower.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                return false;
            }
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int wordStart = i;
            while (i < n && i - wordStart <= MAX_WORD && Character.isLetter(lower.charAt(i))) {
                i++;
            }
            if (i - wordStart <= MAX_WORD && positive.contains(lower.substring(wordStart, i))) {
                return true;
            }
            words++;
        }
        return false;
    }
}
