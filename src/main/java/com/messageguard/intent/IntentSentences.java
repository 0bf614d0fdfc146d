package com.messageguard.intent;

import com.messageguard.ruledata.Checks;
import java.util.List;
import java.util.Map;

/**
 * The training sentences of one language, from {@code rules/intents/<code>.yaml}: for each intent
 * (and {@value IntentSettings#NEUTRAL}, ordinary order talk), sentences a seller might write that
 * express it. They are data, kept apart from every test corpus: a sentence here teaches the
 * classifier, a case in a corpus tests it.
 */
public record IntentSentences(String language, Map<String, List<String>> sentences) implements Checks.Checked {

    public IntentSentences {
        sentences = sentences == null ? Map.of() : Map.copyOf(sentences);
    }

    @Override
    public void check(Checks checks) {
        checks.text("language", language);
        if (language != null && !language.matches("[a-z]{2}")) {
            checks.fail("language", "must be an ISO 639-1 code such as 'en'");
        }
        if (sentences.isEmpty()) {
            checks.fail("sentences", "must list the sentences of at least one intent");
        }
        sentences.forEach((intent, list) -> checks.nonEmptyTexts("sentences." + intent, list));
    }
}
