package com.messageguard.rules.review;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import com.messageguard.intent.IntentClassifier;
import com.messageguard.text.Span;
import java.util.BitSet;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Something of value tied to a review or feedback, or to changing or removing one: "we'll refund
 * you if you update your review", "Leave a review and get 15% off", "Wenn Sie uns eine
 * 5-Sterne-Bewertung hinterlassen, erstatten wir ...". A refund, replacement or gift on its own
 * ("We have issued a full refund", "a free replacement for the faulty unit") is no incentive; nor
 * is a benefit the message withholds ("we cannot offer a discount") or unties from the review
 * ("regardless of your review"). See {@link IncentiveFinder} for how they are tied.
 */
@Component
public class IncentiveRule implements Rule {

    private final ReviewLanguage reviews;
    private final IntentClassifier intents;

    public IncentiveRule(ReviewLanguage reviews, IntentClassifier intents) {
        this.reviews = reviews;
        this.intents = intents;
        intents.require("incentive", BENEFIT);
    }

    /** The intent of a sentence that ties a benefit to a review. */
    private static final String BENEFIT = "review-benefit";
    /** What the buyer is asked to do, when the intent layer found the benefit: the review the draft mentions. */
    private static final String INTENT_ACTION = "a review or feedback";

    @Override
    public String id() {
        return "incentive";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        String language = reviews.language(draft);
        for (TextField field : draft.wordingFields()) {
            ReviewText text = reviews.text(field, language);
            BitSet reported = new BitSet();
            for (ReviewText.Incentive incentive : text.incentives()) {
                text.report(findings, field, incentive.start(), incentive.end(), null,
                        Map.of("benefit", incentive.benefit(), "action", incentive.action()));
                text.markSentences(reported, incentive.start(), incentive.end());
            }
            if (reviews.draftMentionsReview(draft, language)) {
                // A benefit for a review in words the phrase lists do not know: steps, a polite question.
                // Or over two sentences: "Reply with a screenshot of your review. We'll post you a gift."
                for (Span span : intents.of(draft, field).expressingAloneOrWithPrevious(BENEFIT, reported::get)) {
                    text.report(findings, field, span.start(), span.end(), null,
                            Map.of("benefit", text.excerpt(span), "action", INTENT_ACTION));
                }
            }
        }
    }
}
