package com.messageguard.rules.metadata;

import com.messageguard.engine.Draft;

/**
 * Whether a draft asks for a review or seller feedback. For now the contact reason decides
 * ({@code FEEDBACK_REQUEST}); review requests written in free text under other reasons are
 * recognized by the wording rules.
 */
final class ReviewRequests {

    static final String FEEDBACK_REQUEST = "FEEDBACK_REQUEST";

    private ReviewRequests() {
    }

    static boolean isReviewRequest(Draft draft) {
        return FEEDBACK_REQUEST.equals(draft.reason().id());
    }
}
