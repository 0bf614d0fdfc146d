package com.messageguard.detect.phone;

import java.util.Arrays;

/**
 * A maximal run of digit groups joined by phone separators, e.g. {@code +1 (555) 010-7788}: the
 * groups' bounds, and where the run starts (at a leading '+' or '(' when there is one). Found by
 * {@link #scan(String, int)} in one pass over the run's characters.
 */
final class DigitRun {

    /** At most this many separator characters between two groups: ") (" or " - ". */
    private static final int MAX_SEPARATOR = 3;
    /** Fewer digits are no phone number by themselves, whatever follows: "+49 (0)30", "030". */
    private static final int SHORTEST_NUMBER = 7;

    final int start;
    final boolean plus;
    private int[] groupStarts = new int[8];
    private int[] groupEnds = new int[8];
    private int groups;
    private int digits;

    private DigitRun(int start, boolean plus) {
        this.start = start;
        this.plus = plus;
    }

    /**
     * The run that begins at {@code from}, which holds a digit, or a '+', '(' or "(+" right before a digit
     * ("+ " too, when the '+' starts a word); null when none begins there.
     */
    static DigitRun scan(String text, int from) {
        int n = text.length();
        int i = from;
        boolean plus = false;
        if (text.charAt(i) == '(' && i + 1 < n && text.charAt(i + 1) == '+') {
            // "(+44) 20 7946 0958"
            i++;
        }
        if (text.charAt(i) == '+') {
            plus = true;
            i++;
            if (i + 1 < n && text.charAt(i) == ' ' && (isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '(')
                    && (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)))) {
                i++; // "+ 44 20 7946 0958": a plus set apart by one space still opens the number
            }
        }
        if (i < n && text.charAt(i) == '(') {
            i++;
        }
        if (i >= n || !isDigit(text.charAt(i))) {
            return null;
        }
        DigitRun run = new DigitRun(from, plus);
        while (true) {
            int groupStart = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            run.add(groupStart, i);
            int next = separatorEnd(text, i, run.digits < SHORTEST_NUMBER, i - groupStart == 1);
            if (next < 0) {
                return run;
            }
            i = next;
        }
    }

    /**
     * The end of the separator that starts at {@code at} and leads to another digit of the same
     * number, or -1: one to three of space . - / ( ) with no two spaces in a row; a slash with a
     * space beside it separates two numbers ("030 1234567 / 030 7654321") rather than joining one,
     * unless the digits before it are too few to be a number ({@code incomplete}): then it parts an
     * area code from the line, as German numbers are written ("+49 (0)30 / 231 25-047"). After a
     * single digit ({@code spacedOut}) two spaces join too: digits typed one by one mark the
     * number's groups with them ("0 7 7 0 0  9 0 0  4 6 1").
     */
    private static int separatorEnd(String text, int at, boolean incomplete, boolean spacedOut) {
        int n = text.length();
        int i = at;
        boolean slash = false;
        boolean space = false;
        char previous = 0;
        while (i < n && i - at < MAX_SEPARATOR && isSeparator(text.charAt(i))) {
            char c = text.charAt(i);
            if (c == ' ' && previous == ' ' && !(spacedOut && i - at == 1)) {
                return -1;
            }
            slash |= c == '/';
            space |= c == ' ';
            previous = c;
            i++;
        }
        if (i == at || i >= n || !isDigit(text.charAt(i)) || (slash && space && !incomplete)) {
            return -1;
        }
        return i;
    }

    private void add(int groupStart, int groupEnd) {
        if (groups == groupStarts.length) {
            groupStarts = Arrays.copyOf(groupStarts, groups * 2);
            groupEnds = Arrays.copyOf(groupEnds, groups * 2);
        }
        groupStarts[groups] = groupStart;
        groupEnds[groups] = groupEnd;
        groups++;
        digits += groupEnd - groupStart;
    }

    /** All digits of the run. */
    int digits() {
        return digits;
    }

    int groups() {
        return groups;
    }

    int groupStart(int g) {
        return groupStarts[g];
    }

    int groupEnd(int g) {
        return groupEnds[g];
    }

    int length(int g) {
        return groupEnds[g] - groupStarts[g];
    }

    /** The end of the run: after its last digit. */
    int end() {
        return groupEnds[groups - 1];
    }

    /** The separator between group {@code g - 1} and group {@code g}. */
    String separatorBefore(String text, int g) {
        return text.substring(groupEnds[g - 1], groupStarts[g]);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '/' || c == '(' || c == ')' || isDash(c);
    }

    static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
    }
}
