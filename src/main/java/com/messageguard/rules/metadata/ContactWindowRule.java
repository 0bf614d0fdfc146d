package com.messageguard.rules.metadata;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.ruledata.RuleSet;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A proactive message after the window: counted from delivery when known, else from the order. */
@Component
public class ContactWindowRule implements Rule {

    private final int maxDays;

    public ContactWindowRule(RuleSet rules) {
        this.maxDays = rules.settings().contactWindow().maxDays();
    }

    @Override
    public String id() {
        return "contact-window";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        if (!draft.isProactive()) {
            return;
        }
        boolean fromDelivery = draft.daysSinceDelivery() != null;
        int days = fromDelivery ? draft.daysSinceDelivery() : draft.orderAgeDays();
        if (days > maxDays) {
            findings.field(fromDelivery ? "daysSinceDelivery" : "orderAgeDays", null,
                    Map.of("days", days, "maxDays", maxDays, "since", fromDelivery ? "delivery" : "the order"));
        }
    }
}
