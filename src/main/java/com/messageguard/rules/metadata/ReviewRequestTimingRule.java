package com.messageguard.rules.metadata;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.ruledata.Settings;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A review request belongs in the window after delivery. Without a delivery date only "too early"
 * can be proven: an order younger than the window's start cannot have been delivered long enough.
 */
@Component
public class ReviewRequestTimingRule implements Rule {

    private final Settings.ReviewRequestWindow window;

    public ReviewRequestTimingRule(RuleSet rules) {
        this.window = rules.settings().reviewRequest();
    }

    @Override
    public String id() {
        return "review-request-timing";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        if (!ReviewRequests.isReviewRequest(draft)) {
            return;
        }
        int earliest = window.earliestDaysAfterDelivery();
        int latest = window.latestDaysAfterDelivery();
        Map<String, Object> args = Map.of("earliest", earliest, "latest", latest);
        Integer sinceDelivery = draft.daysSinceDelivery();
        if (sinceDelivery != null) {
            if (sinceDelivery < earliest || sinceDelivery > latest) {
                findings.field("daysSinceDelivery", null, args);
            }
        } else if (draft.orderAgeDays() < earliest) {
            findings.field("orderAgeDays", null, args);
        }
    }
}
