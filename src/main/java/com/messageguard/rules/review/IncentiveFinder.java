package com.messageguard.rules.review;

import static com.messageguard.rules.review.ReviewLanguage.ACT;
import static com.messageguard.rules.review.ReviewLanguage.APPEAL;
import static com.messageguard.rules.review.ReviewLanguage.ASK;
import static com.messageguard.rules.review.ReviewLanguage.CHANGE;
import static com.messageguard.rules.review.ReviewLanguage.CONDITION;
import static com.messageguard.rules.review.ReviewLanguage.FOR;
import static com.messageguard.rules.review.ReviewLanguage.INDEPENDENT;
import static com.messageguard.rules.review.ReviewLanguage.LINK;
import static com.messageguard.rules.review.ReviewLanguage.PRO_FORM;
import static com.messageguard.rules.review.ReviewLanguage.THANKS;

import com.messageguard.rules.review.Marks.Mark;
import com.messageguard.rules.review.ReviewText.Incentive;
import com.messageguard.rules.review.ReviewText.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Benefits tied to a review, at most one incentive per sentence. A benefit is tied where a
 * condition's clause holds the review ("we'll refund you if you update your review") or changes
 * one the message named before ("If you take it down, we'll refund you"), where a link
 * ties them ("and get", "as a thank-you", "in exchange for"), where "for" joins them a few words
 * apart ("a gift card for your review"), or where a link follows a sentence asking for a review
 * ("Leave a review. In return, ..."), where a condition repeats the request or change before it in
 * other words ("Would you share a review? Customers who do so find a little something extra ..."), or
 * the other way round: a sentence asking for the review or
 * its change links back to the benefit of the sentence before ("We'll refund you in full. All we
 * ask in return is that you revise your rating"). A negated benefit ("we cannot offer a
 * discount") is no benefit (see {@link ReviewTerms}); one declared independent ("regardless of
 * your review") ties nothing. It runs last: it quotes the request or change the review is part of.
 */
final class IncentiveFinder extends ReviewFinder {

    /** How far a condition's clause reaches for the review ("if you could please update your review"). */
    static final int CONDITION_WORDS = 10;
    /** A verb of writing this many words after the review, in verb-final clauses ("Bewertung hinterlassen"). */
    static final int ACT_AFTER_WORDS = 3;
    /** Benefit and review this close, with "for" between ("free product for an honest review"). */
    static final int FOR_WORDS = 4;
    /** At most this many benefits are quoted in a message. */
    static final int QUOTED_BENEFITS = 3;

    IncentiveFinder(ReviewTerms terms, FoundSoFar found) {
        super(terms, found);
    }

    List<Incentive> find() {
        Marks reviews = terms.reviews;
        List<Incentive> incentives = new ArrayList<>();
        int tiedBefore = -1;
        for (int s = 0; s < field.sentences; s++) {
            if (field.marks(INDEPENDENT).inSentence(s)) {
                continue;
            }
            if (!terms.benefits.inSentence(s)) {
                Incentive back = tiedToBenefitBefore(s, tiedBefore == s - 1);
                if (back != null) {
                    incentives.add(back);
                    tiedBefore = s;
                }
                continue;
            }
            int first = field.sentenceFirst(s);
            int last = field.sentenceLast(s);
            List<Mark> inSentence = terms.benefits.inSentence(s, first, last);
            Mark review = null;
            Mark tie = null;
            String action = null;
            // (a) a condition whose clause holds the review: "if you update your review", "Si elimina su reseña".
            for (Mark condition : field.marks(CONDITION).inSentence(s, first, last)) {
                if (field.marks(THANKS).anyOverlapping(condition)) {
                    continue;
                }
                Mark r = reviews.firstStartingIn(condition.first(), condition.last() + CONDITION_WORDS);
                if (r != null && field.sameClause(condition.last(), r.first())
                        && !field.marks(APPEAL).anyStartingIn(condition.last() + 1, r.first() - 1) && actedOn(condition, r)) {
                    review = r;
                    tie = condition;
                    action = field.words(Math.min(condition.start(), r.start()), r.end());
                    break;
                }
                // "Would you share your experience in a review? Customers who do so find a little something
                // extra in their next parcel": the clause repeats the request before it in other words.
                Mark again = field.marks(PRO_FORM).firstStartingIn(condition.first(), condition.last() + CONDITION_WORDS);
                Mark repeated = again != null && field.sameClause(condition.last(), again.first()) ? askedBefore(s, condition) : null;
                if (repeated != null) {
                    review = repeated;
                    tie = condition;
                    break;
                }
                // "If you take it down, we'll refund you": the clause changes a review named before by a pronoun.
                Mark verb = found.pronounChangeStartingIn(condition.first(), condition.last() + CONDITION_WORDS);
                if (verb != null && field.sameClause(condition.last(), verb.first())) {
                    review = verb;
                    tie = condition;
                    action = field.words(condition.start(), verb.end());
                    break;
                }
            }
            // (b) a link in the sentence: "and get", "as a thank-you", "in exchange for".
            if (review == null && reviews.inSentence(s)) {
                for (Mark link : field.marks(LINK).inSentence(s, first, last)) {
                    if (!field.marks(THANKS).anyOverlapping(link)) {
                        review = nearest(reviews.inSentence(s, first, last), link);
                        tie = link;
                        break;
                    }
                }
            }
            // (c) "for" between a benefit and a review a few words apart.
            if (review == null) {
                for (Mark b : inSentence) {
                    Mark r = forTied(b);
                    if (r != null) {
                        review = r;
                        break;
                    }
                }
            }
            // (d) a link after a sentence that asks for a review: "Leave a review. In return, ...".
            if (review == null && s > 0 && (found.hasRequestIn(s - 1) || found.hasChangeIn(s - 1))) {
                for (Mark link : field.marks(LINK).inSentence(s, first, last)) {
                    if (!field.marks(THANKS).anyOverlapping(link)) {
                        review = lastAskedIn(s - 1);
                        tie = link;
                        break;
                    }
                }
            }
            if (review == null) {
                continue;
            }
            if (action == null || found.asked(review)) {
                action = actionOf(review);
            }
            incentives.add(incentive(review, tie, inSentence, action));
            tiedBefore = s;
        }
        return incentives;
    }

    /**
     * (e) A sentence that asks for a review or its change and ties it with a link to the benefit of
     * the sentence before: "We'd like to refund you in full. All we'd ask in return is that you
     * revise your rating." Null when there is none, or when that benefit is tied already.
     */
    private Incentive tiedToBenefitBefore(int s, boolean benefitTiedAlready) {
        if (s == 0 || benefitTiedAlready || !terms.benefits.inSentence(s - 1)
                || !(found.hasRequestIn(s) || found.hasChangeIn(s))) {
            return null;
        }
        for (Mark link : field.marks(LINK).inSentence(s, field.sentenceFirst(s), field.sentenceLast(s))) {
            if (field.marks(THANKS).anyOverlapping(link)) {
                continue;
            }
            Mark review = lastAskedIn(s);
            if (review == null) {
                return null;
            }
            List<Mark> benefits = terms.benefits.inSentence(s - 1, field.sentenceFirst(s - 1), field.sentenceLast(s - 1));
            return incentive(review, link, benefits, actionOf(review));
        }
        return null;
    }

    /** The incentive over the review (with the request it is part of), the tie (if any) and the benefits. */
    private Incentive incentive(Mark review, Mark tie, List<Mark> benefits, String action) {
        int start = review.start();
        int end = review.end();
        Span asked = found.askedBy(review);
        if (asked != null) {
            start = Math.min(start, asked.start());
            end = Math.max(end, asked.end());
        }
        if (tie != null) {
            start = Math.min(start, tie.start());
            end = Math.max(end, tie.end());
        }
        for (Mark b : benefits) {
            start = Math.min(start, b.start());
            end = Math.max(end, b.end());
        }
        return new Incentive(start, end, quoted(benefits), action);
    }

    /**
     * The condition is about writing or changing the review, not about anything else that names
     * one ("if you have questions about reviews"): the review is asked for or changed, or a verb
     * of writing stands between the condition and it, or right after it ("eine Bewertung hinterlassen").
     */
    private boolean actedOn(Mark condition, Mark r) {
        if (found.asked(r)) {
            return true;
        }
        for (Marks verbs : new Marks[] {field.marks(ASK), field.marks(ACT), field.marks(CHANGE)}) {
            for (Mark verb : verbs.startingIn(condition.first(), r.last() + ACT_AFTER_WORDS)) {
                if (field.sameClause(verb.first(), r.first()) && !verb.overlaps(condition)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A review within {@link #FOR_WORDS} of the benefit with "for" between: "a gift card for your review". */
    private Mark forTied(Mark b) {
        for (Mark r : terms.reviews.startingIn(b.first() - FOR_WORDS - 8, b.last() + FOR_WORDS)) {
            if (r.sentence() != b.sentence() || r.overlaps(b)) {
                continue;
            }
            int from = r.first() > b.last() ? b.last() : r.last();
            int to = r.first() > b.last() ? r.first() : b.first();
            if (to - from - 1 > FOR_WORDS) {
                continue;
            }
            for (Mark f : field.marks(FOR).startingIn(from + 1, to - 1)) {
                if (!field.marks(THANKS).anyOverlapping(f)) {
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * The review a pro-form after {@code condition} stands for: one asked for or asked to change
     * earlier in its sentence ("... if your comments on the listing could reflect it, and we'll
     * reimburse the shipping as soon as that's done"), else in the sentence before. Null when none.
     */
    private Mark askedBefore(int s, Mark condition) {
        Mark asked = null;
        for (Mark r : terms.reviews.inSentence(s, field.sentenceFirst(s), condition.first() - 1)) {
            if (found.asked(r)) {
                asked = r;
            }
        }
        if (asked != null) {
            return asked;
        }
        return s > 0 && (found.hasRequestIn(s - 1) || found.hasChangeIn(s - 1)) ? lastAskedIn(s - 1) : null;
    }

    /** The last review of a sentence that the message asks for or asks to change. */
    private Mark lastAskedIn(int sentence) {
        int first = field.sentenceFirst(sentence);
        int last = field.sentenceLast(sentence);
        Mark asked = null;
        for (Mark r : terms.reviews.inSentence(sentence, first, last)) {
            if (found.asked(r)) {
                asked = r;
            }
        }
        return asked != null ? asked : terms.reviews.lastStartingIn(first, last);
    }

    /** The review action as written: "change your review", "Leave a review", or the review word. */
    private String actionOf(Mark review) {
        Span span = found.askedBy(review);
        return span != null ? span.words() : field.words(review);
    }

    private static Mark nearest(List<Mark> candidates, Mark to) {
        Mark best = null;
        int distance = Integer.MAX_VALUE;
        for (Mark m : candidates) {
            int d = Math.abs(m.first() - to.first());
            if (d < distance) {
                best = m;
                distance = d;
            }
        }
        return best;
    }

    /** The benefits of a sentence as written, overlapping ones once (the longest), at most a few. */
    private String quoted(List<Mark> benefits) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> quoted = new ArrayList<>();
        Mark current = null;
        for (Mark b : benefits) {
            if (current != null && current.overlaps(b)) {
                if (b.end() - b.start() > current.end() - current.start()) {
                    current = b;
                }
                continue;
            }
            if (current != null && seen.add(field.words(current).toLowerCase(Locale.ROOT))) {
                quoted.add(field.words(current));
            }
            current = b;
        }
        if (current != null && seen.add(field.words(current).toLowerCase(Locale.ROOT))) {
            quoted.add(field.words(current));
        }
        return String.join(", ", quoted.subList(0, Math.min(QUOTED_BENEFITS, quoted.size())));
    }
}
