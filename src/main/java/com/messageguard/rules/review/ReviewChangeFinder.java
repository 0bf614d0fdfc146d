package com.messageguard.rules.review;

import static com.messageguard.rules.review.ReviewLanguage.CHANGE;
import static com.messageguard.rules.review.ReviewLanguage.CHANGE_AFTER;
import static com.messageguard.rules.review.ReviewLanguage.CHANGE_IT;
import static com.messageguard.rules.review.ReviewLanguage.NOT_VERB;
import static com.messageguard.rules.review.ReviewTerms.NEGATION_WORDS;

import com.messageguard.rules.review.Marks.Mark;
import com.messageguard.rules.review.ReviewText.Kind;
import com.messageguard.rules.review.ReviewText.Manipulation;
import com.messageguard.rules.review.ReviewText.Span;
import com.messageguard.text.MatchText;
import java.util.ArrayList;
import java.util.List;

/**
 * Asking to change or remove a review: a change verb aimed at a review within a few words of the
 * same clause with no asking word between ("remove the 1-star review", "Ihre Bewertung löschen"),
 * and "take it down" after a sentence about a review. It runs first: a review asked to change is
 * no request, and an incentive quotes the change it is tied to.
 */
final class ReviewChangeFinder extends ReviewFinder {

    /** Words allowed between a change verb and the review it aims at ("remove the old 1-star review"). */
    static final int CHANGE_GAP = 3;
    /**
     * Words allowed between the review and a change verb after it, in one clause: German puts the
     * verb last, after adverbs ("Ihre Bewertung daraufhin noch einmal überdenken").
     */
    static final int CHANGE_AFTER_GAP = 4;
    /** Sentences back in which a pronoun's review may be named ("take it down"). */
    static final int PRONOUN_REACH = 2;

    ReviewChangeFinder(ReviewTerms terms, FoundSoFar found) {
        super(terms, found);
    }

    /** "remove the 1-star review", "change your review to 5 stars", "Ihre Bewertung löschen". */
    void findChanges() {
        Marks reviews = terms.reviews;
        for (Mark verb : field.marks(CHANGE).all()) {
            if (terms.changeNegated(verb, NEGATION_WORDS) || terms.thanked(verb) || notAVerb(verb)) {
                continue;
            }
            Mark target = null;
            for (Mark r : reviews.startingIn(verb.last() + 1, verb.last() + 1 + CHANGE_GAP)) {
                if (!field.sameClause(verb.last(), r.first()) || terms.blockers.anyStartingIn(verb.last() + 1, r.first() - 1)) {
                    break;
                }
                target = target == null || r.last() > target.last() ? r : target;
            }
            if (target == null) {
                target = listedAfterObject(verb);
            }
            // A chain of review words ("the 1-star review") ends at the last one.
            for (Mark next = target == null ? null : reviews.firstStartingIn(target.last() + 1, target.last() + 1);
                    next != null && field.sameClause(target.last(), next.first());
                    next = reviews.firstStartingIn(target.last() + 1, target.last() + 1)) {
                target = next;
            }
            if (target != null) {
                markChanged(verb.first(), target.last(), verb.start(), terms.ratedEnd(target));
            }
        }
        for (Mark verb : field.marks(CHANGE_AFTER).all()) {
            if (terms.changeNegated(verb, NEGATION_WORDS)) {
                continue;
            }
            for (Mark r : reviews.endingIn(verb.first() - 1 - CHANGE_AFTER_GAP, verb.first() - 1)) {
                if (field.sameClause(r.last(), verb.first()) && !terms.blockers.anyStartingIn(r.last() + 1, verb.first() - 1)
                        && !r.overlaps(verb)) {
                    markChanged(r.first(), verb.last(), r.start(), verb.end());
                    break;
                }
            }
        }
    }

    /**
     * A review the verb reaches along a list of objects: "retirer votre réclamation ainsi que
     * l'évaluation négative", "remove the complaint and the 1-star review". The first object ends
     * within {@link #CHANGE_GAP} words of the verb, and the review is the next item of its list.
     */
    private Mark listedAfterObject(Mark verb) {
        int firstObjectEnd = verb.last() + 1 + CHANGE_GAP;
        for (Mark r : terms.reviews.startingIn(verb.last() + 2, firstObjectEnd + MatchText.LIST_GAP_WORDS + 1)) {
            if (!field.sameClause(verb.last(), r.first()) || terms.blockers.anyStartingIn(verb.last() + 1, r.first() - 1)) {
                return null;
            }
            for (int w = verb.last() + 1; w < r.first() && w <= firstObjectEnd; w++) {
                if (field.text.nextInList(field.words.end(w), r.start())) {
                    return r;
                }
            }
        }
        return null;
    }

    /** "the update", "this change": an article or a noun before the word makes it a noun. */
    private boolean notAVerb(Mark verb) {
        for (Mark before : field.marks(NOT_VERB).endingIn(verb.first() - 1, verb.first() - 1)) {
            if (field.sameClause(before.last(), verb.first())) {
                return true;
            }
        }
        return false;
    }

    private void markChanged(int firstWord, int lastWord, int start, int end) {
        Span span = field.span(start, end);
        for (Mark r : terms.reviews.startingIn(firstWord, lastWord)) {
            found.changed(r, span);
        }
        found.add(new Manipulation(Kind.CHANGE, start, end, span.words()));
    }

    /** Whether one of the {@value #PRONOUN_REACH} sentences before {@code s} names a review. */
    private boolean reviewInSentencesBefore(int s) {
        for (int before = s - 1; before >= Math.max(0, s - PRONOUN_REACH); before--) {
            if (terms.reviews.inSentence(before)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Take it down": a manipulation when the same sentence or one of the two before is about a
     * review ("We read your review. Our food did not make your dog ill. Remove it by Friday."); the
     * others are returned, for the rule to report when the subject names a review.
     */
    List<Span> findPronounChanges() {
        List<Span> pending = new ArrayList<>();
        for (Mark verb : field.marks(CHANGE_IT).all()) {
            if (terms.changeNegated(verb, NEGATION_WORDS)) {
                continue;
            }
            int s = verb.sentence();
            boolean aboutReview = terms.reviews.anyStartingIn(field.sentenceFirst(s), verb.first() - 1)
                    || reviewInSentencesBefore(s);
            if (aboutReview) {
                found.changedByPronoun(verb);
                found.add(new Manipulation(Kind.CHANGE, verb.start(), verb.end(), field.words(verb)));
            } else {
                pending.add(field.span(verb.start(), verb.end()));
            }
        }
        return pending;
    }
}
