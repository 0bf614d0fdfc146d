package com.messageguard.text;

import java.util.Map;

/**
 * HTML character references as a browser reads them: {@code &#64;}, {@code &#x40;} and the named
 * ones a seller would use to spell out an address or a link ({@code &commat;}, {@code &period;},
 * {@code &amp;}). A numeric reference may omit its ';', as browsers allow; a named one may not.
 */
final class CharacterReferences {

    private static final Map<String, Integer> NAMED = Map.ofEntries(
            Map.entry("amp", (int) '&'), Map.entry("lt", (int) '<'), Map.entry("gt", (int) '>'),
            Map.entry("quot", (int) '"'), Map.entry("apos", (int) '\''), Map.entry("nbsp", 0xA0),
            Map.entry("commat", (int) '@'), Map.entry("period", (int) '.'), Map.entry("sol", (int) '/'),
            Map.entry("colon", (int) ':'), Map.entry("lowbar", (int) '_'), Map.entry("hyphen", 0x2010),
            Map.entry("dash", 0x2010), Map.entry("num", (int) '#'), Map.entry("plus", (int) '+'));
    /** "&#1114111;" and "&commat;" are the longest a reference gets; more is no reference. */
    private static final int MAX_DIGITS = 7;
    private static final int MAX_NAME = 8;

    private CharacterReferences() {
    }

    /** Whether any '&' of {@code text} starts a reference ("Smith & Sons" has none). */
    static boolean any(String text) {
        for (int at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
            if (end(text, at) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The end of the reference that starts with the '&' at {@code at}, or -1 when none does. */
    static int end(String text, int at) {
        int n = text.length();
        int i = at + 1;
        if (i < n && text.charAt(i) == '#') {
            i++;
            boolean hex = i < n && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
            if (hex) {
                i++;
            }
            int from = i;
            while (i < n && i - from < MAX_DIGITS && Character.digit(text.charAt(i), hex ? 16 : 10) >= 0 && text.charAt(i) < 0x80) {
                i++;
            }
            if (i == from || value(text, from, i, hex ? 16 : 10) < 0) {
                return -1;
            }
            return i < n && text.charAt(i) == ';' ? i + 1 : i;
        }
        int from = i;
        while (i < n && i - from <= MAX_NAME && isAsciiLetter(text.charAt(i))) {
            i++;
        }
        return i < n && text.charAt(i) == ';' && NAMED.containsKey(text.substring(from, i)) ? i + 1 : -1;
    }

    /** The code point of the reference {@code [at, end)} that {@link #end} found. */
    static int decode(String text, int at, int end) {
        int stop = text.charAt(end - 1) == ';' ? end - 1 : end;
        if (text.charAt(at + 1) != '#') {
            return NAMED.get(text.substring(at + 1, stop));
        }
        boolean hex = text.charAt(at + 2) == 'x' || text.charAt(at + 2) == 'X';
        return value(text, at + (hex ? 3 : 2), stop, hex ? 16 : 10);
    }

    /** A valid Unicode scalar value other than NUL written in {@code [from, to)}, or -1. */
    private static int value(String text, int from, int to, int radix) {
        int value = Integer.parseInt(text, from, to, radix);
        return value > 0 && value <= Character.MAX_CODE_POINT && (value < 0xD800 || value > 0xDFFF) ? value : -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
