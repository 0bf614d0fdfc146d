package com.messageguard.rules.review;

import com.messageguard.engine.Analysis;
import com.messageguard.engine.Draft;
import com.messageguard.engine.TextField;
import com.messageguard.intent.IntentClassifier;
import com.messageguard.lexicon.Lexicon;
import com.messageguard.ruledata.RuleDataException;
import com.messageguard.text.Span;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What a field says about reviews, read once per field and language and shared by the review
 * rules: review requests, incentives tied to a review, and attempts to steer a review. The words
 * are the term classes of the "reviews" section of every language pack ({@code rules/lang/*.yaml});
 * {@link ReviewAnalyzer} combines them by position (same sentence, same clause, a few words apart).
 */
@Component
public class ReviewLanguage {

    /** Review words: review*, feedback, rating*, 5 stars, ★★★★★, Bewertung*, avis, reseña* ... */
    static final String TERM = "review.term";
    /** Phrases in which a review word means something else: "under review", "rating label", "à mon avis". */
    static final String NOT_REVIEW = "review.not";
    /** The seller as the one who reviews, right before the word: "we will review (your photos)". */
    static final String BY_SELLER = "review.by-seller";
    /** What the seller reviews, right after the word: "review (your photos)", "review (the attached)". */
    static final String NOT_OBJECT = "review.not-object";
    /** Review words that can be verbs ("review", "reviewing"): ambiguous after a verb cue. */
    static final String VERB = "review.verb";
    /** Right before a review word that makes it a verb: please, to, you, could, and. */
    static final String VERB_BEFORE = "review.verb-before";
    /** What a buyer reviews, after the verb: us, the product, your purchase, on Amazon. */
    static final String VERB_OBJECT = "review.verb-object";
    /** Where buyers' reviews are read: on the product page, on the listing, auf der Produktseite, sur la fiche produit. */
    static final String PLACE = "review.place";
    /** What a buyer says there in other words: comments, thoughts, experience, Erfahrung, ressenti. */
    static final String OPINION = "review.opinion";
    /** What is written there but is no review: a question ("post your question on the product page"). */
    static final String PLACE_NOT = "review.place-not";
    /** Thanks for a review already written: "thank you for (your feedback)". */
    static final String THANKS = "review.thanks";
    /** Feedback meant for the seller, in this conversation: "by replying", "so we can help", "en répondant". */
    static final String TO_SELLER = "review.to-seller";
    /** Requests that stand on their own: "rate us", "bewerten Sie", "let other customers know". */
    static final String REQUEST = "review.request";
    /** Verbs that produce a review: leave, write, post, give, share, hinterlassen, laissez, deje. */
    static final String ASK = "review.ask";
    /** Other forms of writing a review, for conditions: posted, left, leaves, geschrieben, laissé, dejado. */
    static final String ACT = "review.act";
    /** Polite asking: please, could you, take a moment, if you have a moment, bitte, por favor. */
    static final String POLITE = "review.polite";
    /** Appeals: we'd appreciate, we'd be grateful, would help us, würden uns freuen, agradeceríamos. */
    static final String APPEAL = "review.appeal";
    /** Other people as the ones who review, right before an asking verb: "(customers) leave". */
    static final String OTHERS = "review.others";
    /** Negation before a benefit, a change verb or a positive rating: cannot, never, don't, nicht. */
    static final String NEGATION = "review.negation";
    /** Something of value: refund*, gift card, coupon, discount, free product, Gutschein, reembolso. */
    static final String BENEFIT = "incentive.benefit";
    /** Phrases with a benefit word that offer nothing: "gift message", "feel free", "toll free". */
    static final String NOT_BENEFIT = "incentive.not-benefit";
    /** Giving in other words: send you, vous faire parvenir, Ihnen schicken; a benefit beside a link ("as a thank-you"). */
    static final String GIVE = "incentive.give";
    /** A condition whose clause may hold the review: if you, once, wenn Sie, si vous, si. */
    static final String CONDITION = "incentive.condition";
    /** The review asked for just before, said again in other words: "do so", "le faire", "hacerlo", "farlo". */
    static final String PRO_FORM = "incentive.pro-form";
    /** A link between a benefit and a review: in exchange for, as a thank-you, and get, als Dankeschön. */
    static final String LINK = "incentive.link";
    /** "for" between a benefit and a review a few words apart: "a gift card for your review". */
    static final String FOR = "incentive.for";
    /** Words that untie the benefit from the review: regardless of, whether or not, unabhängig von. */
    static final String INDEPENDENT = "incentive.independent";
    /** Change verbs before the review: remove, change, update, take down, löschen, supprimer, elimine. */
    static final String CHANGE = "manipulation.change";
    /** Right before a change word that makes it no verb: "the (update)", "this (change)". */
    static final String NOT_VERB = "manipulation.not-verb";
    /** Change verbs after the review: "(your review) removed", "(Ihre Bewertung) zu löschen". */
    static final String CHANGE_AFTER = "manipulation.change-after";
    /** Change verbs on a pronoun: "take it down", "delete it", "supprimez-le", "bórrela". */
    static final String CHANGE_IT = "manipulation.change-it";
    /** Positive ratings: 5 star*, five stars, ★★★★★, positive review, 5-Sterne, 5 étoiles, 5 estrellas. */
    static final String POSITIVE = "manipulation.positive";
    /** Negative ratings: negative review, 1-star, bad review, schlechte Bewertung, avis négatif. */
    static final String NEGATIVE = "manipulation.negative";
    /** Keeping the buyer from reviewing: don't leave, instead of leaving, ne laissez pas. */
    static final String DISCOURAGE = "manipulation.discourage";
    /** The happy half of review gating: if you are happy, if you're satisfied, wenn Sie zufrieden sind. */
    static final String GATING_HAPPY = "manipulation.gating-happy";
    /** The unhappy half: if not, otherwise, if you are not satisfied, falls nicht, sinon. */
    static final String GATING_UNHAPPY = "manipulation.gating-unhappy";
    /** A condition asked both ways, right before a happy half: whether, tanto si, sia che, egal ob. */
    static final String BOTH_WAYS = "manipulation.both-ways";
    /** Steering before the review: contact us first, before you post, kontaktieren Sie uns zuerst. */
    static final String GATING_FIRST = "manipulation.gating-first";
    /** Telling the buyer what to write: please mention, write that, erwähnen Sie, mentionnez. */
    static final String INSTRUCT = "manipulation.instruct";

    static final List<String> CLASSES = List.of(TERM, NOT_REVIEW, BY_SELLER, NOT_OBJECT, VERB, VERB_BEFORE, PLACE, OPINION, PLACE_NOT,
            VERB_OBJECT, THANKS, TO_SELLER, REQUEST, ASK, ACT, POLITE, APPEAL, OTHERS, NEGATION, BENEFIT, NOT_BENEFIT, GIVE, CONDITION, PRO_FORM,
            LINK, FOR, INDEPENDENT, CHANGE, NOT_VERB, CHANGE_AFTER, CHANGE_IT, POSITIVE, NEGATIVE, DISCOURAGE, GATING_HAPPY,
            GATING_UNHAPPY, BOTH_WAYS, GATING_FIRST, INSTRUCT);

    /** The intent of a sentence that asks for a review or seller feedback. */
    static final String REQUEST_INTENT = "review-request";

    private final Lexicon lexicon;
    private final IntentClassifier intents;
    private final Analysis<TextField, Map<String, ReviewText>> analysis;

    public ReviewLanguage(Lexicon lexicon, IntentClassifier intents) {
        this.lexicon = lexicon;
        this.intents = intents;
        intents.require("review-request-misplaced", REQUEST_INTENT);
        for (String language : lexicon.languages()) {
            for (String termClass : CLASSES) {
                if (!lexicon.classesOf(language).contains(termClass)) {
                    throw new RuleDataException("lang/" + language + ".yaml",
                            "classes." + termClass + ": missing; the review rules need it in every language pack");
                }
            }
        }
        this.analysis = new Analysis<>("reviews", field -> new HashMap<>(2));
    }

    /** The language the draft is read in (see {@link Lexicon#language(Draft)}). */
    public String language(Draft draft) {
        return lexicon.language(draft);
    }

    /**
     * Classes without which a field cannot say anything about reviews: no review word or page, no request
     * of its own, no "take it down", no stars, no gating, no instruction. A field with none of them
     * is not analysed further, which spares most messages the whole analysis.
     */
    private static final List<String> TRIGGERS = List.of(TERM, PLACE, REQUEST, CHANGE_IT, POSITIVE, DISCOURAGE,
            GATING_HAPPY, GATING_UNHAPPY, GATING_FIRST, INSTRUCT);

    /** What one field says about reviews, in the given language; computed once per field and language. */
    public ReviewText text(TextField field, String language) {
        return field.analysis(analysis).computeIfAbsent(language, l -> {
            Lexicon.FieldPhrases phrases = lexicon.phrases(field);
            for (String trigger : TRIGGERS) {
                if (!phrases.of(trigger, l).isEmpty()) {
                    return new ReviewAnalyzer(phrases, l).analyze();
                }
            }
            return new ReviewText(phrases.text(), false, List.of(), List.of(), List.of(), List.of());
        });
    }

    /** Whether the draft asks for a review or feedback in its words, in any field. */
    public boolean asksForReview(Draft draft) {
        String language = language(draft);
        for (TextField field : draft.wordingFields()) {
            if (!text(field, language).requests().isEmpty() || !requestsInOtherWords(draft, field, language).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Review requests in words the phrase lists do not know ("share your experience on the product
     * page", "a short review ... would help us a lot"): the sentences the intent layer reads as
     * asking for a review, other than those where the phrase analysis found a request, a steering
     * attempt or an incentive. Spans are of the field's match text.
     */
    List<Span> requestsInOtherWords(Draft draft, TextField field, String language) {
        ReviewText text = text(field, language);
        BitSet found = new BitSet();
        text.requests().forEach(r -> text.markSentences(found, r.start(), r.end()));
        text.manipulations().forEach(m -> text.markSentences(found, m.start(), m.end()));
        text.incentives().forEach(i -> text.markSentences(found, i.start(), i.end()));
        return intents.of(draft, field).expressing(REQUEST_INTENT, found::get);
    }

    /** Whether the subject (also the buyer's, quoted) or the body names a review or feedback: the conversation is about one. */
    boolean draftMentionsReview(Draft draft, String language) {
        for (TextField field : draft.textFields()) {
            if (text(field, language).mentionsReview()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the draft's subject names a review (the context of "take it down" in the body). */
    boolean subjectMentionsReview(Draft draft, String language) {
        return draft.subject().map(subject -> text(subject, language).mentionsReview()).orElse(false);
    }
}
