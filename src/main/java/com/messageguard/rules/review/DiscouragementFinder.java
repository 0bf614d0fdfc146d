package com.messageguard.rules.review;

import static com.messageguard.rules.review.ReviewLanguage.DISCOURAGE;
import static com.messageguard.rules.review.ReviewLanguage.GATING_FIRST;
import static com.messageguard.rules.review.ReviewLanguage.NEGATIVE;
import static com.messageguard.rules.review.ReviewTerms.DISCOURAGE_GAP;

import com.messageguard.rules.review.Marks.Mark;
import com.messageguard.rules.review.ReviewText.Kind;
import com.messageguard.rules.review.ReviewText.Manipulation;
import com.messageguard.rules.review.ReviewText.Span;

/**
 * Discouraging a negative review: "Please don't leave a negative review", "instead of leaving a bad
 * review". It runs before the request finder: the reviews these words, and the gating ones
 * ("before leaving a review"), steer away from are no requests.
 */
final class DiscouragementFinder extends ReviewFinder {

    DiscouragementFinder(ReviewTerms terms, FoundSoFar found) {
        super(terms, found);
    }

    void find() {
        Marks negatives = field.marks(NEGATIVE);
        Marks rated = Marks.union(field.sentences, negatives, terms.reviews);
        for (Mark d : field.marks(DISCOURAGE).all()) {
            Mark target = negatives.firstStartingIn(d.last() + 1, d.last() + 1 + DISCOURAGE_GAP);
            if (target == null || !field.sameClause(d.last(), target.first())) {
                continue;
            }
            Mark last = target;
            for (Mark t : rated.startingIn(target.first(), target.last() + 1)) {
                last = t.end() > last.end() ? t : last;
            }
            Span span = field.span(d.start(), last.end());
            for (Mark r : terms.reviews.startingIn(d.last() + 1, last.last())) {
                found.steeredAway(r, span);
            }
            found.add(new Manipulation(Kind.DISCOURAGE, d.start(), last.end(), span.words()));
        }
        for (Mark first : field.marks(GATING_FIRST).all()) {
            Mark r = terms.steeredReview(first);
            if (r != null) {
                found.steeredAway(r, field.span(first.start(), r.end()));
            }
        }
    }
}
