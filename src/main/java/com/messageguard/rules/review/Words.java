package com.messageguard.rules.review;

import com.messageguard.text.MatchText;
import com.messageguard.text.NormalizedText;
import java.util.Arrays;

/**
 * The word geometry of a match text: where each word starts and ends, its sentence, and its
 * clause. A clause ends at a sentence end and at punctuation the match text drops (comma,
 * semicolon, colon, parenthesis, dash), which is read back from the original text, so
 * "If you have a moment, we would appreciate a review" has two clauses.
 */
final class Words {

    private final int[] starts;
    private final int[] ends;
    private final int[] sentences;
    private final int[] clauses;

    private Words(int[] starts, int[] ends, int[] sentences, int[] clauses) {
        this.starts = starts;
        this.ends = ends;
        this.sentences = sentences;
        this.clauses = clauses;
    }

    static Words of(MatchText match) {
        String t = match.text();
        NormalizedText view = match.view();
        String original = view.original();
        int count = match.wordCount();
        int[] starts = new int[count];
        int[] ends = new int[count];
        int[] sentences = new int[count];
        int[] clauses = new int[count];
        int sentence = 0;
        int clause = 0;
        for (int w = 0; w < count; w++) {
            starts[w] = match.wordStart(w);
            ends[w] = match.wordEnd(w);
            if (w > 0) {
                if (t.charAt(starts[w] - 1) == MatchText.SENTENCE_GAP) {
                    sentence++;
                    clause++;
                } else if (breaksClause(original, view.originalEnd(ends[w - 1]), view.originalStart(starts[w]))) {
                    clause++;
                }
            }
            sentences[w] = sentence;
            clauses[w] = clause;
        }
        return new Words(starts, ends, sentences, clauses);
    }

    int count() {
        return starts.length;
    }

    /** The word holding offset {@code at} of the match text (or the last one before it). */
    int at(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    /**
     * {@link #at} for an offset whose word is {@code from} or one after it, found by stepping
     * forward from {@code from}, then halving: a field's hits come sorted by start, so the word
     * of each is near the one before, and a pass over them does not search the whole field each
     * time.
     */
    int atOrAfter(int offset, int from) {
        int low = from;
        int step = 1;
        // Gallop: double the step while the word at low + step still starts at or before offset.
        while (low + step < starts.length && starts[low + step] <= offset) {
            low += step;
            step <<= 1;
        }
        int high = Math.min(starts.length - 1, low + step - 1);
        // The word holding offset is in [low, high]: the last whose start is at or before offset.
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    int start(int word) {
        return starts[word];
    }

    int end(int word) {
        return ends[word];
    }

    int sentence(int word) {
        return sentences[word];
    }

    int clause(int word) {
        return clauses[word];
    }

    int sentenceCount() {
        return starts.length == 0 ? 0 : sentences[starts.length - 1] + 1;
    }

    /** Punctuation between two words of the original text that ends a clause. */
    private static boolean breaksClause(String original, int from, int to) {
        for (int i = from; i < to && i < original.length(); i++) {
            switch (original.charAt(i)) {
                case ',', ';', ':', '(', ')', '[', ']', '\u2014', '\u2013', '\uFF0C', '\uFF1B', '\uFF1A', '\u3001',
                        '\u00BF', '\u00A1', '\u2026' -> {
                    return true;
                }
                case '-' -> {
                    if (i > from && i + 1 < to && Character.isWhitespace(original.charAt(i - 1))
                            && Character.isWhitespace(original.charAt(i + 1))) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }
}
