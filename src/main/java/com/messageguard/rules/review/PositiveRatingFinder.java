package com.messageguard.rules.review;

import static com.messageguard.rules.review.ReviewLanguage.APPEAL;
import static com.messageguard.rules.review.ReviewLanguage.ASK;
import static com.messageguard.rules.review.ReviewLanguage.CHANGE;
import static com.messageguard.rules.review.ReviewLanguage.CONDITION;
import static com.messageguard.rules.review.ReviewLanguage.POSITIVE;
import static com.messageguard.rules.review.ReviewLanguage.REQUEST;
import static com.messageguard.rules.review.ReviewTerms.NEGATION_WORDS;

import com.messageguard.rules.review.Marks.Mark;
import com.messageguard.rules.review.ReviewText.Kind;
import com.messageguard.rules.review.ReviewText.Manipulation;
import java.util.ArrayList;
import java.util.List;

/**
 * Asking for positive ratings only: a positive rating aimed at the review the message asks for
 * ("leave us ★★★★★", "give it 5 stars", "a 5-star review" in a request). A rating with no asking
 * word, request, change or condition around it ("our 5-star hotel") is none, and neither are
 * words a comma parts ("la sua opinione, positiva o negativa che sia").
 */
final class PositiveRatingFinder extends ReviewFinder {

    /** Words allowed between a positive rating and its review ("review to 5 stars"). */
    static final int POSITIVE_REVIEW_GAP = 2;
    /** Words allowed between an asking verb and a positive rating ("give our lamp five stars"). */
    static final int POSITIVE_ASK_GAP = 3;

    PositiveRatingFinder(ReviewTerms terms, FoundSoFar found) {
        super(terms, found);
    }

    void find() {
        for (Mark p : field.marks(POSITIVE).all()) {
            // A rating is one phrase: "your opinion, positive or negative" holds no "positive opinion".
            if (terms.negated(p, NEGATION_WORDS) || terms.thanked(p) || !field.sameClause(p.first(), p.last())) {
                continue;
            }
            int s = p.sentence();
            int start = p.start();
            int end = p.end();
            Mark r = null;
            for (Mark near : reviewsNear(p)) {
                r = near;
                start = Math.min(start, near.start());
                end = Math.max(end, near.end());
            }
            Mark ask = askBefore(p);
            boolean aimed;
            if (ask != null) {
                start = Math.min(start, ask.start());
                aimed = true;
            } else if (r != null) {
                aimed = terms.cues.inSentence(s) || field.marks(CHANGE).inSentence(s) || field.marks(CONDITION).inSentence(s)
                        || field.marks(REQUEST).inSentence(s);
            } else {
                aimed = field.marks(APPEAL).inSentence(s);
            }
            if (aimed) {
                found.add(new Manipulation(Kind.POSITIVE, start, end, field.words(start, end)));
            }
        }
    }

    /** Review words overlapping or within a couple of words of {@code p}, in its clause. */
    private List<Mark> reviewsNear(Mark p) {
        List<Mark> near = new ArrayList<>();
        for (Mark r : terms.reviews.endingIn(p.first() - 1 - POSITIVE_REVIEW_GAP, p.last() + 1 + POSITIVE_REVIEW_GAP)) {
            boolean close = r.overlaps(p)
                    || r.first() > p.last() && r.first() - p.last() - 1 <= POSITIVE_REVIEW_GAP
                    || r.last() < p.first() && p.first() - r.last() - 1 <= POSITIVE_REVIEW_GAP;
            if (close && field.sameClause(Math.min(r.first(), p.first()), Math.max(r.last(), p.last()))) {
                near.add(r);
            }
        }
        return near;
    }

    /** An asking verb or request phrase right before {@code p}: "leave us ★★★★★", "give it 5 stars". */
    private Mark askBefore(Mark p) {
        Mark nearest = null;
        Marks cues = terms.cues;
        for (Marks list : new Marks[] {cues, field.marks(REQUEST)}) {
            for (Mark ask : list.endingIn(p.first() - 1 - POSITIVE_ASK_GAP, p.first() - 1)) {
                boolean verb = list != cues || field.marks(ASK).anyCovering(ask);
                if (verb && field.sameClause(ask.last(), p.first())) {
                    nearest = nearest == null || ask.last() > nearest.last() ? ask : nearest;
                }
            }
        }
        return nearest;
    }
}
