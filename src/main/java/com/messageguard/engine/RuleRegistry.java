package com.messageguard.engine;

import com.messageguard.ruledata.RuleDataException;
import com.messageguard.ruledata.RuleDefinition;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.ruledata.RuleSetLoader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules that run: every {@link Rule} implementation paired with its catalog entry. Built once
 * at start-up; a rule without a catalog entry, or a variant the catalog does not define, stops it.
 */
public final class RuleRegistry {

    private final RuleSet ruleSet;
    private final Map<String, Rule> implemented;
    private final List<Rule> active;

    public RuleRegistry(RuleSet ruleSet, List<Rule> rules) {
        this.ruleSet = ruleSet;
        Map<String, Rule> byId = new LinkedHashMap<>();
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(Rule::id));
        for (Rule rule : sorted) {
            if (byId.put(rule.id(), rule) != null) {
                throw new IllegalStateException("two rules share the id " + rule.id());
            }
            RuleDefinition definition = ruleSet.rule(rule.id()).orElseThrow(() -> new RuleDataException(
                    RuleSetLoader.CATALOG, "rule '" + rule.id() + "' is implemented but has no entry"));
            for (String variant : rule.variants()) {
                if (!definition.variants().containsKey(variant)) {
                    throw new RuleDataException(RuleSetLoader.CATALOG,
                            "rule '" + rule.id() + "' needs the variant '" + variant + "' under 'variants'");
                }
            }
        }
        this.implemented = Map.copyOf(byId);
        this.active = sorted.stream().filter(r -> ruleSet.rule(r.id()).orElseThrow().isEnabled()).toList();
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** The rules that run on every check, in id order. */
    public List<Rule> active() {
        return active;
    }

    public boolean isImplemented(String ruleId) {
        return implemented.containsKey(ruleId);
    }

    /** The implementation of a rule id; the id must be implemented. */
    public Rule rule(String ruleId) {
        Rule rule = implemented.get(ruleId);
        if (rule == null) {
            throw new IllegalArgumentException("no rule implements " + ruleId);
        }
        return rule;
    }

    public RuleDefinition definition(String ruleId) {
        return ruleSet.rule(ruleId).orElseThrow();
    }
}
