package com.messageguard.detect.phone;

import com.messageguard.text.Span;
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
 * code is"). One pass over the text.
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
     */
    void find(String text, String lower, Predicate<String> possible, List<Span> found) {
        if (pieces(text) < 2) {
            return; // most messages: no words to read
        }
        int n = text.length();
        int sinceCue = Integer.MAX_VALUE;
        Pieces pieces = new Pieces();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                String word = lower.substring(start, i);
                if (context.isNegative(word) && pieces.open()) {
                    pieces.close(text, possible, found);
                } else if (context.isPositive(word)) {
                    sinceCue = 0;
                } else {
                    sinceCue = sinceCue == Integer.MAX_VALUE ? sinceCue : sinceCue + 1;
                    if (pieces.open() && ++pieces.gap > MAX_GAP) {
                        pieces.close(text, possible, found);
                    }
                }
            } else if (DigitRun.isDigit(c)) {
                int start = i;
                while (i < n && DigitRun.isDigit(text.charAt(i))) {
                    i++;
                }
                if (standsAlone(text, start, i) && i - start >= MIN_PIECE && i - start <= MAX_PIECE
                        && (pieces.open() || sinceCue <= WORDS_AFTER_CUE)) {
                    pieces.add(start, i);
                } else {
                    pieces.close(text, possible, found);
                }
            } else {
                if (endsSentence(text, i)) {
                    pieces.close(text, possible, found);
                    sinceCue = Integer.MAX_VALUE;
                }
                i++;
            }
        }
        pieces.close(text, possible, found);
    }

    /** The pieces in the text, counted up to two. */
    private static int pieces(String text) {
        int n = text.length();
        int count = 0;
        int i = 0;
        while (i < n && count < 2) {
            if (!DigitRun.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && DigitRun.isDigit(text.charAt(i))) {
                i++;
            }
            if (i - start >= MIN_PIECE && i - start <= MAX_PIECE && standsAlone(text, start, i)) {
                count++;
            }
        }
        return count;
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

    /** The pieces read so far, and the words since the last one. */
    private static final class Pieces {
        private final int[] starts = new int[MAX_PIECES];
        private final int[] ends = new int[MAX_PIECES];
        private int count;
        private int gap;
        private boolean wordBetween;
        private boolean tooMany;

        boolean open() {
            return count > 0;
        }

        void add(int start, int end) {
            if (count == MAX_PIECES) {
                tooMany = true; // more pieces than a number has: a list of figures
                return;
            }
            wordBetween |= count > 0 && gap > 0;
            starts[count] = start;
            ends[count] = end;
            count++;
            gap = 0;
        }

        void close(String text, Predicate<String> possible, List<Span> found) {
            if (count >= 2 && wordBetween && !tooMany) {
                StringBuilder digits = new StringBuilder(MAX_TOTAL);
                for (int p = 0; p < count; p++) {
                    digits.append(text, starts[p], ends[p]);
                }
                if (digits.length() >= MIN_TOTAL && digits.length() <= MAX_TOTAL && possible.test(digits.toString())) {
                    found.add(new Span(starts[0], ends[count - 1]));
                }
            }
            count = 0;
            gap = 0;
            wordBetween = false;
            tooMany = false;
        }
    }
}
