package com.messageguard.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.CheckResult;
import com.messageguard.engine.Draft;
import com.messageguard.engine.RuleRegistry;
import com.messageguard.engine.Violation;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.rules.contact.ContactSignals;
import com.messageguard.rules.contact.EmailAddressRule;
import com.messageguard.rules.contact.LinkRule;
import com.messageguard.testing.DraftBuilder;
import com.messageguard.testing.TestIntents;
import com.messageguard.testing.TestRules;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;

/**
 * One LanguageTool per language for every grammar test of a test JVM: loading a language costs
 * seconds, so checkers with other settings share the languages already loaded. The engine runs
 * the e-mail and link rules beside the checker, whose spans it must leave alone.
 */
final class GrammarFixture {

    static final GrammarData DATA = TestRules.ruleSet().data(GrammarData.FILE, GrammarData.class);
    private static final GrammarLanguages LANGUAGES = new GrammarLanguages(DATA);
    private static final ContactSignals SIGNALS = new ContactSignals(TestRules.ruleSet());

    /** Two checks at once, as shipped; a generous time for a busy machine. */
    static final GrammarChecker CHECKER = checker(new GrammarSettings(List.of(), 2, Duration.ofSeconds(30)));
    private static final CheckEngine ENGINE = engine(CHECKER);

    private GrammarFixture() {
    }

    static GrammarChecker checker(GrammarSettings settings) {
        return checker(TestRules.ruleSet(), settings);
    }

    /** A checker reading {@code grammar.yaml} of {@code rules}, with the languages already loaded. */
    static GrammarChecker checker(RuleSet rules, GrammarSettings settings) {
        return new GrammarChecker(rules, TestIntents.lexicon(), settings, new SimpleMeterRegistry(), LANGUAGES);
    }

    static CheckEngine engine(GrammarChecker checker) {
        return new CheckEngine(new RuleRegistry(TestRules.ruleSet(),
                List.of(new EmailAddressRule(SIGNALS), new LinkRule(SIGNALS, com.messageguard.testing.TestIntents.lexicon())), checker));
    }

    /** The spelling-grammar violations {@code engine} reports for a draft that asks for them. */
    static List<Violation> grammar(CheckEngine engine, DraftBuilder draft) {
        CheckResult result = engine.check(draft.checkGrammar(true).build());
        assertThat(result.grammarChecked()).as("grammarChecked").isTrue();
        return result.violations().stream().filter(v -> v.rule().equals(GrammarChecker.RULE_ID)).toList();
    }

    static LanguageToolPool pool(String language) {
        return LANGUAGES.pool(language).join();
    }

    /** Checks the draft once its language is loaded, however long that takes on a busy machine. */
    static CheckResult check(DraftBuilder draft) {
        Draft built = draft.checkGrammar(true).build();
        String language = TestIntents.lexicon().language(built);
        if (LANGUAGES.supports(language)) {
            pool(language);
        }
        return ENGINE.check(built);
    }

    /** The spelling-grammar violations of a draft that asks for them. */
    static List<Violation> grammar(DraftBuilder draft) {
        CheckResult result = check(draft);
        assertThat(result.grammarChecked()).as("grammarChecked").isTrue();
        return result.violations().stream().filter(v -> v.rule().equals(GrammarChecker.RULE_ID)).toList();
    }
}
