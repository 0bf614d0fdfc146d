package com.messageguard.testing;

import com.messageguard.ruledata.RuleSet;
import com.messageguard.ruledata.RuleSetLoader;
import java.nio.file.Path;
import org.springframework.core.io.DefaultResourceLoader;

/** The rule data of the repository's {@code rules/} folder, loaded once for unit tests. */
public final class TestRules {

    private static final RuleSet RULES = new RuleSetLoader(new DefaultResourceLoader(),
            "file:" + Path.of("rules").toAbsolutePath() + "/").load();

    private TestRules() {
    }

    public static RuleSet ruleSet() {
        return RULES;
    }
}
