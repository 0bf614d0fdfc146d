package com.messageguard.intent;

import com.messageguard.text.MatchText;

/**
 * The features the intent classifier sees in a sentence, each as a 64-bit hash: the same code
 * produces them for training (where OpenNLP receives them as strings) and for checking (where
 * they are looked up without building a string), so the two can never disagree.
 *
 * <p>Features: a bias, every word, every pair of adjacent words, and the character n-grams of each
 * word padded with {@code <} and {@code >}. Digits count as one shape ("0"): "0161 496 0733" and
 * "020 7946 0018" look alike, as do "20 %" and "15 %". Character n-grams let a model trained on
 * "cancelled" recognize "cancellation", and Italian or German inflections it never saw.
 */
final class FeatureHashes {

    /** Receives one feature hash; features may repeat, and each repetition counts. */
    interface Sink {
        void feature(long hash);

        /**
         * Offered a word's own feature before it and its character n-grams are sent: a sink that
         * already holds the sum of all of them (a model's vocabulary) takes it and returns true, and
         * they are skipped. The word pair features are sent either way.
         */
        default boolean knownWord(long wordHash) {
            return false;
        }
    }

    /** Changes whenever the features change, so that no model built by older code is used. */
    static final String VERSION = "features-1";

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final char WORD = 'w';
    private static final char PAIR = 'p';
    private static final char GRAM = 'g';
    private static final char BIAS = '*';

    private final int minGram;
    private final int maxGram;

    FeatureHashes(int minGram, int maxGram) {
        this.minGram = minGram;
        this.maxGram = maxGram;
    }

    int minGram() {
        return minGram;
    }

    int maxGram() {
        return maxGram;
    }

    /** The features of sentence {@code sentence} of a match text. */
    void sentence(MatchText text, int sentence, Sink sink) {
        int from = text.sentenceStart(sentence);
        int to = text.sentenceEnd(sentence);
        words(text.text(), text, from, to, sink);
    }

    /** The features of sentences {@code first} through {@code last} of a match text, as one sentence. */
    void sentences(MatchText text, int first, int last, Sink sink) {
        words(text.text(), text, text.sentenceStart(first), text.sentenceEnd(last), sink);
    }

    /** The features of all words of a match text as one sentence (a training sentence). */
    void whole(MatchText text, Sink sink) {
        words(text.text(), text, 0, text.text().length(), sink);
    }

    /** The features of the words that start in {@code [from, limit)} of the match text. */
    private void words(String s, MatchText text, int from, int limit, Sink sink) {
        sink.feature(bias());
        int previousStart = -1;
        int previousEnd = -1;
        for (int w = text.wordCount() == 0 ? 0 : text.wordAt(from); w < text.wordCount(); w++) {
            int start = text.wordStart(w);
            int end = text.wordEnd(w);
            if (start >= limit) {
                break;
            }
            if (start < from || end <= start) {
                continue;
            }
            long wordHash = word(mix(FNV_OFFSET, WORD), s, start, end);
            if (!sink.knownWord(wordHash)) {
                sink.feature(wordHash);
                grams(s, start, end, sink);
            }
            if (previousStart >= 0) {
                sink.feature(pair(s, previousStart, previousEnd, start, end));
            }
            previousStart = start;
            previousEnd = end;
        }
    }

    /** The feature every sentence has once, whatever its words. */
    static long bias() {
        return mix(FNV_OFFSET, BIAS);
    }

    /**
     * The feature of two adjacent words {@code first} and {@code second} of a match text: what joins
     * the last word of one sentence to the first of the next when the two are read as one.
     */
    static long pair(MatchText text, int first, int second) {
        return pair(text.text(), text.wordStart(first), text.wordEnd(first), text.wordStart(second), text.wordEnd(second));
    }

    private static long pair(String s, int firstStart, int firstEnd, int secondStart, int secondEnd) {
        long pair = word(mix(FNV_OFFSET, PAIR), s, firstStart, firstEnd);
        return word(mix(pair, ' '), s, secondStart, secondEnd);
    }

    /**
     * The features that belong to one word wherever it stands (the word and its character n-grams),
     * for every word of a match text: {@code sink} gets each word's hash, then its features.
     */
    void vocabulary(MatchText text, java.util.function.LongFunction<Sink> sinkForWord) {
        String s = text.text();
        for (int w = 0; w < text.wordCount(); w++) {
            int start = text.wordStart(w);
            int end = text.wordEnd(w);
            if (end > start) {
                long wordHash = word(mix(FNV_OFFSET, WORD), s, start, end);
                Sink sink = sinkForWord.apply(wordHash);
                if (sink != null) {
                    sink.feature(wordHash);
                    grams(s, start, end, sink);
                }
            }
        }
    }

    /** Character n-grams of {@code <word>}, digits shaped as for words. */
    private void grams(String s, int start, int end, Sink sink) {
        int length = shapedLength(s, start, end) + 2;
        char[] padded = new char[length];
        int at = 0;
        padded[at++] = '<';
        boolean inDigits = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!(digit && inDigits)) {
                padded[at++] = digit ? '0' : c;
            }
            inDigits = digit;
        }
        padded[at] = '>';
        for (int n = minGram; n <= maxGram && n <= length; n++) {
            for (int i = 0; i + n <= length; i++) {
                long hash = mix(FNV_OFFSET, GRAM);
                for (int k = i; k < i + n; k++) {
                    hash = mix(hash, padded[k]);
                }
                sink.feature(hash);
            }
        }
    }

    private static int shapedLength(String s, int start, int end) {
        int length = 0;
        boolean inDigits = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!(digit && inDigits)) {
                length++;
            }
            inDigits = digit;
        }
        return length;
    }

    /** Mixes a word into a hash, a run of digits as one '0'. */
    private static long word(long hash, String s, int start, int end) {
        boolean inDigits = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!(digit && inDigits)) {
                hash = mix(hash, digit ? '0' : c);
            }
            inDigits = digit;
        }
        return hash;
    }

    private static long mix(long hash, char c) {
        return (hash ^ c) * FNV_PRIME;
    }
}
