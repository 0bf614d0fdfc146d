package com.messageguard.intent;

import com.messageguard.ruledata.RuleDataException;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.text.MatchText;
import com.messageguard.text.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the intent classifier learns from: the settings and every language's training sentences,
 * checked against each other and normalized as checks normalize text. Its {@link #fingerprint()}
 * names exactly this input, so a model built from it (at build time, see
 * {@link IntentModelBuilder}) is used only by a service whose rules would train the same model.
 */
final class IntentTrainingSet {

    static final String SETTINGS = "intents/settings.yaml";

    private final IntentSettings settings;
    private final List<IntentModel.Sample> samples;
    private final String fingerprint;

    IntentTrainingSet(RuleSet rules, TextNormalizer normalizer) {
        this.settings = rules.data(SETTINGS, IntentSettings.class);
        this.samples = read(rules, normalizer);
        this.fingerprint = digest();
    }

    IntentSettings settings() {
        return settings;
    }

    List<IntentModel.Sample> samples() {
        return samples;
    }

    /** SHA-256 of the feature code's version, the training parameters and every sample in order. */
    String fingerprint() {
        return fingerprint;
    }

    private String digest() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((FeatureHashes.VERSION + "|" + settings.training() + "\n").getBytes(StandardCharsets.UTF_8));
            for (IntentModel.Sample sample : samples) {
                digest.update((sample.intent() + "\t" + sample.text().text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    /** Reads every language's sentences, checks them against the settings, and normalizes them. */
    private List<IntentModel.Sample> read(RuleSet rules, TextNormalizer normalizer) {
        Set<String> classes = new LinkedHashSet<>(settings.intents().keySet());
        classes.add(IntentSettings.NEUTRAL);
        List<IntentModel.Sample> read = new ArrayList<>();
        for (String language : rules.settings().languages()) {
            String file = "intents/" + language + ".yaml";
            IntentSentences sentences = rules.data(file, IntentSentences.class);
            if (!sentences.language().equals(language)) {
                throw new RuleDataException(file, "declares language '" + sentences.language() + "', expected '"
                        + language + "'");
            }
            for (String intent : classes) {
                List<String> list = sentences.sentences().get(intent);
                int count = list == null ? 0 : list.size();
                if (count < settings.training().minSentences()) {
                    throw new RuleDataException(file, "sentences." + intent + ": needs at least "
                            + settings.training().minSentences() + " sentences, has " + count);
                }
            }
            // Sorted, so the training order (and the model) does not depend on a map's iteration order.
            new TreeMap<>(sentences.sentences()).forEach((intent, list) -> {
                if (!classes.contains(intent)) {
                    throw new RuleDataException(file, "sentences." + intent + ": unknown intent (known: " + classes + ")");
                }
                for (String sentence : list) {
                    read.add(new IntentModel.Sample(intent, MatchText.of(normalizer.normalize(sentence))));
                }
            });
        }
        return List.copyOf(read);
    }
}
