package com.messageguard.lexicon;

import java.util.Comparator;

/**
 * A phrase of a term class found in a field's {@link com.messageguard.text.MatchText}:
 * {@code [start, end)} of its text, and the phrase as written in the pack.
 */
public record PhraseHit(String termClass, String language, int start, int end, String phrase) {

    /** By start, then by end: the order rules walk hits in. */
    public static final Comparator<PhraseHit> ORDER = Comparator.comparingInt(PhraseHit::start)
            .thenComparingInt(PhraseHit::end);
}
