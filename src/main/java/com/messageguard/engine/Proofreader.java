package com.messageguard.engine;

import java.util.List;
import java.util.Set;

/**
 * The spelling and grammar check of a draft that asks for it. Unlike a {@link Rule} it runs after
 * every rule, because it leaves alone what they already reported (an e-mail address is no
 * misspelling), and it may decline to run: it is bounded in concurrency and time, and a draft then
 * gets its other findings without it.
 */
public interface Proofreader {

    /** The catalog id its findings carry. */
    String ruleId();

    /** Message variants its findings may name; the catalog must define each. */
    default Set<String> variants() {
        return Set.of();
    }

    /**
     * Proofreads the draft's text fields.
     *
     * @param reported what the rules found in this draft, with offsets into the original texts
     */
    Proofreading proofread(Draft draft, List<Finding> reported);

    /** What the proofreader found, and whether it checked the draft at all. */
    record Proofreading(boolean checked, List<Finding> findings) {

        public static final Proofreading NOT_CHECKED = new Proofreading(false, List.of());

        public Proofreading {
            findings = List.copyOf(findings);
        }
    }
}
