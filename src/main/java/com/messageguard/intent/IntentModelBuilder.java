package com.messageguard.intent;

import com.messageguard.ruledata.RuleSetLoader;
import com.messageguard.text.Confusables;
import com.messageguard.text.TextNormalizer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Trains the intent classifier at build time (Maven's {@code process-classes} phase) from a rules
 * folder and writes it beside the classes as {@value IntentModel#PREBUILT}, so a service started
 * with the same rules loads it in milliseconds instead of training for seconds. Usage:
 * {@code IntentModelBuilder <rules folder> <output file>}.
 */
public final class IntentModelBuilder {

    private IntentModelBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: IntentModelBuilder <rules folder> <output file>");
        }
        Path rules = Path.of(args[0]).toAbsolutePath();
        Path output = Path.of(args[1]);
        IntentTrainingSet trainingSet = new IntentTrainingSet(
                new RuleSetLoader(new DefaultResourceLoader(), "file:" + rules + "/").load(),
                new TextNormalizer(new Confusables()));
        long started = System.nanoTime();
        IntentModel model = IntentModel.train(trainingSet.samples(), trainingSet.settings().training());
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(output)) {
            model.write(out, trainingSet.fingerprint());
        }
        System.out.printf("Intent classifier: %d sentences, %d features, trained in %d ms, written to %s%n",
                trainingSet.samples().size(), model.featureCount(), (System.nanoTime() - started) / 1_000_000, output);
    }
}
