package com.messageguard.intent;

import com.messageguard.ruledata.Checks;
import java.util.List;
import java.util.Map;

/**
 * How the intent classifier is trained and when its scores count, from
 * {@code rules/intents/settings.yaml}.
 *
 * @param training the classifier's training parameters
 * @param minWords fewest words a sentence needs for the intent layer to judge it
 * @param intents  every intent the rules may ask for (all but {@value #NEUTRAL}), with its thresholds
 */
public record IntentSettings(Training training, int minWords, Map<String, Intent> intents) implements Checks.Checked {

    /** The class of ordinary order talk: trained like an intent, never reported. */
    public static final String NEUTRAL = "neutral";

    public IntentSettings {
        intents = intents == null ? Map.of() : Map.copyOf(intents);
    }

    @Override
    public void check(Checks checks) {
        if (checks.required("training", training)) {
            checks.nested("training", training);
        }
        checks.positive("minWords", minWords);
        if (intents.isEmpty()) {
            checks.fail("intents", "must define at least one intent");
        }
        if (intents.containsKey(NEUTRAL)) {
            checks.fail("intents." + NEUTRAL, "is the class of ordinary text and takes no thresholds");
        }
        checks.eachEntry("intents", intents);
    }

    /**
     * @param iterations   most L-BFGS iterations
     * @param l2Cost       L2 regularization: higher keeps the model from leaning on one rare word
     * @param minGram      shortest character n-gram of a word
     * @param maxGram      longest character n-gram of a word
     * @param minSentences fewest training sentences each intent needs in each language
     * @param minFeatureCount fewest training sentences a feature must occur in to get a weight
     */
    public record Training(int iterations, double l2Cost, int minGram, int maxGram, int minSentences,
                           int minFeatureCount) implements Checks.Checked {

        @Override
        public void check(Checks checks) {
            checks.positive("iterations", iterations);
            checks.positive("minFeatureCount", minFeatureCount);
            checks.notNegative("l2Cost", l2Cost);
            checks.positive("minGram", minGram);
            if (maxGram < minGram) {
                checks.fail("maxGram", "must be at least minGram (" + minGram + "), was " + maxGram);
            }
            checks.positive("minSentences", minSentences);
        }
    }

    /**
     * @param description what the intent is, for people reading the file
     * @param threshold   a sentence expresses the intent when the classifier gives it at least this probability
     * @param withCue     or at least this much when the sentence also holds a phrase of one of {@code cues}
     * @param cues        term classes of the language packs that back the classifier up
     * @param vetoes      term classes that, in a sentence, mean it does something else (opting out
     *                    is not leaving Amazon): the intent layer then leaves the sentence alone
     * @param vetoesBefore term classes that veto the sentence before theirs as well as their own: a
     *                    refusal ("we can only help through Amazon's messages") after "you asked us
     *                    for a phone number" answers the buyer, it offers nothing
     * @param overrule    a probability at which the classifier speaks despite a veto (absent: never).
     *                    A veto defers to a phrase analysis, which misses words it has no phrase for
     *                    ("Ihre 2-Sterne-Bewertung zu löschen" is one compound word to it)
     * @param pairThreshold the probability that makes two sentences read as one express the intent
     *                    (absent: {@code threshold}); twice the words bring more chance evidence
     */
    public record Intent(String description, double threshold, double withCue, List<String> cues,
                         List<String> vetoes, List<String> vetoesBefore, Double overrule, Double pairThreshold)
            implements Checks.Checked {

        public Intent {
            // Interned: the phrase index looks class names up by identity first.
            cues = cues == null ? List.of() : cues.stream().map(String::intern).toList();
            vetoes = vetoes == null ? List.of() : vetoes.stream().map(String::intern).toList();
            vetoesBefore = vetoesBefore == null ? List.of() : vetoesBefore.stream().map(String::intern).toList();
            overrule = overrule == null ? NEVER : overrule;
            pairThreshold = pairThreshold == null ? threshold : pairThreshold;
        }

        /** Above every probability: no score overrules a veto. */
        static final double NEVER = 2.0;

        @Override
        public void check(Checks checks) {
            checks.text("description", description);
            if (!(threshold > 0 && threshold <= 1)) {
                checks.fail("threshold", "must be a probability above 0 and at most 1, was " + threshold);
            }
            if (!(withCue > 0 && withCue <= threshold)) {
                checks.fail("withCue", "must be above 0 and at most threshold (" + threshold + "), was " + withCue);
            }
            if (!(pairThreshold >= threshold && pairThreshold <= 1)) {
                checks.fail("pairThreshold", "must be at least threshold (" + threshold + ") and at most 1, was " + pairThreshold);
            }
            if (overrule != NEVER && !(overrule >= threshold && overrule <= 1)) {
                checks.fail("overrule", "must be at least threshold (" + threshold + ") and at most 1, was " + overrule);
            }
        }
    }
}
