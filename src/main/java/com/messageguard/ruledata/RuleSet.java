package com.messageguard.ruledata;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything loaded from the rules folder: settings, contact reasons and the rule catalog. */
public final class RuleSet {

    private final Settings settings;
    private final Map<String, ContactReason> reasons;
    private final Map<String, RuleDefinition> rules;

    RuleSet(Settings settings, Map<String, ContactReason> reasons, Map<String, RuleDefinition> rules) {
        this.settings = settings;
        this.reasons = reasons;
        this.rules = rules;
    }

    public String version() {
        return settings.rulesVersion();
    }

    public Settings settings() {
        return settings;
    }

    public Optional<ContactReason> reason(String id) {
        return Optional.ofNullable(reasons.get(id));
    }

    /** The reasons in catalog order. */
    public Collection<ContactReason> reasons() {
        return reasons.values();
    }

    public List<String> reasonIds() {
        return List.copyOf(reasons.keySet());
    }

    public Optional<RuleDefinition> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** The rule definitions in catalog order. */
    public Collection<RuleDefinition> rules() {
        return rules.values();
    }
}
