package com.messageguard;

import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.CheckGate;
import com.messageguard.engine.Proofreader;
import com.messageguard.engine.Rule;
import com.messageguard.engine.RuleRegistry;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.ruledata.RuleSetLoader;
import com.messageguard.rules.contact.ContactSignals;
import com.messageguard.text.Confusables;
import com.messageguard.text.TextNormalizer;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** Wires the rule data, the rules and the engine; all of it is built once, at start-up. */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EngineConfiguration.class);

    @Bean
    RuleSet ruleSet(MessageGuardProperties properties, ResourceLoader resources) {
        String location = properties.rulesLocation();
        RuleSet rules = new RuleSetLoader(resources, location).load();
        log.info("Loaded rules {} from {}: {} rules, {} contact reasons", rules.version(), location,
                rules.rules().size(), rules.reasons().size());
        return rules;
    }

    @Bean
    RuleRegistry ruleRegistry(RuleSet ruleSet, List<Rule> rules, ObjectProvider<Proofreader> proofreader) {
        return new RuleRegistry(ruleSet, rules, proofreader.getIfAvailable());
    }

    /** The gate, where there is one, is {@code ops.CompilerRampGate}: checks take turns while the JIT ramps up. */
    @Bean
    CheckEngine checkEngine(RuleRegistry registry, ObjectProvider<CheckGate> gate) {
        return new CheckEngine(registry, gate.getIfAvailable(() -> CheckGate.OPEN));
    }

    /** The normalizer counts the words the detectors' triggers ask about ({@link ContactSignals#triggerWords}). */
    @Bean
    TextNormalizer textNormalizer(RuleSet ruleSet) {
        return new TextNormalizer(new Confusables(), ContactSignals.triggerWords(ruleSet));
    }
}
