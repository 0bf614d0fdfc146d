package com.messageguard.rules.metadata;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import org.springframework.stereotype.Component;

/** Amazon allows one review or feedback request per order. */
@Component
public class ReviewRequestRepeatRule implements Rule {

    @Override
    public String id() {
        return "review-request-repeat";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        if (draft.context().isReviewAlreadyRequested() && ReviewRequests.isReviewRequest(draft)) {
            findings.field("context.reviewAlreadyRequested");
        }
    }
}
