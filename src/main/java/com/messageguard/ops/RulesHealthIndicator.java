package com.messageguard.ops;

import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.CheckResult;
import com.messageguard.engine.Draft;
import com.messageguard.engine.MessagingContext;
import com.messageguard.engine.TextField;
import com.messageguard.ruledata.ContactReason;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.text.TextNormalizer;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * UP when the rules are loaded and the engine can check: a small canary draft goes through every
 * active rule. Cheap enough for every health probe.
 */
@Component("rules")
public class RulesHealthIndicator implements HealthIndicator {

    private final CheckEngine engine;
    private final TextNormalizer normalizer;
    private final ContactReason reason;

    public RulesHealthIndicator(CheckEngine engine, RuleSet rules, TextNormalizer normalizer) {
        this.engine = engine;
        this.normalizer = normalizer;
        this.reason = rules.reasons().stream().filter(ContactReason::reply).findFirst()
                .orElseGet(() -> rules.reasons().iterator().next());
    }

    /** A new canary per probe: drafts cache their analyses and belong to one thread. */
    private Draft canary() {
        return new Draft(Optional.empty(), new TextField("body", normalizer.normalize("Write to canary@example.com")),
                reason, 1, null, List.of(), MessagingContext.UNKNOWN, "en", false, false);
    }

    @Override
    public Health health() {
        try {
            CheckResult result = engine.check(canary());
            return Health.up().withDetail("rulesVersion", result.rulesVersion()).build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
