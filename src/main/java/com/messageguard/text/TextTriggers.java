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

    private final long low;
    private final long high;
    private final boolean nonAsciiDigit;
    private final boolean originalAscii;
    private final boolean spaceBeforeDot;
    private final int longestSpacedRun;
    /** A count per kind of word, eight bits each, stopping at {@value #MAX_COUNT}. */
    private final long wordCounts;

    private TextTriggers(Scan scan, boolean originalAscii) {
        this.low = scan.low;
        this.high = scan.high;
        this.nonAsciiDigit = scan.nonAsciiDigit;
        this.originalAscii = originalAscii;
        this.spaceBeforeDot = scan.spaceBeforeDot;
        this.longestSpacedRun = scan.longestRun;
        this.wordCounts = scan.words.known() ? scan.wordCounts : ALL_WORDS;
    }

    /**
     * The triggers of an original that is plain ASCII, which normalization leaves unchanged; null as
     * soon as a character beyond ASCII shows it is not (the pass stops there).
     */
    static TextTriggers ofAsciiOriginal(String original, TriggerWords words) {
        Scan scan = new Scan(words);
        return scan.read(original, true) ? new TextTriggers(scan, true) : null;
    }

    /** The triggers of a normalized {@code text} whose original is {@code originalAscii} or not. */
    static TextTriggers of(String text, boolean originalAscii, TriggerWords words) {
        Scan scan = new Scan(words);
        scan.read(text, false);
        return new TextTriggers(scan, originalAscii);
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

    /** Whether a ' ' stands right before a '.' somewhere ({@code gmail . com}). */
    boolean hasSpaceBeforeDot() {
        return spaceBeforeDot;
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

    /** One pass over a text's characters, noting what the triggers ask about. */
    private static final class Scan {
        private final TriggerWords words;
        private long low;
        private long high;
        private boolean nonAsciiDigit;
        private boolean spaceBeforeDot;
        private long wordCounts;
        private char previous;
        /** The word being read: its length and the hash of its letters, lower-cased ({@link String#hashCode()}). */
        private int wordLength;
        private int wordHash;
        /** The token being read (between white space), the white space before it, the run it continues. */
        private int tokenLength;
        private int gapLength;
        private boolean gapIsOneSpace;
        private boolean afterOneSpace;
        private int run;
        private int longestRun;

        Scan(TriggerWords words) {
            this.words = words;
        }

        /** Reads {@code text}; false when {@code asciiOnly} and a character beyond ASCII stopped it. */
        boolean read(String text, boolean asciiOnly) {
            boolean countWords = words.known();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean letter;
                char lower;
                if (c < 0x80) {
                    // A shift by c uses c's low six bits: c for the first half, c - 64 for the second.
                    if (c < 64) {
                        low |= 1L << c;
                    } else {
                        high |= 1L << c;
                    }
                    lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                    letter = lower >= 'a' && lower <= 'z';
                } else if (asciiOnly) {
                    return false;
                } else {
                    nonAsciiDigit |= Character.isDigit(c);
                    // As the detectors read words: letters of the text lower-cased character by character.
                    lower = Character.toLowerCase(c);
                    letter = Character.isLetter(lower);
                }
                if (letter) {
                    wordHash = 31 * wordHash + lower;
                    wordLength++;
                } else if (wordLength > 0) {
                    endWord(countWords);
                }
                if (Ascii.isWhitespace(c)) {
                    if (tokenLength > 0) {
                        endToken();
                    }
                    gapIsOneSpace = gapLength == 0 && c == ' ';
                    gapLength++;
                } else {
                    if (tokenLength == 0) {
                        afterOneSpace = gapIsOneSpace;
                        gapLength = 0;
                        gapIsOneSpace = false;
                    }
                    tokenLength++;
                    spaceBeforeDot |= c == '.' && previous == ' ';
                }
                previous = c;
            }
            if (wordLength > 0) {
                endWord(countWords);
            }
            if (tokenLength > 0) {
                endToken();
            }
            return true;
        }

        private void endWord(boolean countWords) {
            if (countWords) {
                int kinds = words.kindsOf(wordHash);
                for (int kind = 0; kinds != 0; kind++, kinds >>>= 1) {
                    long count = (wordCounts >>> (8 * kind)) & MAX_COUNT;
                    if ((kinds & 1) != 0 && count < MAX_COUNT) {
                        wordCounts += 1L << (8 * kind);
                    }
                }
            }
            wordLength = 0;
            wordHash = 0;
        }

        /** A one-character token continues the run when a single space parts it from the one before. */
        private void endToken() {
            run = tokenLength > 1 ? 0 : run > 0 && afterOneSpace ? run + 1 : 1;
            longestRun = Math.max(longestRun, run);
            tokenLength = 0;
        }
    }
}
