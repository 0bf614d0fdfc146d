package com.messageguard.rules.review;

import static com.messageguard.rules.review.ReviewLanguage.BOTH_WAYS;
import static com.messageguard.rules.review.ReviewLanguage.GATING_FIRST;
import static com.messageguard.rules.review.ReviewLanguage.GATING_HAPPY;
import static com.messageguard.rules.review.ReviewLanguage.GATING_UNHAPPY;

import com.messageguard.rules.review.Marks.Mark;
import com.messageguard.rules.review.ReviewText.Kind;
import com.messageguard.rules.review.ReviewText.Manipulation;
import java.util.ArrayList;
import java.util.List;

/**
 * Review gating: steering unhappy buyers away from reviews. "Contact us first" / "before you post"
 * near a review request, a review in its sentence or one in the sentences just before it, or a happy condition followed by an unhappy
 * one around a review request ("if you are happy, leave a review; if not, contact us"). It runs
 * after the request finder, whose request sentences it looks for.
 */
final class GatingFinder extends ReviewFinder {

    /** Gating halves this many sentences apart. */
    static final int GATING_SENTENCES = 2;

    GatingFinder(ReviewTerms terms, FoundSoFar found) {
        super(terms, found);
    }

    void find() {
        Marks reviews = terms.reviews;
        Marks happy = field.marks(GATING_HAPPY);
        for (Mark first : joined(field.marks(GATING_FIRST).all())) {
            int s = first.sentence();
            // A review in reach, asked for or only named ("... if you shared that in a review. If not,
            // reply to us first rather than posting"): the steering is about it.
            if (!reviews.inSentence(s) && !found.requestNear(s - GATING_SENTENCES, s + GATING_SENTENCES)
                    && !reviews.anyStartingIn(field.sentenceFirst(Math.max(0, s - GATING_SENTENCES)), first.first() - 1)) {
                continue;
            }
            Mark from = happy.lastStartingIn(field.sentenceFirst(Math.max(0, s - GATING_SENTENCES)), first.first() - 1);
            if (from == null) {
                from = field.marks(GATING_UNHAPPY).lastStartingIn(field.sentenceFirst(s), first.first() - 1);
            }
            // "before leaving a review": the review it steers away from belongs to the words.
            Mark r = terms.steeredReview(first);
            addGating(from, r != null ? new Mark(first.start(), terms.ratedEnd(r), first.first(), r.last(), s) : first);
        }
        for (Mark unhappy : field.marks(GATING_UNHAPPY).all()) {
            int s = unhappy.sentence();
            if (field.marks(GATING_FIRST).inSentence(s)) {
                continue; // "If not, contact us first": the steering words above say it better
            }
            Mark from = happy.lastStartingIn(field.sentenceFirst(Math.max(0, s - GATING_SENTENCES)), unhappy.first() - 1);
            if (from != null && from.last() < unhappy.first() && !askedBothWays(from)
                    && (found.requestNear(from.sentence(), s)
                            || reviews.anyStartingIn(field.sentenceFirst(from.sentence()), field.sentenceLast(s)))) {
                addGating(from, unhappy);
            }
        }
    }

    /**
     * A happy half asked both ways ("tanto si le ha gustado como si no", "whether you loved it or
     * not"): the condition steers no one, whatever follows it.
     */
    private boolean askedBothWays(Mark happyHalf) {
        for (Mark both : field.marks(BOTH_WAYS).endingIn(happyHalf.first() - 1, happyHalf.last())) {
            if (both.sentence() == happyHalf.sentence() && both.first() <= happyHalf.first()) {
                return true;
            }
        }
        return false;
    }

    /** Steering words that follow each other are one steering: "reply to this message first rather than posting". */
    private static List<Mark> joined(List<Mark> marks) {
        List<Mark> joined = new ArrayList<>(marks.size());
        for (Mark m : marks) {
            Mark last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.sentence() == m.sentence() && m.first() <= last.last() + 1) {
                joined.set(joined.size() - 1, new Mark(last.start(), Math.max(last.end(), m.end()), last.first(),
                        Math.max(last.last(), m.last()), last.sentence()));
            } else {
                joined.add(m);
            }
        }
        return joined;
    }

    private void addGating(Mark from, Mark to) {
        if (from == null || from.last() >= to.first()) {
            found.add(new Manipulation(Kind.GATING, to.start(), to.end(), field.words(to)));
        } else {
            found.add(new Manipulation(Kind.GATING, from.start(), to.end(), field.words(from) + " … " + field.words(to)));
        }
    }
}
