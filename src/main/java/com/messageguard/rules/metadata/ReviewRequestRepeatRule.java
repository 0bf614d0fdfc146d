package com.messageguard.rules.metadata;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.rules.review.ReviewLanguage;
import org.springframework.stereotype.Component;

/**
 * Amazon allows one review or feedback request per order. A {@code FEEDBACK_REQUEST} is a request
 * by its reason; a message with any other reason is one when its words ask for a review ("we'd
 * appreciate an honest review" in a warranty message).
 */
@Component
public class ReviewRequestRepeatRule implements Rule {

    private final ReviewLanguage reviews;

    public ReviewRequestRepeatRule(ReviewLanguage reviews) {
        this.reviews = reviews;
    }

    @Override
    public String id() {
        return "review-request-repeat";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        if (draft.context().isReviewAlreadyRequested() && ReviewRequests.asksForReview(draft, reviews)) {
            findings.field("context.reviewAlreadyRequested");
        }
    }
}
