package com.messageguard.detect.phone;

import com.messageguard.text.Span;
import com.messageguard.text.WordSignatures;
import java.util.List;
import java.util.Map;

/**
 * Phone numbers written in words: "five five five, one two three, four five six seven", "null
 * eins sieben eins ...", "double five". One pass over the words of the lower-cased text: number
 * words (and short digit groups between them) joined by spaces, commas, dots, dashes or slashes
 * form a run; a run that spells at least {@link #MIN_DIGITS} digits with at least
 * {@link #MIN_WORDS} number words is reported as one span from its first to its last token.
 */
final class SpelledDigits {

    static final int MIN_DIGITS = 7;
    /** The meaning of a word that joins a round ten and its unit ("treinta y cuatro", "vingt et un"). */
    static final String JOINER = "j";
    static final int MIN_WORDS = 3;
    /** Digit groups up to this length may sit between number words ("555 one two three"). */
    private static final int MAX_DIGIT_TOKEN = 4;
    /** At most this many characters between two tokens of a run. */
    private static final int MAX_GAP = 3;

    /** Word to meaning: {@code d5} a digit, {@code m2} a multiplier, {@code t50} a two-digit number, {@code z2} zeros. */
    private final Map<String, String> words;
    private final int longestWord;
    /** Most words of a text are no number word: this turns them away before a string is built. */
    private final WordSignatures signatures = new WordSignatures();

    SpelledDigits(Map<String, String> words) {
        this.words = Map.copyOf(words);
        this.longestWord = words.keySet().stream().mapToInt(String::length).max().orElse(0);
        words.keySet().forEach(signatures::add);
    }

    private String meaning(String lower, int start, int end) {
        if (end - start > longestWord || !signatures.mightContain(lower, start, end)) {
            return null;
        }
        return words.get(lower.substring(start, end));
    }

    void find(String lower, List<Span> out) {
        Run run = new Run();
        int n = lower.length();
        int i = 0;
        while (i < n) {
            char c = lower.charAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                while (i < n && Character.isLetter(lower.charAt(i))) {
                    i++;
                }
                String meaning = meaning(lower, start, i);
                if (JOINER.equals(meaning)) {
                    if (run.openTen && run.joins(lower, start)) {
                        run.joiner(i); // "treinta y": the unit that follows completes the ten
                        continue;
                    }
                    meaning = null; // an everyday "y" or "et"
                }
                if (meaning == null || !run.joins(lower, start)) {
                    run.close(out);
                }
                if (meaning != null) {
                    run.word(meaning, start, i);
                }
            } else if (DigitRun.isDigit(c)) {
                int start = i;
                while (i < n && DigitRun.isDigit(lower.charAt(i))) {
                    i++;
                }
                boolean glued = i < n && Character.isLetter(lower.charAt(i)) || start > 0 && Character.isLetter(lower.charAt(start - 1));
                if (i - start > MAX_DIGIT_TOKEN || glued || !run.joins(lower, start)) {
                    run.close(out);
                }
                if (i - start <= MAX_DIGIT_TOKEN && !glued) {
                    run.digits(lower, start, i);
                }
            } else {
                i++;
            }
        }
        run.close(out);
    }

    /** The run being read: its bounds, how many digits it spells, and how many number words it has. */
    private static final class Run {
        private int start = -1;
        private int end;
        private int words;
        private int count;
        private char first;
        private boolean allSame = true;
        /** A multiplier word ("double") waiting for its digit, and where that word ends. */
        private int pending;
        private int pendingEnd;
        /** The last token was a round ten (twenty, fünfzig) that a unit word completes. */
        private boolean openTen;
        /** Where a joiner after the open ten ends ("treinta y"), 0 when none: the next token may follow it. */
        private int joinerEnd;

        void joiner(int to) {
            joinerEnd = to;
        }

        /** Whether a token at {@code at} continues this run: a short gap of separators only. */
        boolean joins(String lower, int at) {
            if (start < 0) {
                return true;
            }
            int from = pending > 0 ? pendingEnd : Math.max(end, joinerEnd);
            if (at - from > MAX_GAP) {
                return false;
            }
            for (int k = from; k < at; k++) {
                char c = lower.charAt(k);
                if (c != ' ' && c != ',' && c != '.' && c != '/' && !DigitRun.isDash(c)) {
                    return false;
                }
            }
            return true;
        }

        void word(String meaning, int from, int to) {
            int value = Integer.parseInt(meaning, 1, meaning.length(), 10);
            if (start < 0) {
                start = from;
            }
            switch (meaning.charAt(0)) {
                case 'm' -> {
                    pending = value;
                    pendingEnd = to;
                    return;
                }
                case 't' -> {
                    add(value / 10, 1);
                    add(value % 10, 1);
                    openTen = value >= 20 && value % 10 == 0;
                }
                case 'z' -> {
                    // "nine hundred": the digit read before it, then its zeros
                    add(0, value);
                    openTen = false;
                }
                default -> {
                    if (pending > 0) {
                        add(value, pending);
                        openTen = false;
                    } else if (openTen && value > 0) {
                        // "fifty five" is 55: the unit completes the ten instead of adding a digit.
                        openTen = false;
                    } else {
                        add(value, 1);
                    }
                }
            }
            pending = 0;
            joinerEnd = 0;
            words++;
            end = to;
        }

        void digits(String lower, int from, int to) {
            if (start < 0) {
                start = from;
            }
            for (int k = from; k < to; k++) {
                add(lower.charAt(k) - '0', k == from && pending > 0 ? pending : 1);
            }
            pending = 0;
            openTen = false;
            joinerEnd = 0;
            end = to;
        }

        private void add(int digit, int times) {
            char d = (char) ('0' + digit);
            for (int t = 0; t < times; t++) {
                if (count == 0) {
                    first = d;
                } else if (d != first) {
                    allSame = false;
                }
                count++;
            }
        }

        void close(List<Span> out) {
            if (start >= 0 && words >= MIN_WORDS && count >= MIN_DIGITS && !allSame && end > start) {
                out.add(new Span(start, end));
            }
            start = -1;
            end = 0;
            words = 0;
            count = 0;
            allSame = true;
            pending = 0;
            openTen = false;
            joinerEnd = 0;
        }
    }
}
