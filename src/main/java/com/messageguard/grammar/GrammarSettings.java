package com.messageguard.grammar;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the spelling and grammar check (prefix {@code messageguard.grammar}).
 *
 * @param preload       languages loaded at start-up (e.g. {@code en,de}); any other loads when the
 *                      first request asks for grammar in it. Environment: {@code MESSAGEGUARD_GRAMMAR_PRELOAD}
 * @param maxConcurrent how many grammar checks run at once; a request beyond that is answered
 *                      without grammar ({@code grammarChecked: false})
 * @param timeout       how long a request waits for its grammar check (and for its language to
 *                      load); after that it is answered without grammar
 */
@ConfigurationProperties("messageguard.grammar")
public record GrammarSettings(
        @DefaultValue List<String> preload,
        @DefaultValue("2") int maxConcurrent,
        @DefaultValue("3s") Duration timeout) {

    public GrammarSettings {
        preload = preload.stream().map(String::strip).filter(code -> !code.isEmpty()).toList();
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("messageguard.grammar.max-concurrent must be at least 1, was " + maxConcurrent);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("messageguard.grammar.timeout must be positive, was " + timeout);
        }
    }
}
