package com.messageguard.rules.review;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
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

    public IncentiveRule(ReviewLanguage reviews) {
        this.reviews = reviews;
    }

    @Override
    public String id() {
        return "incentive";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        String language = reviews.language(draft);
        for (TextField field : draft.textFields()) {
            ReviewText text = reviews.text(field, language);
            for (ReviewText.Incentive incentive : text.incentives()) {
                text.report(findings, field, incentive.start(), incentive.end(), null,
                        Map.of("benefit", incentive.benefit(), "action", incentive.action()));
            }
        }
    }
}
