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
    private final double[][] alone;
    /** By the later sentence of the pair; slot 0 stays empty. */
    private final double[][] withPrevious;

    SentenceScores(IntentModel model, MatchText text) {
        this(model, text, text.sentenceCount());
    }

    private SentenceScores(IntentModel model, MatchText text, int sentences) {
        this.model = model;
        this.text = text;
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
            s = model.score(text, sentence);
            alone[sentence] = s;
        }
        return s;
    }

    /** Sentences {@code sentence - 1} and {@code sentence} read as one; {@code sentence} from 1. */
    double[] withPrevious(int sentence) {
        double[] s = withPrevious[sentence];
        if (s == null) {
            s = model.score(text, sentence - 1, sentence);
            withPrevious[sentence] = s;
        }
        return s;
    }
}
