package com.messageguard.text;

/**
 * What a field's text holds that detectors look for before they can find anything: which ASCII
 * characters occur in its normalized text, whether it has a digit beyond ASCII, a space right
 * before a '.', how long its longest run of letter-spaced characters is ({@code a n n a}), how many
 * words of each {@link TriggerWords.Kind} it has, and whether its original is plain ASCII (then
 * original and normalized text are the same string). Filled by {@link TextNormalizer} in the
 * pass that already reads every character; a detector declares what it needs as a
 * {@link Trigger} and is skipped on a field that has none of it.
 *
 * <p>Every answer is about characters and words that are there, never about what they mean, so a
 * trigger built from what every match of a detector must contain can only over-approximate.
 */
public final class TextTriggers {

    private static final int MAX_COUNT = 0xFF;
    /** Every kind of word counted as present, many times over: for texts read without a word list. */
    private static final long ALL_WORDS = -1L;
    /** For each ASCII character: its lower case when it is a letter, else 0; and whether it is white space. */
    private static final char[] ASCII_LETTER = new char[0x80];
    private static final boolean[] ASCII_SPACE = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_LETTER[c] = Character.isLetter(c) ? Character.toLowerCase(c) : 0;
            ASCII_SPACE[c] = Character.isWhitespace(c);
        }
    }

    private final long low;
    private final long high;
    private final boolean nonAsciiDigit;
    private final boolean originalAscii;
    private final boolean spaceBeforeDotOrSlash;
    private final int longestSpacedRun;
    /** A count per kind of word, eight bits each, stopping at {@value #MAX_COUNT}. */
    private final long wordCounts;

    private TextTriggers(long low, long high, boolean nonAsciiDigit, boolean originalAscii, boolean spaceBeforeDotOrSlash,
                         int longestSpacedRun, long wordCounts) {
        this.low = low;
        this.high = high;
        this.nonAsciiDigit = nonAsciiDigit;
        this.originalAscii = originalAscii;
        this.spaceBeforeDotOrSlash = spaceBeforeDotOrSlash;
        this.longestSpacedRun = longestSpacedRun;
        this.wordCounts = wordCounts;
    }

    /**
     * The triggers of an original that is plain ASCII, which normalization leaves unchanged; null as
     * soon as a character beyond ASCII shows it is not (the pass stops there).
     */
    static TextTriggers ofAsciiOriginal(String original, TriggerWords words) {
        return read(original, true, true, words);
    }

    /** The triggers of a normalized {@code text} whose original is {@code originalAscii} or not. */
    static TextTriggers of(String text, boolean originalAscii, TriggerWords words) {
        return read(text, false, originalAscii, words);
    }

    /**
     * One pass over the characters, in local variables (this runs on every character of every
     * field): which ASCII characters occur, digits beyond ASCII, a ' ' before a '.', the words
     * (letters lower-cased, as the detectors read them, hashed as {@link String#hashCode()} does)
     * and the tokens between white space. Null when {@code stopBeyondAscii} and a character beyond
     * ASCII turns up.
     */
    private static TextTriggers read(String text, boolean stopBeyondAscii, boolean originalAscii, TriggerWords words) {
        boolean countWords = words.known();
        long low = 0;
        long high = 0;
        boolean nonAsciiDigit = false;
        boolean spaceBeforeDotOrSlash = false;
        long wordCounts = countWords ? 0 : ALL_WORDS;
        char previous = 0;
        int wordHash = 0;
        boolean inWord = false;
        int tokenLength = 0;
        int gapLength = 0;
        boolean joined = false;
        int run = 0;
        int longestRun = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            char lower;
            boolean space;
            if (c < 0x80) {
                lower = ASCII_LETTER[c];
                if (lower != 0) {
                    // A run of ASCII letters, most of any text, in one tight loop; every ASCII letter
                    // is in the upper half of the mask.
                    int start = i;
                    long letters = 0;
                    while (true) {
                        letters |= 1L << c;
                        wordHash = 31 * wordHash + lower;
                        if (++i == n) {
                            break;
                        }
                        c = text.charAt(i);
                        if (c >= 0x80 || (lower = ASCII_LETTER[c]) == 0) {
                            break;
                        }
                    }
                    high |= letters;
                    inWord = true;
                    tokenLength += i - start;
                    previous = text.charAt(i - 1);
                    continue;
                }
                // A shift by c uses c's low six bits: c for the first half, c - 64 for the second.
                if (c < 64) {
                    low |= 1L << c;
                } else {
                    high |= 1L << c;
                }
                space = ASCII_SPACE[c];
            } else if (stopBeyondAscii) {
                return null;
            } else {
                nonAsciiDigit |= Character.isDigit(c);
                // As the detectors read words: letters of the text lower-cased character by character.
                lower = Character.toLowerCase(c);
                lower = Character.isLetter(lower) ? lower : 0;
                space = Character.isWhitespace(c);
            }
            if (lower != 0) {
                wordHash = 31 * wordHash + lower;
                inWord = true;
            } else if (inWord) {
                if (countWords) {
                    wordCounts = counted(wordCounts, words.kindsOf(wordHash));
                }
                wordHash = 0;
                inWord = false;
            }
            if (space) {
                if (tokenLength > 0) {
                    run = nextRun(run, tokenLength, joined);
                    longestRun = Math.max(longestRun, run);
                    tokenLength = 0;
                    gapLength = 0;
                }
                gapLength++;
                joined = gapLength == 1 && c == ' ';
            } else {
                tokenLength++;
                spaceBeforeDotOrSlash |= (c == '.' || c == '/') && previous == ' ';
            }
            previous = c;
            i++;
        }
        if (inWord && countWords) {
            wordCounts = counted(wordCounts, words.kindsOf(wordHash));
        }
        if (tokenLength > 0) {
            longestRun = Math.max(longestRun, nextRun(run, tokenLength, joined));
        }
        return new TextTriggers(low, high, nonAsciiDigit, originalAscii, spaceBeforeDotOrSlash, longestRun, wordCounts);
    }

    /** The run of one-character tokens after a token of {@code tokenLength}: joined when a single space parted it from the one before. */
    private static int nextRun(int run, int tokenLength, boolean joined) {
        return tokenLength > 1 ? 0 : run > 0 && joined ? run + 1 : 1;
    }

    /** {@code counts} with one more word of each kind of {@code kinds}, each count stopping at {@value #MAX_COUNT}. */
    private static long counted(long counts, int kinds) {
        for (int kind = 0; kinds != 0; kind++, kinds >>>= 1) {
            if ((kinds & 1) != 0 && ((counts >>> (8 * kind)) & MAX_COUNT) < MAX_COUNT) {
                counts += 1L << (8 * kind);
            }
        }
        return counts;
    }

    /** Whether the normalized text holds one of the ASCII characters of the mask {@code (low, high)}. */
    boolean hasAny(long maskLow, long maskHigh) {
        return (low & maskLow) != 0 || (high & maskHigh) != 0;
    }

    /** Whether the normalized text holds every ASCII character of the mask {@code (low, high)}. */
    boolean hasAll(long maskLow, long maskHigh) {
        return (low & maskLow) == maskLow && (high & maskHigh) == maskHigh;
    }

    /** Whether the normalized text holds a digit beyond ASCII (Arabic-Indic, Devanagari...): NFKC keeps those. */
    boolean hasNonAsciiDigit() {
        return nonAsciiDigit;
    }

    /** Whether the original is plain ASCII, and so the same string as the normalized text. */
    boolean originalIsAscii() {
        return originalAscii;
    }

    /** Whether a ' ' stands right before a '.' or a '/' somewhere ({@code gmail . com}, {@code paypal.me / shop}). */
    boolean hasSpaceBeforeDotOrSlash() {
        return spaceBeforeDotOrSlash;
    }

    /**
     * The most one-character tokens in a row joined by single spaces ({@code a n n a @ x} has six),
     * tokens being what lies between white space ({@link Character#isWhitespace}).
     */
    int longestSpacedRun() {
        return longestSpacedRun;
    }

    /** How many words (maximal runs of letters, lower-cased) may be of {@code kind}; up to {@value #MAX_COUNT}. */
    int words(TriggerWords.Kind kind) {
        return (int) (wordCounts >>> (8 * kind.ordinal())) & MAX_COUNT;
    }
}
