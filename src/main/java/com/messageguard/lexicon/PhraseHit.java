package com.messageguard.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A phrase of a term class found in a field's {@link com.messageguard.text.MatchText}:
 * {@code [start, end)} of its text, and the phrase as written in the pack.
 */
public record PhraseHit(String termClass, String language, int start, int end, String phrase) {

    /** By start, then by end: the order rules walk hits in. */
    public static final Comparator<PhraseHit> ORDER = Comparator.comparingInt(PhraseHit::start)
            .thenComparingInt(PhraseHit::end);

    /**
     * The hits of {@code hits} that lie inside none of {@code wider}: the negations that are not part
     * of an encouragement ("don't hesitate to"). Both sorted by start; {@code hits} itself when
     * {@code wider} is empty, as it mostly is.
     */
    public static List<PhraseHit> notInside(List<PhraseHit> hits, List<PhraseHit> wider) {
        if (wider.isEmpty() || hits.isEmpty()) {
            return hits;
        }
        List<PhraseHit> kept = new ArrayList<>(hits.size());
        for (PhraseHit hit : hits) {
            boolean inside = false;
            for (PhraseHit w : wider) {
                if (w.start() > hit.start()) {
                    break;
                }
                inside |= w.end() >= hit.end();
            }
            if (!inside) {
                kept.add(hit);
            }
        }
        return kept;
    }
}
