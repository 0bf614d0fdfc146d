package com.messageguard.text;

/**
 * Plain ASCII text, the common case, has no emoji, no styled letters, nothing for NFKC to change
 * and no look-alike or invisible characters: passes that only look for those can skip it.
 */
public final class Ascii {

    private Ascii() {
    }

    /**
     * {@link Character#isWhitespace(char)}, answered without its table look-up outside the ranges
     * that hold white space: control characters and the space, and U+1680 to U+3000 (the Ogham
     * space mark, the typographic spaces, the line and paragraph separators, the ideographic
     * space). Printable ASCII, accented letters and full-width forms are none.
     */
    public static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= FIRST_WIDE_SPACE && c <= LAST_WIDE_SPACE) && Character.isWhitespace(c);
    }

    private static final char FIRST_WIDE_SPACE = '\u1680';
    private static final char LAST_WIDE_SPACE = '\u3000';

    public static boolean only(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
