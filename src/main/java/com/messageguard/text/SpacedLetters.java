package com.messageguard.text;

/**
 * Words typed one letter at a time with a space between the letters ("T e l e g r a m", "W h a t s
 * A p p"), which sellers use to keep a word the robots look for out of their word lists. A run of
 * at least {@value #MIN_LETTERS} single letters, each alone between non-letters and one space from
 * the next, is read as one word: the spaces inside it are dropped, and every letter keeps its own
 * origin, so a finding still selects what the seller typed. Shorter runs ("sizes S M L", "il y a")
 * are ordinary text. Linear in the text, and a text without such a run is returned as it is.
 */
public final class SpacedLetters {

    /** Fewer single letters in a row are initials, sizes or short words, not a word spelled out. */
    static final int MIN_LETTERS = 4;

    private SpacedLetters() {
    }

    /** Whether {@code text} holds a run of spaced single letters. */
    static boolean any(String text) {
        return nextRun(text, 0) != null;
    }

    /** {@code source} with the spaces inside each run removed; {@code source} itself when it has none. */
    public static NormalizedText joined(NormalizedText source) {
        String text = source.text();
        int[] run = nextRun(text, 0);
        if (run == null) {
            return source;
        }
        NormalizedText.Builder out = new NormalizedText.Builder(source.original());
        int copied = 0;
        while (run != null) {
            out.append(source, copied, run[0]);
            for (int i = run[0]; i < run[1]; i += 2) {
                out.append(source, i, i + 1);
            }
            copied = run[1];
            run = nextRun(text, run[1]);
        }
        out.append(source, copied, text.length());
        return out.build();
    }

    /**
     * The next run at or after {@code from}: {@code [start, end)} from its first letter to just after
     * its last, or null. Letters stand at {@code start}, {@code start + 2}, ... with one space between.
     * Only spaces are visited: a run starts at a single letter with a space and a single letter after
     * it, and most spaces end a longer word, which two reads rule out.
     */
    private static int[] nextRun(String text, int from) {
        int n = text.length();
        int space = text.indexOf(' ', from + 1);
        while (space > 0 && space + 1 < n) {
            if (single(text, space - 1) && single(text, space + 1)) {
                int first = space - 1;
                int last = space + 1;
                int letters = 2;
                while (last + 2 < n && text.charAt(last + 1) == ' ' && single(text, last + 2)) {
                    last += 2;
                    letters++;
                }
                if (letters >= MIN_LETTERS) {
                    return new int[] {first, last + 1};
                }
                space = text.indexOf(' ', last + 1);
            } else {
                space = text.indexOf(' ', space + 1);
            }
        }
        return null;
    }

    /** A letter with no letter or digit right before or after it (the neighbours are read first: they mostly decide). */
    private static boolean single(String text, int i) {
        return (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)))
                && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                && Character.isLetter(text.charAt(i));
    }
}
