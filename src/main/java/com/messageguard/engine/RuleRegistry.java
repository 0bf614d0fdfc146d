package com.messageguard.engine;

import com.messageguard.ruledata.RuleDataException;
import com.messageguard.ruledata.RuleDefinition;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.ruledata.RuleSetLoader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules that run: every {@link Rule} implementation, and the {@link Proofreader} when there is
 * one, paired with its catalog entry. Built once at start-up; a rule without a catalog entry, or a
 * variant the catalog does not define, stops it.
 */
public final class RuleRegistry {

    private final RuleSet ruleSet;
    private final List<Rule> active;
    /** The rules by id; the proofreader is none of them. */
    private final Map<String, Rule> implemented;
    /** The proofreader's rule id, or null: implemented even while the catalog disables it. */
    private final String proofreaderId;
    private final Optional<Proofreader> proofreader;

    public RuleRegistry(RuleSet ruleSet, List<Rule> rules) {
        this(ruleSet, rules, null);
    }

    /** @param proofreader the spelling and grammar check, or null when there is none */
    public RuleRegistry(RuleSet ruleSet, List<Rule> rules, Proofreader proofreader) {
        this.ruleSet = ruleSet;
        Map<String, Rule> byId = new HashMap<>();
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(Rule::id));
        for (Rule rule : sorted) {
            if (byId.put(rule.id(), rule) != null) {
                throw new IllegalStateException("two rules share the id " + rule.id());
            }
            requireEntry(rule.id(), rule.variants());
        }
        this.implemented = Map.copyOf(byId);
        this.active = sorted.stream().filter(r -> ruleSet.rule(r.id()).orElseThrow().isEnabled()).toList();
        if (proofreader != null) {
            if (byId.containsKey(proofreader.ruleId())) {
                throw new IllegalStateException("a rule and the proofreader share the id " + proofreader.ruleId());
            }
            requireEntry(proofreader.ruleId(), proofreader.variants());
        }
        this.proofreaderId = proofreader == null ? null : proofreader.ruleId();
        this.proofreader = Optional.ofNullable(proofreader).filter(p -> definition(p.ruleId()).isEnabled());
    }

    private void requireEntry(String ruleId, Set<String> variants) {
        RuleDefinition definition = ruleSet.rule(ruleId).orElseThrow(() -> new RuleDataException(
                RuleSetLoader.CATALOG, "rule '" + ruleId + "' is implemented but has no entry"));
        for (String variant : variants) {
            if (!definition.variants().containsKey(variant)) {
                throw new RuleDataException(RuleSetLoader.CATALOG,
                        "rule '" + ruleId + "' needs the variant '" + variant + "' under 'variants'");
            }
        }
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** The rules that run on every check, in id order. */
    public List<Rule> active() {
        return active;
    }

    /** The spelling and grammar check, when there is one and the catalog enables it. */
    public Optional<Proofreader> proofreader() {
        return proofreader;
    }

    public boolean isImplemented(String ruleId) {
        return implemented.containsKey(ruleId) || ruleId.equals(proofreaderId);
    }

    /** The rule of a rule id, or null for the proofreader's {@code spelling-grammar}, which has no fixes. */
    public Rule rule(String ruleId) {
        return implemented.get(ruleId);
    }

    public RuleDefinition definition(String ruleId) {
        return ruleSet.rule(ruleId).orElseThrow();
    }
}
