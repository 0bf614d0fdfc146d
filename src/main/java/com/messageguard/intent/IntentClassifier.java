package com.messageguard.intent;

import com.messageguard.engine.Analysis;
import com.messageguard.engine.Draft;
import com.messageguard.engine.TextField;
import com.messageguard.lexicon.Lexicon;
import com.messageguard.ruledata.RuleDataException;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.text.MatchText;
import com.messageguard.text.TextNormalizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The intent layer: what each sentence of a text field is for (sell, move the buyer off Amazon,
 * ask why an order was cancelled, thank, threaten, ...), scored by a classifier trained at
 * start-up from the sentences in {@code rules/intents/<code>.yaml} and backed up by the term
 * classes of the language packs ({@code cues} in {@code rules/intents/settings.yaml}). Rules
 * combine an intent with the context (reason, reply or proactive, other findings); the classifier
 * only says what a sentence does.
 *
 * <p>Training runs on a thread of its own while Spring creates the other beans, as the phrase trie
 * does; the context waits for it before it is ready, and a failure fails the start.
 */
@Component
public class IntentClassifier implements SmartInitializingSingleton {

    static final String SETTINGS = IntentTrainingSet.SETTINGS;
    private static final Logger LOG = LoggerFactory.getLogger(IntentClassifier.class);

    private final IntentSettings settings;
    private final Lexicon lexicon;
    private final CompletableFuture<IntentModel> training;
    private final Analysis<TextField, SentenceScores> analysis = new Analysis<>("intents", this::scores);
    /** A field belongs to one draft: its reading is made once per check and shared by every rule that asks. */
    private final Analysis<TextField, FieldIntents[]> readings = new Analysis<>("field intents", field -> new FieldIntents[1]);

    public IntentClassifier(RuleSet rules, Lexicon lexicon, TextNormalizer normalizer) {
        this.lexicon = lexicon;
        IntentTrainingSet trainingSet = new IntentTrainingSet(rules, normalizer);
        this.settings = trainingSet.settings();
        for (IntentSettings.Intent intent : settings.intents().values()) {
            for (String termClass : Stream.of(intent.cues(), intent.vetoes(), intent.vetoesBefore()).flatMap(List::stream).toList()) {
                for (String language : lexicon.languages()) {
                    if (!lexicon.classesOf(language).contains(termClass)) {
                        throw new RuleDataException(SETTINGS, "class '" + termClass + "' is missing from lang/"
                                + language + ".yaml");
                    }
                }
            }
        }
        this.training = CompletableFuture.supplyAsync(() -> prebuiltOrTrained(trainingSet), task -> {
            Thread thread = new Thread(task, "intent-training");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /**
     * The model the build made from the same rules ({@link IntentModelBuilder}), or else one trained
     * now: rules from {@code MESSAGEGUARD_RULES_DIR} with other sentences train at start-up.
     */
    private static IntentModel prebuiltOrTrained(IntentTrainingSet trainingSet) {
        IntentModel prebuilt = IntentModel.prebuilt(trainingSet.fingerprint());
        if (prebuilt != null) {
            LOG.info("Loaded the intent classifier built for these rules: {} features", prebuilt.featureCount());
            return prebuilt.withVocabulary(trainingSet.samples());
        }
        LOG.info("No prebuilt intent classifier matches these rules: training one from {} sentences",
                trainingSet.samples().size());
        long started = System.nanoTime();
        IntentModel model = IntentModel.train(trainingSet.samples(), trainingSet.settings().training());
        LOG.info("Trained the intent classifier: {} features, {} ms", model.featureCount(),
                (System.nanoTime() - started) / 1_000_000);
        return model.withVocabulary(trainingSet.samples());
    }

    private IntentModel model() {
        try {
            return training.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The context is ready only with the model trained; a failure to train it fails the start. */
    @Override
    public void afterSingletonsInstantiated() {
        model();
    }

    /** Fails the start when a rule asks for an intent the settings do not define. */
    public void require(String ruleId, String... intents) {
        for (String intent : intents) {
            if (!settings.intents().containsKey(intent)) {
                throw new RuleDataException(SETTINGS, "rule '" + ruleId + "' needs intent '" + intent
                        + "', which is not defined");
            }
        }
    }

    /**
     * The intents of every sentence of a field, in the draft's language, computed once per field.
     * A reply's subject that quotes the buyer ("Re: Can you call me?") expresses no intent of the
     * seller's.
     */
    public FieldIntents of(Draft draft, TextField field) {
        FieldIntents[] reading = field.analysis(readings);
        if (reading[0] == null) {
            SentenceScores scores = draft.subjectQuotesTheBuyer() && draft.subject().orElse(null) == field
                    ? SentenceScores.NONE : field.analysis(analysis);
            reading[0] = new FieldIntents(lexicon.phrases(field), lexicon.language(draft), model().intents(), scores,
                    settings);
        }
        return reading[0];
    }

    /** Room for a field's sentence scores, whatever the language; each is scored when a rule first asks. */
    private SentenceScores scores(TextField field) {
        return new SentenceScores(model(), lexicon.phrases(field).text());
    }
}
