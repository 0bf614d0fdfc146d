package com.messageguard.rules.review;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import com.messageguard.intent.FieldIntents;
import com.messageguard.intent.IntentClassifier;
import com.messageguard.text.Span;
import java.util.BitSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.springframework.stereotype.Component;

/**
 * Steering a review: asking to change or remove one ("change your review to 5 stars", "remove the
 * 1-star review", "Take it down" after a sentence about the review or under a subject naming it),
 * asking for positive ratings only ("leave us ★★★★★", "a 5-star review"), review gating ("if you
 * are happy ... if not, contact us first"), telling the buyer what to write, and discouraging
 * negative reviews. Each kind has its own wording in the catalog (variants); changing or removing
 * is the default.
 */
@Component
public class ReviewManipulationRule implements Rule {

    /** The intent of a sentence that steers a review. */
    private static final String STEERING = "review-change";

    private final ReviewLanguage reviews;
    private final IntentClassifier intents;

    public ReviewManipulationRule(ReviewLanguage reviews, IntentClassifier intents) {
        this.reviews = reviews;
        this.intents = intents;
        intents.require("review-manipulation", STEERING);
    }

    @Override
    public String id() {
        return "review-manipulation";
    }

    @Override
    public Set<String> variants() {
        return Set.of("positive", "gating", "instruct", "discourage");
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        String language = reviews.language(draft);
        for (TextField field : draft.wordingFields()) {
            ReviewText text = reviews.text(field, language);
            BitSet reported = new BitSet();
            for (ReviewText.Manipulation m : text.manipulations()) {
                text.report(findings, field, m.start(), m.end(), m.kind().variant(),
                        Map.of("words", m.words()));
                text.markSentences(reported, m.start(), m.end());
            }
            // Steering in words the phrase lists do not know: "take it down", "mention that it charges
            // fast"; gating often takes two sentences, a happy and an unhappy branch. Where no field
            // names a review, only a sentence the classifier is sure of counts ("would you consider
            // revisiting what you wrote on the product page?").
            FieldIntents sentences = intents.of(draft, field);
            IntPredicate skip = reviews.draftMentionsReview(draft, language) ? reported::get
                    : s -> reported.get(s) || !sentences.overrules(s, STEERING);
            for (Span span : sentences.expressingAloneOrWithPrevious(STEERING, skip)) {
                text.report(findings, field, span.start(), span.end(), null, Map.of("words", text.excerpt(span)));
            }
            if (!text.pronounChanges().isEmpty() && field == draft.body() && reviews.subjectMentionsReview(draft, language)) {
                for (ReviewText.Span change : text.pronounChanges()) {
                    text.report(findings, field, change.start(), change.end(), null,
                            Map.of("words", change.words()));
                }
            }
        }
    }
}
