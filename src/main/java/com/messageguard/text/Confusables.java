package com.messageguard.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;

/**
 * Folds Cyrillic and Greek letters that look like Latin ones ({@code gmаil} with a Cyrillic
 * {@code а}) to those Latin letters. The table comes from ICU's confusable skeletons, built once:
 * a letter is folded when its skeleton is a single ASCII letter. Folding applies inside words
 * that also hold Latin letters, and everywhere in texts whose letters are mostly Latin, so a
 * whole word spelled in look-alikes ({@code ѕһор}) is caught while Russian or Greek text is left as is.
 */
public final class Confusables {

    private static final int FIRST = 0x0370;
    private static final int LAST = 0x052F; // Greek and Coptic, Cyrillic, Cyrillic Supplement

    private final char[] latin = new char[LAST - FIRST + 1];

    public Confusables() {
        SpoofChecker checker = new SpoofChecker.Builder().build();
        for (int cp = FIRST; cp <= LAST; cp++) {
            if (!UCharacter.isLetter(cp)) {
                continue;
            }
            String skeleton = checker.getSkeleton(Character.toString(cp));
            if (skeleton.length() == 1) {
                char c = skeleton.charAt(0);
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    // Keep the case of the look-alike: Cyrillic 'А' reads as 'A', 'а' as 'a'.
                    latin[cp - FIRST] = UCharacter.isUpperCase(cp) ? Character.toUpperCase(c) : Character.toLowerCase(c);
                }
            }
        }
    }

    /** The Latin letter {@code c} imitates, or 0. */
    public char latinFor(char c) {
        return c >= FIRST && c <= LAST ? latin[c - FIRST] : 0;
    }

    /** Folds look-alike letters in place; the text keeps its length and offsets. */
    void fold(NormalizedText.Builder text) {
        int n = text.length();
        int latinLetters = 0;
        int otherLetters = 0;
        boolean anyConfusable = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isLatinLetter(c)) {
                latinLetters++;
            } else if (Character.isLetter(c)) {
                otherLetters++;
                anyConfusable |= latinFor(c) != 0;
            }
        }
        if (!anyConfusable) {
            return;
        }
        boolean mostlyLatin = latinLetters > otherLetters;
        int wordStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                continue;
            }
            if (i > wordStart && (mostlyLatin || hasLatin(text, wordStart, i))) {
                for (int k = wordStart; k < i; k++) {
                    char folded = latinFor(text.charAt(k));
                    if (folded != 0) {
                        text.set(k, folded);
                    }
                }
            }
            wordStart = i + 1;
        }
    }

    private static boolean hasLatin(NormalizedText.Builder text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isLatinLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLatinLetter(char c) {
        return c < 0x250 && Character.isLetter(c) && UScript.getScript(c) == UScript.LATIN;
    }
}
