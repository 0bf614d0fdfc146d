package com.messageguard.testing;

import com.messageguard.intent.IntentClassifier;
import com.messageguard.lexicon.Lexicon;
import com.messageguard.text.Confusables;
import com.messageguard.text.TextNormalizer;

/**
 * The language packs and the intent classifier of the repository's {@code rules/} folder, built
 * once for unit tests: training the classifier takes a second, too long to repeat per test class.
 */
public final class TestIntents {

    private static Lexicon lexicon;
    private static IntentClassifier classifier;

    private TestIntents() {
    }

    public static synchronized Lexicon lexicon() {
        if (lexicon == null) {
            lexicon = new Lexicon(TestRules.ruleSet());
        }
        return lexicon;
    }

    public static synchronized IntentClassifier classifier() {
        if (classifier == null) {
            classifier = new IntentClassifier(TestRules.ruleSet(), lexicon(), new TextNormalizer(new Confusables()));
        }
        return classifier;
    }
}
