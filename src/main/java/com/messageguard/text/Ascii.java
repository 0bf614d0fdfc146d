package com.messageguard.text;

/**
 * Plain ASCII text, the common case, has no emoji, no styled letters, nothing for NFKC to change
 * and no look-alike or invisible characters: passes that only look for those can skip it.
 */
public final class Ascii {

    private Ascii() {
    }

    /**
     * {@link Character#isWhitespace(char)}, answered without its table look-up for the printable
     * ASCII characters that make up most text: none of them is white space.
     */
    public static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= 0x7F) && Character.isWhitespace(c);
    }

    public static boolean only(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
