package com.messageguard.detect.phone;

/**
 * Shapes of digit groups that are something other than a phone number: dates, ranges, decimals,
 * thousands, lists of sizes, ISBNs. Each looks at a few groups of a {@link DigitRun}; none scans
 * the text.
 */
final class NumberShapes {

    private NumberShapes() {
    }

    /**
     * A date in groups {@code g}, {@code g+1}, {@code g+2} joined by the same one character (. / -):
     * {@code 2026-05-12}, {@code 12.05.2026}, {@code 12/05/2026}; with a two-digit year
     * ({@code 12/05/26}) only when these three groups are the whole run, so that
     * {@code 01.23.45.67.89} stays a phone number.
     */
    static boolean isDate(String text, DigitRun run, int g) {
        if (g + 2 >= run.groups()) {
            return false;
        }
        String first = run.separatorBefore(text, g + 1);
        String second = run.separatorBefore(text, g + 2);
        if (first.length() != 1 || !first.equals(second) || ".-/".indexOf(first.charAt(0)) < 0) {
            return false;
        }
        int a = run.length(g);
        int b = run.length(g + 1);
        int c = run.length(g + 2);
        if (a == 4 && b <= 2 && c <= 2) {
            return isYear(value(text, run, g)) && between(value(text, run, g + 1), 1, 12) && between(value(text, run, g + 2), 1, 31);
        }
        if (a > 2 || b > 2 || (c != 4 && c != 2)) {
            return false;
        }
        int x = value(text, run, g);
        int y = value(text, run, g + 1);
        boolean dayAndMonth = between(x, 1, 31) && between(y, 1, 31) && (x <= 12 || y <= 12);
        if (!dayAndMonth) {
            return false;
        }
        return c == 4 ? isYear(value(text, run, g + 2)) : run.groups() == 3;
    }

    /** Two groups joined by a dash, the first smaller, of about the same length: 42-44, 1000-2000. */
    static boolean isRange(String text, DigitRun run, int a, int b) {
        if (b != a + 1 || text.charAt(run.groupStart(a)) == '0' || text.charAt(run.groupStart(b)) == '0') {
            return false;
        }
        String separator = run.separatorBefore(text, b).strip();
        if (separator.length() != 1 || !DigitRun.isDash(separator.charAt(0))) {
            return false;
        }
        int la = run.length(a);
        int lb = run.length(b);
        return Math.abs(la - lb) <= 1 && Long.parseLong(text, run.groupStart(a), run.groupEnd(a), 10)
                < Long.parseLong(text, run.groupStart(b), run.groupEnd(b), 10);
    }

    /** Two groups joined by one '.': a decimal number or a version (1234567.89, 2.0). */
    static boolean isDecimal(String text, DigitRun run, int a, int b) {
        return b == a + 1 && run.separatorBefore(text, b).equals(".");
    }

    /**
     * Groups of three after the first, joined by '.' (1.299.000, a German thousands separator), or
     * by spaces when the number is round (100 000 000); "612 345 678" is a Spanish mobile number.
     */
    static boolean isThousands(String text, DigitRun run, int a, int b) {
        if (b < a + 2 || run.length(a) > 3) {
            return false;
        }
        String separator = run.separatorBefore(text, a + 1);
        if (!separator.equals(".") && !(separator.equals(" ") && text.startsWith("000", run.groupStart(b)))) {
            return false;
        }
        for (int g = a + 1; g <= b; g++) {
            if (run.length(g) != 3 || !run.separatorBefore(text, g).equals(separator)) {
                return false;
            }
        }
        return true;
    }

    /** Groups joined by dots with a one-digit group after the first: a version (10.0.19045.2364). */
    static boolean isVersion(String text, DigitRun run, int a, int b) {
        boolean shortGroup = false;
        for (int g = a + 1; g <= b; g++) {
            if (!run.separatorBefore(text, g).equals(".")) {
                return false;
            }
            shortGroup |= run.length(g) == 1;
        }
        return shortGroup;
    }

    /** A US ZIP+4 code: five digits, a dash, four digits (43215-1234). */
    static boolean isZipPlusFour(String text, DigitRun run, int a, int b) {
        return b == a + 1 && run.length(a) == 5 && run.length(b) == 4 && run.separatorBefore(text, b).equals("-");
    }

    /** Two-digit numbers separated by single spaces, the first not starting with 0: sizes 36 38 40 42. */
    static boolean isListOfPairs(String text, DigitRun run, int a, int b) {
        if (text.charAt(run.groupStart(a)) == '0') {
            return false;
        }
        for (int g = a; g <= b; g++) {
            if (run.length(g) != 2 || (g > a && !run.separatorBefore(text, g).equals(" "))) {
                return false;
            }
        }
        return true;
    }

    /**
     * An ISBN: 13 digits starting 978 or 979 with a valid EAN check digit, or an ISBN-10 of four
     * hyphenated groups with a valid check digit (978-3-16-148410-0, 0-306-40615-2).
     */
    static boolean isIsbn(String digits, String text, DigitRun run, int a, int b) {
        if (digits.length() == 13 && (digits.startsWith("978") || digits.startsWith("979"))) {
            int sum = 0;
            for (int i = 0; i < 13; i++) {
                sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
            }
            return sum % 10 == 0;
        }
        if (digits.length() == 10 && b == a + 3) {
            for (int g = a + 1; g <= b; g++) {
                if (!run.separatorBefore(text, g).equals("-")) {
                    return false;
                }
            }
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            return sum % 11 == 0;
        }
        return false;
    }

    /** Every digit the same: 1111111111 is filler, not a number anyone dials. */
    static boolean allSame(CharSequence digits) {
        for (int i = 1; i < digits.length(); i++) {
            if (digits.charAt(i) != digits.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    private static int value(String text, DigitRun run, int g) {
        return Integer.parseInt(text, run.groupStart(g), run.groupEnd(g), 10);
    }

    private static boolean isYear(int value) {
        return value >= 1900 && value <= 2099;
    }

    private static boolean between(int value, int min, int max) {
        return value >= min && value <= max;
    }
}
