package com.messageguard.rules.format;

/** Amazon order ids: three groups of 3, 7 and 7 digits joined by hyphens, e.g. 113-4567890-1234567. */
public final class OrderIds {

    private static final int[] GROUPS = {3, 7, 7};

    private OrderIds() {
    }

    public static boolean containsOrderId(String text) {
        return indexOfOrderId(text, 0) >= 0;
    }

    /** Start of the first order id at or after {@code from}, or -1. A hand scan: linear, no regex. */
    public static int indexOfOrderId(String text, int from) {
        for (int i = Math.max(from, 0); i < text.length(); i++) {
            if (isDigit(text.charAt(i)) && (i == 0 || !isDigit(text.charAt(i - 1))) && lengthAt(text, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** Length of the order id that starts at {@code start}, or 0 when none does. */
    public static int lengthAt(String text, int start) {
        int i = start;
        for (int g = 0; g < GROUPS.length; g++) {
            if (g > 0) {
                if (i >= text.length() || !isHyphen(text.charAt(i))) {
                    return 0;
                }
                i++;
            }
            for (int d = 0; d < GROUPS[g]; d++, i++) {
                if (i >= text.length() || !isDigit(text.charAt(i))) {
                    return 0;
                }
            }
        }
        return i < text.length() && isDigit(text.charAt(i)) ? 0 : i - start;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013';
    }
}
