package com.messageguard.intent;

import com.messageguard.text.MatchText;

/**
 * The classifier's probabilities for the sentences of one field, each scored when a rule first
 * asks and kept with the field for the rest of the check: a sentence alone, and a sentence read
 * together with the one before it. Several rules ask about the same sentence or pair for
 * different intents; each is scored once. A field belongs to one request thread: no locking.
 */
final class SentenceScores {

    /** A field that expresses nothing of the seller's (a reply's subject quoting the buyer). */
    static final SentenceScores NONE = new SentenceScores(null, null, 0);

    private final IntentModel model;
    private final MatchText text;
    /** Each sentence's raw sums, from which its probabilities and those of its pairs come. */
    private final double[][] sums;
    private final double[][] alone;
    /** By the later sentence of the pair; slot 0 stays empty. */
    private final double[][] withPrevious;

    SentenceScores(IntentModel model, MatchText text) {
        this(model, text, text.sentenceCount());
    }

    private SentenceScores(IntentModel model, MatchText text, int sentences) {
        this.model = model;
        this.text = text;
        this.sums = new double[sentences][];
        this.alone = new double[sentences][];
        this.withPrevious = new double[sentences][];
    }

    int sentenceCount() {
        return alone.length;
    }

    /** Sentence {@code sentence} alone. */
    double[] alone(int sentence) {
        double[] s = alone[sentence];
        if (s == null) {
            s = model.probabilities(sums(sentence));
            alone[sentence] = s;
        }
        return s;
    }

    private double[] sums(int sentence) {
        double[] s = sums[sentence];
        if (s == null) {
            s = model.sums(text, sentence);
            sums[sentence] = s;
        }
        return s;
    }

    /** Sentences {@code sentence - 1} and {@code sentence} read as one; {@code sentence} from 1. */
    double[] withPrevious(int sentence) {
        double[] s = withPrevious[sentence];
        if (s == null) {
            s = model.joined(sums(sentence - 1), sums(sentence), text, lastWord(sentence - 1), firstWord(sentence));
            withPrevious[sentence] = s;
        }
        return s;
    }

    /** The first word that starts in a sentence, -1 when it has none. */
    private int firstWord(int sentence) {
        int start = text.sentenceStart(sentence);
        int end = text.sentenceEnd(sentence);
        for (int w = text.wordCount() == 0 ? 0 : text.wordAt(start); w < text.wordCount() && text.wordStart(w) < end; w++) {
            if (text.wordStart(w) >= start && text.wordEnd(w) > text.wordStart(w)) {
                return w;
            }
        }
        return -1;
    }

    /** The last word that starts in a sentence, -1 when it has none. */
    private int lastWord(int sentence) {
        int start = text.sentenceStart(sentence);
        int end = text.sentenceEnd(sentence);
        if (text.wordCount() == 0 || end <= start) {
            return -1;
        }
        for (int w = text.wordAt(end - 1); w >= 0 && text.wordStart(w) >= start; w--) {
            if (text.wordStart(w) < end && text.wordEnd(w) > text.wordStart(w)) {
                return w;
            }
        }
        return -1;
    }
}
