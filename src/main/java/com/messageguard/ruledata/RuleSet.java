package com.messageguard.ruledata;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Everything loaded from the rules folder: settings, contact reasons and the rule catalog. */
public final class RuleSet {

    private final Settings settings;
    private final Map<String, ContactReason> reasons;
    private final Map<String, RuleDefinition> rules;

    private final RuleSetLoader loader;
    private final Map<String, Object> files = new ConcurrentHashMap<>();

    RuleSet(RuleSetLoader loader, Settings settings, Map<String, ContactReason> reasons, Map<String, RuleDefinition> rules) {
        this.loader = loader;
        this.settings = settings;
        this.reasons = reasons;
        this.rules = rules;
    }

    /**
     * A further file of the rules folder, e.g. a detector's word lists, read once with the same
     * strictness as the core files. Rules call this while they are built, so a broken file still
     * stops start-up with its file and line.
     */
    public <T> T data(String file, Class<T> type) {
        return type.cast(files.computeIfAbsent(file, f -> loader.read(f, type)));
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
