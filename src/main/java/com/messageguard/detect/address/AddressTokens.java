package com.messageguard.detect.address;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A text cut into the pieces addresses are made of, in one pass: words (letters, with inner
 * hyphens and apostrophes: {@code Champs-Élysées}, {@code l'Église}), numbers, mixed runs of
 * letters and digits ({@code 221B}, {@code NW1}), single punctuation characters and line breaks.
 * Other white space only separates; each token remembers whether white space came before it.
 * Also the questions every part of an address asks of a token: is it capitalized, an ordinal,
 * the end of a line, the clean end of a number.
 */
final class AddressTokens {

    static final byte WORD = 1;
    static final byte NUMBER = 2;
    static final byte MIXED = 3;
    static final byte PUNCT = 4;
    static final byte NEWLINE = 5;

    /** Punctuation that may end a line of an address, or a number in it. */
    private static final String LINE_END = ",.;:!?)\"'»”";

    final String text;
    int size;
    byte[] kind;
    int[] start;
    int[] end;
    boolean[] spaced;
    /** Words and mixed runs lower-cased (typographic apostrophes made straight), made on first use. */
    private String[] lower;

    private AddressTokens(String text) {
        this.text = text;
        int capacity = Math.max(8, text.length() / 3);
        kind = new byte[capacity];
        start = new int[capacity];
        end = new int[capacity];
        spaced = new boolean[capacity];
        lower = new String[capacity];
    }

    static AddressTokens of(String text) {
        AddressTokens tokens = new AddressTokens(text);
        int n = text.length();
        int i = 0;
        boolean space = true;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                tokens.add(NEWLINE, i, i + 1, true);
                space = true;
                i++;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i;
                boolean letters = false;
                boolean digits = false;
                while (j < n) {
                    char ch = text.charAt(j);
                    if (Character.isLetter(ch) || (j > i && Character.getType(ch) == Character.NON_SPACING_MARK)) {
                        letters = true;
                        j++;
                    } else if (Character.isDigit(ch)) {
                        digits = true;
                        j++;
                    } else if ((ch == '-' || ch == '\'' || ch == '\u2019') && !digits && j + 1 < n
                            && Character.isLetter(text.charAt(j + 1)) && Character.isLetter(text.charAt(j - 1))) {
                        j++;
                    } else {
                        break;
                    }
                }
                tokens.add(digits ? (letters ? MIXED : NUMBER) : WORD, i, j, space);
                space = false;
                i = j;
            } else {
                int j = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
                tokens.add(PUNCT, i, j, space);
                space = false;
                i = j;
            }
        }
        return tokens;
    }

    private void add(byte k, int from, int to, boolean space) {
        if (size == kind.length) {
            int capacity = size * 2;
            kind = Arrays.copyOf(kind, capacity);
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            spaced = Arrays.copyOf(spaced, capacity);
            lower = Arrays.copyOf(lower, capacity);
        }
        kind[size] = k;
        start[size] = from;
        end[size] = to;
        spaced[size] = space;
        size++;
    }

    /** Token {@code i} lower-cased with straight apostrophes if it is a word or mixed run, else null. */
    String lower(int i) {
        if (lower[i] == null && (kind[i] == WORD || kind[i] == MIXED)) {
            lower[i] = text.substring(start[i], end[i]).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        }
        return lower[i];
    }

    boolean is(int i, byte k) {
        return i >= 0 && i < size && kind[i] == k;
    }

    /** True when token {@code i} is the punctuation character {@code c}. */
    boolean punct(int i, char c) {
        return is(i, PUNCT) && text.charAt(start[i]) == c;
    }

    /** True when token {@code i} is one of the punctuation characters in {@code chars}. */
    boolean punctIn(int i, String chars) {
        return is(i, PUNCT) && chars.indexOf(text.charAt(start[i])) >= 0;
    }

    /** True when token {@code i} directly follows the previous one, with no white space between. */
    boolean attached(int i) {
        return i > 0 && i < size && !spaced[i];
    }

    int length(int i) {
        return end[i] - start[i];
    }

    boolean startsUpper(int i) {
        return Character.isUpperCase(text.charAt(start[i]));
    }

    /** Every letter a capital, e.g. a state code. */
    boolean allUpper(int i) {
        for (int k = start[i]; k < end[i]; k++) {
            if (Character.isLetter(text.charAt(k)) && !Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    String original(int i) {
        return text.substring(start[i], end[i]);
    }

    /**
     * True when nothing glued to the number ending before token {@code j} makes it part of
     * something longer: a decimal, time or date ({@code 12.5}, {@code 10:30}, {@code 1,299}),
     * a code ({@code 113-4567890}), a percentage or a currency.
     */
    boolean endsCleanly(int j) {
        if (j >= size || !attached(j)) {
            return true;
        }
        if (!is(j, PUNCT)) {
            return false;
        }
        if (punctIn(j, ",.:") && attached(j + 1) && (is(j + 1, NUMBER) || is(j + 1, MIXED))) {
            return false;
        }
        return punctIn(j, LINE_END);
    }

    /** True when the token at {@code k} ends a line of an address: the end, a line break or punctuation. */
    boolean endsLine(int k) {
        return k >= size || is(k, NEWLINE) || punctIn(k, LINE_END);
    }

    /** A capitalized word, also behind an elided particle ({@code l'Église}, {@code d'Italie}). */
    boolean isCapitalized(int k, Set<String> particles) {
        if (!is(k, WORD)) {
            return false;
        }
        if (startsUpper(k)) {
            return true;
        }
        String word = lower(k);
        int apostrophe = word.indexOf('\'');
        return apostrophe > 0 && apostrophe + 1 < word.length()
                && particles.contains(word.substring(0, apostrophe + 1))
                && Character.isUpperCase(text.charAt(start[k] + apostrophe + 1));
    }

    /** {@code 5th}, {@code 42nd}, {@code 1st}: the name of a numbered street. */
    boolean isOrdinal(int k) {
        String word = lower(k);
        int digits = 0;
        while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
            digits++;
        }
        String suffix = word.substring(digits);
        return digits > 0 && digits <= 3
                && (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"));
    }
}
