package com.messageguard.intent;

import com.messageguard.text.MatchText;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * A maximum entropy model over {@link FeatureHashes}, trained with OpenNLP's document categorizer
 * and then copied into a flat table: a sentence is scored by looking its feature hashes up in an
 * open-addressing table of longs, with no string built and no map entry touched, which keeps the
 * classifier within the engine's per-message budget. The probabilities equal OpenNLP's own
 * ({@code IntentModelTest} checks it).
 */
final class IntentModel {

    /** One training sentence: its intent and its words as a match text. */
    record Sample(String intent, MatchText text) {
    }

    /** Where the build puts the model it trained from the repository's rules, on the class path. */
    static final String PREBUILT = "intent-model.bin";
    private static final String MAGIC = "message-guard intent model 2";

    private final FeatureHashes features;
    private final String[] intents;
    private final List<String> intentList;
    /**
     * Feature hash → its weight for each intent. Float, not double: half the memory the scoring
     * walks through, and the scores differ by less than 1e-5.
     */
    private final FeatureTable weights;
    /** Where the bias feature's weights start in {@link #weights}, -1 when the model has none. */
    private final int bias;
    /**
     * Words seen in training, by their word feature's hash, with the summed weights of the word and
     * its character n-grams: a known word costs one look-up instead of a dozen.
     */
    private FeatureTable words;
    /** The model as OpenNLP trained it, kept for tests that compare the two. */
    private final AbstractModel trained;

    private IntentModel(FeatureHashes features, AbstractModel trained) {
        this.features = features;
        this.trained = trained;
        Object[] data = trained.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        this.intents = Arrays.stream((String[]) data[2]).map(String::intern).toArray(String[]::new);
        this.intentList = List.of(intents);
        int capacity = Integer.highestOneBit(Math.max(4, predicates.size() * 2 - 1)) << 1;
        long[] keys = new long[capacity];
        int[] rows = new int[capacity];
        Arrays.fill(rows, -1);
        float[] values = new float[predicates.size() * intents.length];
        int row = 0;
        for (Map.Entry<String, Context> predicate : predicates.entrySet()) {
            long hash = Long.parseUnsignedLong(predicate.getKey(), Character.MAX_RADIX);
            int slot = FeatureTable.probe(keys, rows, hash);
            keys[slot] = hash;
            rows[slot] = row;
            int[] outcomes = predicate.getValue().getOutcomes();
            double[] parameters = predicate.getValue().getParameters();
            for (int k = 0; k < outcomes.length; k++) {
                values[row * intents.length + outcomes[k]] = (float) parameters[k];
            }
            row++;
        }
        this.weights = new FeatureTable(keys, rows, values, intents.length);
        this.bias = weights.offset(FeatureHashes.bias());
        this.words = noWords(intents.length);
    }

    private IntentModel(FeatureHashes features, String[] intents, FeatureTable weights) {
        this.features = features;
        this.trained = null;
        this.intents = intents;
        this.intentList = List.of(intents);
        this.weights = weights;
        this.bias = weights.offset(FeatureHashes.bias());
        this.words = noWords(intents.length);
    }

    private static FeatureTable noWords(int width) {
        return new FeatureTable(new long[1], new int[] {-1}, new float[0], width);
    }

    /**
     * The model the build wrote to {@value #PREBUILT} on the class path, when it was built from
     * input with this fingerprint; else null.
     */
    static IntentModel prebuilt(String fingerprint) {
        try (InputStream in = IntentModel.class.getClassLoader().getResourceAsStream(PREBUILT)) {
            return in == null ? null : read(in, fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PREBUILT, e);
        }
    }

    /** Writes the flat tables, headed by the fingerprint of the input they were trained from. */
    void write(OutputStream out, String fingerprint) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
        data.writeUTF(MAGIC);
        data.writeUTF(fingerprint);
        data.writeInt(features.minGram());
        data.writeInt(features.maxGram());
        data.writeInt(intents.length);
        for (String intent : intents) {
            data.writeUTF(intent);
        }
        data.writeInt(weights.capacity());
        for (int slot = 0; slot < weights.capacity(); slot++) {
            data.writeLong(weights.key(slot));
            data.writeInt(weights.row(slot));
        }
        float[] values = weights.values();
        data.writeInt(values.length);
        for (float weight : values) {
            data.writeFloat(weight);
        }
        data.flush();
    }

    /** Reads what {@link #write} wrote; null when it was trained from other input. */
    static IntentModel read(InputStream in, String fingerprint) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in));
        if (!MAGIC.equals(data.readUTF()) || !fingerprint.equals(data.readUTF())) {
            return null;
        }
        FeatureHashes features = new FeatureHashes(data.readInt(), data.readInt());
        String[] intents = new String[data.readInt()];
        for (int i = 0; i < intents.length; i++) {
            intents[i] = data.readUTF().intern(); // rules look intents up by identity first
        }
        long[] keys = new long[data.readInt()];
        int[] rows = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = data.readLong();
            rows[i] = data.readInt();
        }
        float[] weights = new float[data.readInt()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = data.readFloat();
        }
        return new IntentModel(features, intents, new FeatureTable(keys, rows, weights, intents.length));
    }

    /** Trains a model, deterministically: one thread, L-BFGS, samples in the order given. */
    static IntentModel train(List<Sample> samples, IntentSettings.Training training) {
        FeatureHashes features = new FeatureHashes(training.minGram(), training.maxGram());
        List<DocumentSample> documents = new ArrayList<>(samples.size());
        for (Sample sample : samples) {
            List<String> names = new ArrayList<>();
            features.whole(sample.text(), hash -> names.add(Long.toUnsignedString(hash, Character.MAX_RADIX)));
            documents.add(new DocumentSample(sample.intent(), names.toArray(String[]::new)));
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, training.iterations());
        parameters.put(TrainingParameters.CUTOFF_PARAM, training.minFeatureCount());
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        // In memory: the default two-pass indexer writes the events to a temporary file.
        parameters.put("DataIndexer", "OnePass");
        parameters.put(QNTrainer.L1COST_PARAM, 0.0);
        parameters.put(QNTrainer.L2COST_PARAM, training.l2Cost());
        // The samples already are the features: pass them through unchanged.
        FeatureGenerator identity = (text, extra) -> Arrays.asList(text);
        try {
            var model = DocumentCategorizerME.train("x-unspecified", new CollectionObjectStream<>(documents),
                    parameters, new DoccatFactory(new FeatureGenerator[] {identity}));
            return new IntentModel(features, (AbstractModel) model.getMaxentModel());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sums each training word's feature weights once, so that checks look a known word up once.
     * Call before the model is shared between threads; the scores stay the same up to rounding.
     */
    IntentModel withVocabulary(List<Sample> samples) {
        java.util.Map<Long, double[]> sums = new java.util.LinkedHashMap<>();
        for (Sample sample : samples) {
            features.vocabulary(sample.text(), wordHash -> {
                if (sums.containsKey(wordHash)) {
                    return null;
                }
                double[] sum = new double[intents.length];
                sums.put(wordHash, sum);
                return hash -> add(hash, sum);
            });
        }
        int capacity = Integer.highestOneBit(Math.max(4, sums.size() * 2 - 1)) << 1;
        long[] keys = new long[capacity];
        int[] rows = new int[capacity];
        Arrays.fill(rows, -1);
        float[] flat = new float[sums.size() * intents.length];
        int row = 0;
        for (java.util.Map.Entry<Long, double[]> entry : sums.entrySet()) {
            int slot = FeatureTable.probe(keys, rows, entry.getKey());
            keys[slot] = entry.getKey();
            rows[slot] = row;
            double[] sum = entry.getValue();
            for (int i = 0; i < sum.length; i++) {
                flat[row * intents.length + i] = (float) sum[i];
            }
            row++;
        }
        this.words = new FeatureTable(keys, rows, flat, intents.length);
        return this;
    }

    /** How many distinct features the model has weights for. */
    int featureCount() {
        return weights.rowCount();
    }

    /** The intents in the order of {@link #score}'s probabilities. */
    List<String> intents() {
        return intentList;
    }

    /** Probabilities of every intent for sentence {@code sentence} of a match text; they add up to 1. */
    double[] score(MatchText text, int sentence) {
        double[] sums = new double[intents.length];
        features.sentence(text, sentence, summing(sums));
        return softmax(sums);
    }

    /**
     * The model's raw sums (before softmax) for sentence {@code sentence} of a match text: what
     * {@link #joined} adds up for two sentences read as one.
     */
    double[] sums(MatchText text, int sentence) {
        double[] sums = new double[intents.length];
        features.sentence(text, sentence, summing(sums));
        return sums;
    }

    /** Probabilities from raw sums; {@code sums} is left as it is. */
    double[] probabilities(double[] sums) {
        return softmax(sums.clone());
    }

    /**
     * Probabilities of two adjacent sentences read as one, from the raw sums of each: the model is
     * linear up to its softmax, so the pair's sums are the two sentences' sums, less the bias they
     * both count, plus the word pair across the sentence break ({@code lastWord} of the first and
     * {@code firstWord} of the second, -1 when either sentence has no word). Equal to
     * {@link #score(MatchText, int, int)} up to the rounding of the additions' order, at the cost
     * of two look-ups instead of every feature again.
     */
    double[] joined(double[] first, double[] second, MatchText text, int lastWord, int firstWord) {
        double[] sums = new double[intents.length];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = first[i] + second[i];
        }
        if (bias >= 0) {
            for (int i = 0; i < sums.length; i++) {
                sums[i] -= weights.weight(bias, i);
            }
        }
        if (lastWord >= 0 && firstWord >= 0) {
            weights.addTo(FeatureHashes.pair(text, lastWord, firstWord), sums);
        }
        return softmax(sums);
    }

    /**
     * Probabilities of sentences {@code first} through {@code last} read as one: for intents that a
     * message spreads over two sentences ("Post a review. We'll send you a gift.").
     */
    double[] score(MatchText text, int first, int last) {
        double[] sums = new double[intents.length];
        features.sentences(text, first, last, summing(sums));
        return softmax(sums);
    }

    /** Probabilities of a whole text read as one sentence, as it was trained. */
    double[] scoreWhole(MatchText text) {
        double[] sums = new double[intents.length];
        features.whole(text, summing(sums));
        return softmax(sums);
    }

    /** OpenNLP's own probabilities for the same text, for tests. */
    double[] scoreByOpenNlp(MatchText text) {
        if (trained == null) {
            throw new IllegalStateException("a model read from a file has no OpenNLP model to compare with");
        }
        List<String> names = new ArrayList<>();
        features.whole(text, hash -> names.add(Long.toUnsignedString(hash, Character.MAX_RADIX)));
        return trained.eval(names.toArray(String[]::new));
    }

    private void add(long hash, double[] sums) {
        weights.addTo(hash, sums);
    }

    /** A sink that adds every feature's weights to {@code sums} and takes known words whole. */
    private FeatureHashes.Sink summing(double[] sums) {
        return new FeatureHashes.Sink() {
            @Override
            public void feature(long hash) {
                weights.addTo(hash, sums);
            }

            @Override
            public boolean knownWord(long wordHash) {
                return words.addTo(wordHash, sums);
            }
        };
    }

    private static double[] softmax(double[] sums) {
        double max = Double.NEGATIVE_INFINITY;
        for (double sum : sums) {
            max = Math.max(max, sum);
        }
        double total = 0;
        for (int i = 0; i < sums.length; i++) {
            sums[i] = Math.exp(sums[i] - max);
            total += sums[i];
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= total;
        }
        return sums;
    }
}
