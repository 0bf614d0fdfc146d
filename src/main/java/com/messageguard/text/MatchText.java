package com.messageguard.text;

import java.util.Arrays;

/**
 * The form phrase lists are matched against: the words of a normalized text, lower-cased and
 * joined by single spaces, sentences joined by a line break. Hyphens inside words are dropped
 * ({@code re-view} reads {@code review}, {@code 5-star} reads {@code 5star}), typographic
 * apostrophes become {@code '}, each pictograph ({@code ★}, {@code ⭐}) is a word of its own
 * with its variation selector gone, and a word spelled out letter by letter ({@code T e l e g r a m})
 * is the word ({@link SpacedLetters}). The view maps back to the original text like any other.
 */
public final class MatchText {

    public static final char WORD_GAP = ' ';
    public static final char SENTENCE_GAP = '\n';
    /** Characters of the original text that end a clause: a negation or a cue does not reach past them. */
    private static final String CLAUSE_BREAKS = ",;:()\u2013\u2014";
    private static final String LIST_BREAKS = ";:()\u2013\u2014";

    private final NormalizedText view;
    private final int[] sentenceStarts;
    private final int[] wordStarts;
    private final int[] wordEnds;

    private static final char LATIN1 = 256;
    /** For Latin-1 letters and digits their lower case ({@code ß} and {@code ÿ} too), 0 for every other character. */
    private static final char[] LATIN1_LOWER = new char[LATIN1];

    static {
        for (char c = 0; c < LATIN1; c++) {
            if (Character.isLetterOrDigit(c) && Character.toLowerCase(c) < LATIN1) {
                LATIN1_LOWER[c] = (char) Character.toLowerCase(c);
            }
        }
    }

    private MatchText(NormalizedText view, int[] sentenceStarts, int[] wordStarts, int[] wordEnds) {
        this.view = view;
        this.sentenceStarts = sentenceStarts;
        this.wordStarts = wordStarts;
        this.wordEnds = wordEnds;
    }

    public NormalizedText view() {
        return view;
    }

    public String text() {
        return view.text();
    }

    /** The index of the sentence holding offset {@code at} of {@link #text()}. */
    public int sentenceAt(int at) {
        int i = Arrays.binarySearch(sentenceStarts, at);
        return i >= 0 ? i : -i - 2;
    }

    /** The index of the word holding (or last before) offset {@code at}. */
    public int wordAt(int at) {
        int i = Arrays.binarySearch(wordStarts, at);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    public int wordCount() {
        return wordStarts.length;
    }

    /** Start of word {@code index} in {@link #text()}. */
    public int wordStart(int index) {
        return wordStarts[index];
    }

    /** End (exclusive) of word {@code index} in {@link #text()}. */
    public int wordEnd(int index) {
        return wordEnds[index];
    }

    public int sentenceCount() {
        return sentenceStarts.length;
    }

    /** Start of sentence {@code index} in {@link #text()}. */
    public int sentenceStart(int index) {
        return sentenceStarts[index];
    }

    /** End (exclusive) of sentence {@code index} in {@link #text()}. */
    public int sentenceEnd(int index) {
        return index + 1 < sentenceStarts.length ? sentenceStarts[index + 1] - 1 : view.length();
    }

    /** Whether the original text between offsets {@code from} and {@code to} of {@link #text()} holds a clause break. */
    public boolean clauseBreakBetween(int from, int to) {
        return breakBetween(from, to, CLAUSE_BREAKS);
    }

    /** Words at most between two items of one list ("discounts, refunds or gifts": "or"). */
    public static final int LIST_GAP_WORDS = 2;

    /**
     * Whether what ends at offset {@code end} and what starts at {@code start} are items of one
     * list: one sentence, at most {@link #LIST_GAP_WORDS} words between, and no break but commas
     * ("by phone, personal email or a messaging app"). A negation of the first reaches the next.
     */
    public boolean nextInList(int end, int start) {
        return end <= start && sentenceAt(end - 1) == sentenceAt(start) && wordAt(start) - wordAt(end - 1) <= LIST_GAP_WORDS + 1
                && !breakBetween(end, start, LIST_BREAKS);
    }

    private boolean breakBetween(int from, int to, String breaks) {
        if (to <= from) {
            return false;
        }
        String original = view.original();
        int end = Math.min(view.originalStart(to), original.length());
        for (int i = view.originalEnd(from); i < end; i++) {
            if (breaks.indexOf(original.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A phrase of a word list in the same canonical form: lower case, hyphens and selectors gone. */
    public static String canonical(String phrase) {
        NormalizedText words = of(NormalizedText.identity(phrase.strip())).view;
        return words.text().replace(SENTENCE_GAP, WORD_GAP);
    }

    public static MatchText of(NormalizedText normalized) {
        // "T e l e g r a m" reads as the word it spells, for the phrase lists and the classifier.
        NormalizedText source = SpacedLetters.joined(normalized);
        String t = source.text();
        int n = t.length();
        NormalizedText.Builder out = new NormalizedText.Builder(source.original());
        IntList sentences = new IntList();
        IntList words = new IntList();
        IntList ends = new IntList();
        sentences.add(0);
        boolean inWord = false;
        int wordLength = 0;
        char pendingGap = 0;
        int gapFrom = 0;
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (isLatin1LetterOrDigit(c)) {
                // Runs of Latin-1 letters and digits, most of any text, in one go: the general path's
                // table lookups and code-point handling cost more than the rest of the loop.
                if (!inWord) {
                    endWord(out, words, ends);
                    gap(out, pendingGap, source, gapFrom, sentences);
                    pendingGap = WORD_GAP;
                    words.add(out.length());
                    inWord = true;
                    wordLength = 0;
                }
                int run = i + 1;
                while (run < n && isLatin1LetterOrDigit(t.charAt(run))) {
                    run++;
                }
                wordLength += run - i;
                out.appendMapped(source, i, run, LATIN1_LOWER);
                i = run;
                continue;
            }
            int cp = Character.isHighSurrogate(c) ? t.codePointAt(i) : c;
            int next = i + Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || (inWord && isApostrophe(cp) && next < n && Character.isLetter(t.codePointAt(next)))) {
                if (!inWord) {
                    endWord(out, words, ends);
                    gap(out, pendingGap, source, gapFrom, sentences);
                    pendingGap = WORD_GAP;
                    words.add(out.length());
                    inWord = true;
                    wordLength = 0;
                }
                wordLength++;
                int lower = isApostrophe(cp) ? '\'' : Character.toLowerCase(cp);
                out.appendCodePoint(lower, source, i, next);
            } else if (inWord && isHyphen(cp) && next < n && Character.isLetterOrDigit(t.codePointAt(next))) {
                // A hyphen inside a word joins it: "re-view", "e-mail", "5-star".
            } else if (isPictograph(cp)) {
                endWord(out, words, ends);
                gap(out, pendingGap, source, inWord ? i : gapFrom, sentences);
                pendingGap = WORD_GAP;
                words.add(out.length());
                out.appendCodePoint(cp, source, i, next);
                inWord = false;
                gapFrom = next;
            } else if (isIgnorable(cp)) {
                // Variation selectors, joiners and skin tones belong to the pictograph before them.
            } else {
                if (inWord) {
                    gapFrom = i;
                    inWord = false;
                }
                if (pendingGap != 0 && endsSentence(t, cp, next, wordLength)) {
                    pendingGap = SENTENCE_GAP;
                }
            }
            i = next;
        }
        endWord(out, words, ends);
        return new MatchText(out.build(), sentences.toArray(), words.toArray(), ends.toArray());
    }

    private static boolean isLatin1LetterOrDigit(char c) {
        return c < LATIN1 && LATIN1_LOWER[c] != 0;
    }

    /** Closes the last word started, if it is still open: it ends where the text is now. */
    private static void endWord(NormalizedText.Builder out, IntList words, IntList ends) {
        if (ends.size() < words.size()) {
            ends.add(out.length());
        }
    }

    private static void gap(NormalizedText.Builder out, char gap, NormalizedText source, int from, IntList sentences) {
        if (gap == 0) {
            return;
        }
        out.append(gap, source, from, Math.min(from + 1, source.length()));
        if (gap == SENTENCE_GAP) {
            sentences.add(out.length());
        }
    }

    /**
     * A line break ends a sentence; so do '!' and '?' before white space, and '.' before white
     * space when the word before it is longer than a letter ("e.g.") and what follows does not
     * start with a small letter or a digit ("approx. 12", "No. 5").
     */
    private static boolean endsSentence(String t, int cp, int next, int wordLength) {
        if (cp == '\n' || cp == '\r' || cp == '\u2028' || cp == '\u2029') {
            return true;
        }
        if (cp != '.' && cp != '!' && cp != '?' && cp != '\u3002') {
            return false;
        }
        if (next < t.length() && !Character.isWhitespace(t.charAt(next)) && t.charAt(next) != '"' && t.charAt(next) != ')') {
            return false;
        }
        if (cp != '.') {
            return true;
        }
        int k = next;
        while (k < t.length() && (t.charAt(k) == ' ' || t.charAt(k) == '"' || t.charAt(k) == ')')) {
            k++;
        }
        if (k >= t.length()) {
            return true;
        }
        char following = t.charAt(k);
        return wordLength > 1 && !Character.isLowerCase(following) && !Character.isDigit(following);
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC' || cp == '\u2018';
    }

    private static boolean isHyphen(int cp) {
        return cp == '-' || cp == '\u2010' || cp == '\u2011';
    }

    private static boolean isPictograph(int cp) {
        // The cheap test first: spaces and punctuation, most of what reaches here, need no type look-up.
        if (cp <= 0x2000) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL && cp >= 0x2600;
    }

    private static boolean isIgnorable(int cp) {
        return cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == 0x20E3;
    }

    /** A growable int array, to keep boxing out of the per-request path. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
