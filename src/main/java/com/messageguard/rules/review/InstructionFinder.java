package com.messageguard.rules.review;

import static com.messageguard.rules.review.ReviewLanguage.INSTRUCT;

import com.messageguard.rules.review.Marks.Mark;
import com.messageguard.rules.review.ReviewText.Kind;
import com.messageguard.rules.review.ReviewText.Manipulation;

/**
 * Telling the buyer what to write: "In your review, please mention the fast delivery". An
 * instruction counts next to a review not yet written, or in or right after a sentence with a
 * review request; so it runs after the request finder.
 */
final class InstructionFinder extends ReviewFinder {

    /** An instruction this close to the review it is about. */
    static final int INSTRUCT_WORDS = 8;

    InstructionFinder(ReviewTerms terms, FoundSoFar found) {
        super(terms, found);
    }

    void find() {
        for (Mark instruct : field.marks(INSTRUCT).all()) {
            int s = instruct.sentence();
            Mark r = null;
            for (Mark candidate : terms.open.startingIn(instruct.first() - INSTRUCT_WORDS, instruct.last() + INSTRUCT_WORDS)) {
                if (candidate.sentence() == s && (r == null
                        || distance(candidate, instruct) < distance(r, instruct))) {
                    r = candidate;
                }
            }
            if (r != null) {
                int start = Math.min(r.start(), instruct.start());
                int end = Math.max(r.end(), instruct.end());
                found.add(new Manipulation(Kind.INSTRUCT, start, end, field.words(start, end)));
            } else if (found.requestNear(s - 1, s)) {
                found.add(new Manipulation(Kind.INSTRUCT, instruct.start(), instruct.end(), field.words(instruct)));
            }
        }
    }

    /** Words between two marks; 0 when they touch or overlap. */
    private static int distance(Mark a, Mark b) {
        return Math.max(0, Math.max(a.first() - b.last(), b.first() - a.last()) - 1);
    }
}
