package com.messageguard.rules.metadata;

import com.messageguard.engine.Draft;
import com.messageguard.rules.review.ReviewLanguage;

/**
 * Whether a draft is a review or seller feedback request by its contact reason
 * ({@code FEEDBACK_REQUEST}). Review requests written in free text under other reasons are
 * recognized by {@link com.messageguard.rules.review.ReviewLanguage}; review-request-repeat counts
 * both, review-request-timing only this one (the 5-30 day window belongs to the feedback request).
 * The ledger records a message as a review request by the same test.
 */
public final class ReviewRequests {

    static final String FEEDBACK_REQUEST = "FEEDBACK_REQUEST";

    private ReviewRequests() {
    }

    static boolean isReviewRequest(Draft draft) {
        return FEEDBACK_REQUEST.equals(draft.reason().id());
    }

    /** Whether the draft asks for a review or feedback: by its reason, or in its words under any other. */
    public static boolean asksForReview(Draft draft, ReviewLanguage reviews) {
        return isReviewRequest(draft) || reviews.asksForReview(draft);
    }
}
