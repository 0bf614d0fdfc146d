package com.messageguard.detect.emoji;

import java.text.Normalizer;

/**
 * The plain letters of a styled run that {@link SpecialFontDetector} found: NFKC for the alphabets
 * it folds (mathematical, circled, squared, full-width, super- and subscript, letter-like), and a
 * table for those it leaves alone or wraps in parentheses (small capitals, negative circled and
 * squared letters, parenthesized letters). Underline and strike-through overlays are dropped.
 * Characters between the styled letters (spaces, punctuation, symbols) stay as they are, but for
 * full-width punctuation, which belongs to full-width letters.
 */
public final class PlainLetters {

    private static final String SMALL_CAPITALS_PLAIN = "abcdefghijklmnoprstuvwyz";

    /*
     * The plain forms of the two blocks styled messages are mostly written in, worked out once: a
     * run of mathematical letters 10,000 long normalized each letter as a string of its own, which
     * was half the check of that draft.
     */
    private static final int MATHEMATICAL_FIRST = 0x1D400;
    private static final String[] MATHEMATICAL = table(MATHEMATICAL_FIRST, 0x1D800);
    private static final int FULL_WIDTH_FIRST = 0xFF00;
    private static final String[] FULL_WIDTH = table(FULL_WIDTH_FIRST, 0xFF60);

    private PlainLetters() {
    }

    public static String of(String run) {
        StringBuilder out = new StringBuilder(run.length());
        int i = 0;
        while (i < run.length()) {
            int cp = run.codePointAt(i);
            i += Character.charCount(cp);
            switch (SpecialFontDetector.kindOf(cp)) {
                case STRONG, LETTERLIKE, SUPERSCRIPT, DIGIT -> out.append(plain(cp));
                default -> {
                    if (isFullWidthForm(cp)) {
                        out.append(plain(cp)); // ％ between ＳＡＬＥ and ３０
                    } else if (!isOverlay(cp)) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        }
        return out.toString();
    }

    static String plain(int cp) {
        if (cp >= MATHEMATICAL_FIRST && cp < MATHEMATICAL_FIRST + MATHEMATICAL.length) {
            return MATHEMATICAL[cp - MATHEMATICAL_FIRST];
        }
        if (cp >= FULL_WIDTH_FIRST && cp < FULL_WIDTH_FIRST + FULL_WIDTH.length) {
            return FULL_WIDTH[cp - FULL_WIDTH_FIRST];
        }
        return fold(cp);
    }

    private static String[] table(int first, int end) {
        String[] table = new String[end - first];
        for (int cp = first; cp < end; cp++) {
            table[cp - first] = fold(cp);
        }
        return table;
    }

    /** The plain form of one styled character, worked out: {@link #plain} looks the frequent ones up. */
    static String fold(int cp) {
        int smallCapital = cp < 0x10000 ? SpecialFontDetector.SMALL_CAPITALS.indexOf(cp) : -1;
        if (smallCapital >= 0) {
            return String.valueOf(SMALL_CAPITALS_PLAIN.charAt(smallCapital));
        }
        if (cp >= 0x249C && cp <= 0x24B5) {
            return String.valueOf((char) ('a' + cp - 0x249C)); // ⒜: NFKC keeps the parentheses
        }
        if (cp >= 0x1F110 && cp <= 0x1F129) {
            return String.valueOf((char) ('A' + cp - 0x1F110)); // 🄐
        }
        if (cp >= 0x1F150 && cp <= 0x1F169) {
            return String.valueOf((char) ('A' + cp - 0x1F150)); // 🅐: no decomposition
        }
        if (cp >= 0x1F170 && cp <= 0x1F189) {
            return String.valueOf((char) ('A' + cp - 0x1F170)); // 🅰: no decomposition
        }
        return Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
    }

    private static boolean isFullWidthForm(int cp) {
        return cp == 0x3000 || cp >= 0xFF01 && cp <= 0xFF5E;
    }

    private static boolean isOverlay(int cp) {
        return cp == 0x0332 || cp == 0x0333 || (cp >= 0x0335 && cp <= 0x0338);
    }
}
