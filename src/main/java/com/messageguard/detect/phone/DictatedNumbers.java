package com.messageguard.detect.phone;

import com.messageguard.text.Span;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Phone numbers dictated in pieces with words between them, so that no piece is a number by
 * itself: "Ring our office: the area code is 0117, the number is 496 and then 0522." Only pieces
 * that follow a positive context word of their sentence ("ring", "Telefon", "chiami") within
 * {@value #WORDS_AFTER_CUE} words are read, each piece {@value #MIN_PIECE} to {@value #MAX_PIECE}
 * digits standing alone (no price, no measure, not glued to a letter), each at most
 * {@value #MAX_GAP} words after the one before; together, in at least two pieces, they must make
 * {@value #MIN_TOTAL} to {@value #MAX_TOTAL} digits that libphonenumber takes as possible. Opening
 * hours ("from 8 to 4") have pieces too short, and a negative context word between the pieces
 * ("order", "tracking") ends the reading; one before them names a part of the number ("the area
 * code is"). Words are read only between the pieces and just before them.
 */
final class DictatedNumbers {

    static final int WORDS_AFTER_CUE = 10;
    static final int MIN_PIECE = 3;
    static final int MAX_PIECE = 5;
    static final int MAX_GAP = 4;
    static final int MIN_TOTAL = 9;
    static final int MAX_TOTAL = 12;
    private static final int MAX_PIECES = 4;

    private final ContextWords context;

    DictatedNumbers(ContextWords context) {
        this.context = context;
    }

    /**
     * Adds to {@code found} the spans of {@code text} (from the first piece through the last) of
     * the dictated numbers that {@code possible} accepts; {@code lower} is the text lower-cased.
     * Words are read only between pieces and in the few words before them, so a long text with
     * figures costs little more than the scan for its pieces.
     */
    void find(String text, String lower, Predicate<String> possible, List<Span> found) {
        int[] pieces = pieces(text);
        int count = pieces.length / 2;
        int first = 0;
        while (first < count) {
            int last = first;
            boolean wordBetween = false;
            while (last + 1 < count) {
                int gap = gapWords(lower, pieces[2 * last + 1], pieces[2 * (last + 1)]);
                if (gap < 0) {
                    break;
                }
                wordBetween |= gap > 0;
                last++;
            }
            // More pieces than a number has are a list of figures.
            if (last > first && last - first < MAX_PIECES && wordBetween && cueBefore(lower, pieces[2 * first])) {
                StringBuilder digits = new StringBuilder(MAX_TOTAL + MAX_PIECE);
                for (int p = first; p <= last && digits.length() <= MAX_TOTAL; p++) {
                    digits.append(text, pieces[2 * p], pieces[2 * p + 1]);
                }
                if (digits.length() >= MIN_TOTAL && digits.length() <= MAX_TOTAL && possible.test(digits.toString())) {
                    found.add(new Span(pieces[2 * first], pieces[2 * last + 1]));
                }
            }
            first = last + 1;
        }
    }

    /** Start and end of every piece, in order: digit runs of the right length that stand alone. */
    private static int[] pieces(String text) {
        int n = text.length();
        int[] pieces = new int[8];
        int count = 0;
        int i = 0;
        while (i < n) {
            if (!DigitRun.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && DigitRun.isDigit(text.charAt(i))) {
                i++;
            }
            if (i - start >= MIN_PIECE && i - start <= MAX_PIECE && standsAlone(text, start, i)) {
                if (count == pieces.length) {
                    pieces = Arrays.copyOf(pieces, count * 2);
                }
                pieces[count++] = start;
                pieces[count++] = i;
            }
        }
        return Arrays.copyOf(pieces, count);
    }

    /**
     * The words between two pieces, or -1 when they do not join: more than {@value #MAX_GAP} words,
     * a sentence end, another digit, or a negative context word ("order", "tracking") between them.
     */
    private int gapWords(String lower, int from, int to) {
        int words = 0;
        int i = from;
        while (i < to) {
            char c = lower.charAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                while (i < to && Character.isLetter(lower.charAt(i))) {
                    i++;
                }
                if (++words > MAX_GAP || context.isNegative(lower.substring(start, i))) {
                    return -1;
                }
            } else if (DigitRun.isDigit(c) || endsSentence(lower, i)) {
                return -1;
            } else {
                i++;
            }
        }
        return words;
    }

    /** Whether a positive context word ("ring", "Telefon") stands at most {@value #WORDS_AFTER_CUE} words before, in the sentence. */
    private boolean cueBefore(String lower, int at) {
        int words = 0;
        int i = at - 1;
        while (i >= 0 && words <= WORDS_AFTER_CUE) {
            char c = lower.charAt(i);
            if (Character.isLetter(c)) {
                int end = i + 1;
                while (i >= 0 && Character.isLetter(lower.charAt(i))) {
                    i--;
                }
                if (context.isPositive(lower.substring(i + 1, end))) {
                    return true;
                }
                words++;
            } else if (endsSentence(lower, i)) {
                return false;
            } else {
                i--;
            }
        }
        return false;
    }

    /** No letter, digit, currency sign, decimal point or unit sign touches the piece. */
    private static boolean standsAlone(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        char afterNext = end + 1 < text.length() ? text.charAt(end + 1) : ' ';
        return !Character.isLetter(before) && Character.getType(before) != Character.CURRENCY_SYMBOL
                && before != '.' && before != ',' && before != '-' && before != '/' && before != '#'
                && !Character.isLetter(after) && after != '%' && after != '-' && after != '/' && after != ':'
                && !((after == '.' || after == ',') && DigitRun.isDigit(afterNext));
    }

    private static boolean endsSentence(String text, int at) {
        char c = text.charAt(at);
        return c == '!' || c == '?' || c == '\n'
                || (c == '.' && (at + 1 >= text.length() || !DigitRun.isDigit(text.charAt(at + 1))));
    }
}
