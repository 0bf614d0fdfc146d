package com.messageguard.rules.metadata;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.ruledata.Settings;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Amazon's daily cap on messages. This message is number {@code messagesSentToday + 1}; over the
 * limit it is blocked, from the warning fraction of the limit on it warns. An unknown average
 * daily order count counts as 0, the strictest limit, rather than skipping the rule.
 */
@Component
public class DailyLimitRule implements Rule {

    static final String NEAR_LIMIT = "near-limit";

    private final Settings.DailyLimit limit;

    public DailyLimitRule(RuleSet rules) {
        this.limit = rules.settings().dailyLimit();
    }

    @Override
    public String id() {
        return "daily-limit";
    }

    @Override
    public Set<String> variants() {
        return Set.of(NEAR_LIMIT);
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        Integer sent = draft.context().messagesSentToday();
        if (sent == null) {
            return;
        }
        Integer average = draft.context().averageDailyOrders();
        long max = limit.limitFor(average == null ? 0 : average);
        long thisMessage = sent + 1L;
        Map<String, Object> args = Map.of("limit", max, "number", thisMessage);
        if (thisMessage > max) {
            findings.field("context.messagesSentToday", null, args);
        } else if (thisMessage >= limit.warnFromFraction() * max) {
            findings.field("context.messagesSentToday", NEAR_LIMIT, args);
        }
    }
}
