package com.messageguard.ruledata;

import com.messageguard.engine.Severity;
import java.util.Map;

/**
 * A rule's entry in {@code rules/catalog.yaml}: its severity and every text the seller reads.
 * Message and suggestion texts may hold {@code {name}} placeholders that the rule fills in per
 * finding; description and policy are served as they are by {@code GET /rules}, so they may not.
 */
public record RuleDefinition(
        String id,
        Severity severity,
        Boolean enabled,
        String description,
        String message,
        String policy,
        String suggestion,
        Map<String, RuleVariant> variants) implements Checks.Checked {

    public RuleDefinition {
        enabled = enabled == null || enabled;
        variants = variants == null ? Map.of() : Map.copyOf(variants);
    }

    @Override
    public void check(Checks checks) {
        checks.required("severity", severity);
        checks.textWithoutPlaceholders("description", description);
        checks.text("message", message);
        checks.textWithoutPlaceholders("policy", policy);
        checks.text("suggestion", suggestion);
        checks.eachEntry("variants", variants);
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Severity of the named variant; the rule's own severity for the default (null) variant. */
    public Severity severityOf(String variant) {
        RuleVariant v = variant(variant);
        return v == null || v.severity() == null ? severity : v.severity();
    }

    public String messageOf(String variant) {
        RuleVariant v = variant(variant);
        return v == null ? message : v.message();
    }

    public String suggestionOf(String variant) {
        RuleVariant v = variant(variant);
        return v == null || v.suggestion() == null ? suggestion : v.suggestion();
    }

    private RuleVariant variant(String name) {
        if (name == null) {
            return null;
        }
        RuleVariant v = variants.get(name);
        if (v == null) {
            throw new IllegalStateException("rule " + id + " has no variant '" + name + "' in the catalog");
        }
        return v;
    }

    RuleDefinition withId(String newId) {
        return new RuleDefinition(newId, severity, enabled, description, message, policy, suggestion, variants);
    }
}
