package com.messageguard.rules.review;

import static com.messageguard.rules.review.ReviewLanguage.APPEAL;
import static com.messageguard.rules.review.ReviewLanguage.ASK;
import static com.messageguard.rules.review.ReviewLanguage.BENEFIT;
import static com.messageguard.rules.review.ReviewLanguage.BY_SELLER;
import static com.messageguard.rules.review.ReviewLanguage.CONDITION;
import static com.messageguard.rules.review.ReviewLanguage.GIVE;
import static com.messageguard.rules.review.ReviewLanguage.LINK;
import static com.messageguard.rules.review.ReviewLanguage.NEGATION;
import static com.messageguard.rules.review.ReviewLanguage.NEGATIVE;
import static com.messageguard.rules.review.ReviewLanguage.NOT_BENEFIT;
import static com.messageguard.rules.review.ReviewLanguage.NOT_OBJECT;
import static com.messageguard.rules.review.ReviewLanguage.NOT_REVIEW;
import static com.messageguard.rules.review.ReviewLanguage.OPINION;
import static com.messageguard.rules.review.ReviewLanguage.OTHERS;
import static com.messageguard.rules.review.ReviewLanguage.PLACE;
import static com.messageguard.rules.review.ReviewLanguage.PLACE_NOT;
import static com.messageguard.rules.review.ReviewLanguage.POLITE;
import static com.messageguard.rules.review.ReviewLanguage.POSITIVE;
import static com.messageguard.rules.review.ReviewLanguage.TERM;
import static com.messageguard.rules.review.ReviewLanguage.THANKS;
import static com.messageguard.rules.review.ReviewLanguage.VERB;
import static com.messageguard.rules.review.ReviewLanguage.VERB_BEFORE;
import static com.messageguard.rules.review.ReviewLanguage.VERB_OBJECT;

import com.messageguard.rules.review.Marks.Mark;
import com.messageguard.text.MatchText;
import java.util.List;

/**
 * The marks of a field in the sense the review rules mean. The packs only list words; whether a
 * "review" is a buyer's review ("under review", "we will review" are not), whether an asking word
 * asks the buyer, and whether a benefit is offered at all is decided here, once per field, so that
 * every finder works on the same reading. Also the questions several finders ask of a mark: is it
 * negated, thanked for, and how far does a rated review reach.
 */
final class ReviewTerms {

    /** A verb "review" and what is reviewed: "review the blender on Amazon". */
    static final int VERB_OBJECT_WORDS = 4;
    /** A negation this many words before a change verb or a positive rating cancels it. */
    static final int NEGATION_WORDS = 4;
    /** A negation this many words before an asking word cancels it ("please do not leave a review"). */
    static final int CUE_NEGATION_WORDS = 2;
    /** A negation this many words before a benefit cancels it ("we cannot offer a discount", "we are not able to offer refunds"). */
    static final int BENEFIT_NEGATION_WORDS = 4;
    /** Words at most between a condition and the negation of a change verb it opens ("wenn Sie die Bewertung nicht löschen"). */
    static final int CONDITION_NEGATION_WORDS = 4;
    /** Thanks this many words before a review make it a review already written. */
    static final int THANKS_WORDS = 4;
    /** Words at most between what a buyer writes or says and the review page it is written on. */
    static final int PLACE_WORDS = 8;
    /** What a buyer does on a review page: writes (an asking verb), is asked to with an appeal, or says (an opinion word). */
    private static final List<String> SAYING = List.of(ASK, APPEAL, OPINION);
    /** Words allowed between "don't leave" (or "before leaving") and the review. */
    static final int DISCOURAGE_GAP = 3;

    final ReviewField field;
    /** Reviews in their review sense. */
    final Marks reviews;
    /** Reviews not thanked for: the ones a message can still ask for. */
    final Marks open;
    /** Asking words: request cues. */
    final Marks cues;
    /** Asking verbs and appeals: between a change verb and a review they make the review another act's. */
    final Marks blockers;
    /** Benefits the message offers. */
    final Marks benefits;

    ReviewTerms(ReviewField field) {
        this.field = field;
        int sentences = field.sentences;
        Marks named = field.marks(TERM).filter(this::isReview, sentences);
        Marks placed = field.marks(PLACE).filter(this::writtenOn, sentences);
        this.reviews = placed.all().isEmpty() ? named : Marks.union(sentences, named, placed);
        this.open = reviews.filter(r -> !thanked(r), sentences);
        Marks asks = field.marks(ASK).filter(a -> !byOthers(a), sentences);
        this.cues = Marks.union(sentences, asks, field.marks(POLITE), field.marks(APPEAL))
                .filter(cue -> !negated(cue, CUE_NEGATION_WORDS), sentences);
        this.blockers = Marks.union(sentences, asks, field.marks(APPEAL));
        Marks offered = field.marks(BENEFIT).filter(this::isBenefit, sentences);
        // Something given in other words ("nous serons heureux de vous faire parvenir une taie d'oreiller
        // assortie en guise de remerciement"): a benefit where a link in its sentence says it is a
        // return and no benefit word names what is given.
        Marks given = field.marks(GIVE).filter(g -> field.marks(LINK).inSentence(g.sentence())
                && !offered.inSentence(g.sentence()) && !refused(g), sentences);
        this.benefits = given.all().isEmpty() ? offered : Marks.union(sentences, offered, given);
    }

    private boolean isReview(Mark r) {
        if (field.marks(NOT_REVIEW).anyOverlapping(r)) {
            return false;
        }
        for (Mark seller : field.marks(BY_SELLER).endingIn(r.first() - 1, r.first() - 1)) {
            if (seller.sentence() == r.sentence()) {
                return false;
            }
        }
        Mark object = field.marks(NOT_OBJECT).firstStartingIn(r.last() + 1, r.last() + 1);
        if (object != null && object.sentence() == r.sentence()) {
            return false;
        }
        return !isVerb(r) || reviewedThing(r);
    }

    /**
     * A review page with the buyer's writing or saying before it in its clause ("if you do write
     * something on the product page", "would love to hear about it on the product page", "your
     * comments on the listing") names a review without a review word. The seller's own writing
     * there ("we've posted the manual on the product page") does not, nor do thanks for it or a
     * question asked there.
     */
    private boolean writtenOn(Mark place) {
        int from = place.first() - PLACE_WORDS;
        for (String termClass : SAYING) {
            for (Mark said : field.marks(termClass).startingIn(from, place.first() - 1)) {
                if (said.sentence() == place.sentence() && said.last() < place.first()
                        && field.sameClause(said.last(), place.first()) && !bySeller(said) && !thanked(said)
                        && !field.marks(PLACE_NOT).anyStartingIn(said.first(), place.first() - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean bySeller(Mark m) {
        for (Mark seller : field.marks(BY_SELLER).endingIn(m.first() - 2, m.first() - 1)) {
            if (seller.sentence() == m.sentence()) {
                return true;
            }
        }
        return false;
    }

    /** "please review", "to review": the word is a verb here, not the noun "a review". */
    private boolean isVerb(Mark r) {
        boolean verbWord = false;
        for (Mark verb : field.marks(VERB).overlapping(r)) {
            verbWord |= verb.start() == r.start() && verb.end() == r.end();
        }
        if (!verbWord) {
            return false;
        }
        for (Mark before : field.marks(VERB_BEFORE).endingIn(r.first() - 1, r.first() - 1)) {
            if (field.sameClause(before.last(), r.first())) {
                return true;
            }
        }
        return false;
    }

    /** A verb "review" is the buyer's review only of a thing buyers review: us, the product, on Amazon. */
    private boolean reviewedThing(Mark verb) {
        for (Mark thing : field.marks(VERB_OBJECT).startingIn(verb.last() + 1, verb.last() + VERB_OBJECT_WORDS)) {
            if (field.sameClause(verb.last(), thing.first())) {
                return true;
            }
        }
        return false;
    }

    /** Thanks for something already done, a few words before {@code m} in its clause. */
    boolean thanked(Mark m) {
        for (Mark thanks : field.marks(THANKS).endingIn(m.first() - THANKS_WORDS, m.first() - 1)) {
            if (field.sameClause(thanks.last(), m.first())) {
                return true;
            }
        }
        return field.marks(THANKS).anyCovering(m);
    }

    /** "customers leave", "buyers give": an asking verb whose subject is someone else. */
    private boolean byOthers(Mark ask) {
        for (Mark others : field.marks(OTHERS).endingIn(ask.first() - 2, ask.first() - 1)) {
            if (field.sameClause(others.last(), ask.first())) {
                return true;
            }
        }
        return false;
    }

    private boolean isBenefit(Mark b) {
        return !field.marks(NOT_BENEFIT).anyOverlapping(b) && !refused(b);
    }

    /**
     * Whether the benefit is negated, or follows a refused one in the same list: "we are not able
     * to offer discounts, refunds or gifts in exchange for reviews" offers none of the three.
     */
    private boolean refused(Mark b) {
        if (negated(b, BENEFIT_NEGATION_WORDS)) {
            return true;
        }
        Mark before = null;
        for (Mark other : field.marks(BENEFIT).endingIn(b.first() - MatchText.LIST_GAP_WORDS - 1, b.first() - 1)) {
            if (other.sentence() == b.sentence() && !other.overlaps(b)) {
                before = other;
            }
        }
        return before != null && field.text.nextInList(before.end(), b.start()) && refused(before);
    }

    /**
     * Like {@link #negated}, for a change verb: a negation right before it that a condition opens
     * ("si vous ne supprimez pas ce commentaire, nous ...", "if you don't remove it, we'll ...")
     * demands the change under a threat; it does not cancel it.
     */
    boolean changeNegated(Mark verb, int within) {
        if (!negated(verb, within)) {
            return false;
        }
        for (Mark negation : field.marks(NEGATION).endingIn(verb.first() - 1, verb.first() - 1)) {
            for (Mark condition : field.marks(CONDITION).endingIn(negation.first() - CONDITION_NEGATION_WORDS, negation.first() - 1)) {
                if (field.sameClause(condition.last(), verb.first())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A negation a few words before {@code m}; "don't hesitate to", "n'hésitez pas" negate nothing. */
    boolean negated(Mark m, int within) {
        for (Mark negation : field.marks(NEGATION).endingIn(m.first() - within, m.first() - 1)) {
            if (field.sameClause(negation.last(), m.first()) && !negation.overlaps(m)
                    && !field.marks(POLITE).anyCovering(negation)) {
                return true;
            }
        }
        return false;
    }

    /** The end of a review with the rating that qualifies it: "votre avis négatif", "su reseña negativa". */
    int ratedEnd(Mark review) {
        int end = review.end();
        for (String termClass : new String[] {NEGATIVE, POSITIVE}) {
            for (Mark rating : field.marks(termClass).startingIn(review.first(), review.last() + 1)) {
                if (field.sameClause(review.last(), rating.first())) {
                    end = Math.max(end, rating.end());
                }
            }
        }
        return end;
    }

    /** The review "before leaving (a review)" / "instead of posting (a review)" refers to, or null. */
    Mark steeredReview(Mark first) {
        Mark r = reviews.firstStartingIn(first.first(), first.last() + 1 + DISCOURAGE_GAP);
        return r != null && field.sameClause(first.last(), r.first()) && r.last() > first.last() ? r : null;
    }
}
