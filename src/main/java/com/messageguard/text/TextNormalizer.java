package com.messageguard.text;

import java.text.Normalizer;

/**
 * Turns a field's text into the one form every detector reads: compatibility-normalized (NFKC,
 * so full-width and mathematical letters and digits become plain ones) and without invisible
 * characters (zero-width spaces and joiners, soft hyphens, bidi controls), which sellers insert to
 * split a word the robots look for. Runs once per text field per request; every normalized
 * character remembers the original span it came from.
 */
public final class TextNormalizer {

    public NormalizedText normalize(String original) {
        int n = original.length();
        StringBuilder out = new StringBuilder(n);
        int[] starts = new int[n + 8];
        int[] ends = new int[n + 8];
        int i = 0;
        while (i < n) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!isInvisible(cp)) {
                String piece = normalizeCodePoint(cp);
                for (int k = 0; k < piece.length(); k++) {
                    int at = out.length();
                    if (at == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, at * 2);
                        ends = java.util.Arrays.copyOf(ends, at * 2);
                    }
                    starts[at] = i;
                    ends[at] = next;
                    out.append(piece.charAt(k));
                }
            }
            i = next;
        }
        return new NormalizedText(original, out.toString(), starts, ends);
    }

    private static String normalizeCodePoint(int cp) {
        if (cp < 0x80) {
            return String.valueOf((char) cp);
        }
        String s = Character.toString(cp);
        return Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /**
     * Format characters (zero-width space, joiners, word joiner, bidi controls, soft hyphen) are
     * dropped. The zero-width joiner and the variation selectors are kept: emoji sequences need them.
     */
    static boolean isInvisible(int cp) {
        if (cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F)) {
            return false;
        }
        return Character.getType(cp) == Character.FORMAT && !(cp >= 0xE0020 && cp <= 0xE007F);
    }
}
