package com.messageguard.testing;

import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.Draft;
import com.messageguard.engine.Rule;
import com.messageguard.engine.RuleRegistry;
import com.messageguard.engine.Violation;
import java.util.List;

/**
 * Runs one rule through the real engine (catalog texts, offsets, excerpts, ordering) so a rule's
 * unit test asserts what a client would receive.
 */
public final class RuleHarness {

    private final CheckEngine engine;

    public RuleHarness(Rule rule) {
        this.engine = new CheckEngine(new RuleRegistry(TestRules.ruleSet(), List.of(rule)));
    }

    public List<Violation> check(Draft draft) {
        return engine.check(draft).violations();
    }

    public List<Violation> check(DraftBuilder draft) {
        return check(draft.build());
    }
}
