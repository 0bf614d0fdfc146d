package com.messageguard.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.messageguard.text.Confusables;
import com.messageguard.text.MatchText;
import com.messageguard.text.TextNormalizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model's own mechanics on a small training set written here: scoring, determinism, storage. */
class IntentModelTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer(new Confusables());
    private static final IntentSettings.Training TRAINING = new IntentSettings.Training(30, 1.0, 3, 5, 1, 1);
    private static List<IntentModel.Sample> samples;
    private static IntentModel model;

    @BeforeAll
    static void train() {
        samples = new ArrayList<>();
        add("greeting", "Hello Anna,", "Dear Mr. Brown,", "Hi there,", "Good morning Lena,", "Hello and welcome,");
        add("shipping", "Your parcel left our warehouse today.", "The courier collects the box on Monday.",
                "It ships with DHL tomorrow morning.", "The order is on its way to you.", "Dispatch is planned for Friday.");
        add("neutral", "The lid is dishwasher safe.", "Use two screws for each bracket.", "The cable is 2 m long.",
                "Wash it at 30 degrees.", "The colour is a little lighter than the photo.");
        model = IntentModel.train(samples, TRAINING);
    }

    private static void add(String intent, String... sentences) {
        for (String sentence : sentences) {
            samples.add(new IntentModel.Sample(intent, text(sentence)));
        }
    }

    private static MatchText text(String sentence) {
        return MatchText.of(NORMALIZER.normalize(sentence));
    }

    @Test
    void theFlatTableScoresExactlyAsOpenNlp() {
        for (String sentence : List.of("Hello Anna,", "The parcel ships on Monday.", "A sentence it never saw: 4 kg.")) {
            double[] ours = model.scoreWhole(text(sentence));
            double[] openNlp = model.scoreByOpenNlp(text(sentence));
            for (int i = 0; i < ours.length; i++) {
                assertThat(ours[i]).as("%s, %s", sentence, model.intents().get(i)).isCloseTo(openNlp[i], within(1e-5));
            }
        }
    }

    @Test
    void aSentenceInsideATextScoresAsItDoesAlone() {
        MatchText message = text("Hello Anna,\nYour parcel left our warehouse today. The lid is dishwasher safe.");
        assertThat(message.sentenceCount()).isEqualTo(3);
        assertThat(model.score(message, 1)).containsExactly(model.scoreWhole(text("Your parcel left our warehouse today.")));
        assertThat(model.score(message, 2)).containsExactly(model.scoreWhole(text("The lid is dishwasher safe.")));
    }

    @Test
    void twoSentencesJoinedFromTheirSumsScoreAsReadTogether() {
        MatchText message = text("Hello Anna. The courier collects the box on Monday!\n\nThe lid is dishwasher safe. 4 kg. Hi");
        assertThat(message.sentenceCount()).isEqualTo(4); // "safe. 4 kg." stays one: a digit follows
        SentenceScores scores = new SentenceScores(model.withVocabulary(samples), message);
        for (int sentence = 1; sentence < message.sentenceCount(); sentence++) {
            double[] joined = scores.withPrevious(sentence);
            double[] read = model.score(message, sentence - 1, sentence);
            for (int i = 0; i < read.length; i++) {
                assertThat(joined[i]).as("sentences %d-%d, %s", sentence - 1, sentence, model.intents().get(i))
                        .isCloseTo(read[i], within(1e-12));
            }
        }
        // The pair across the break counts: joined without it would miss "anna the".
        assertThat(scores.withPrevious(1)).isNotEqualTo(model.probabilities(model.sums(message, 1)));
    }

    @Test
    void twoSentencesReadTogetherScoreAsOneText() {
        MatchText message = text("Hello Anna. The courier collects the box on Monday.");
        assertThat(model.score(message, 0, 1))
                .containsExactly(model.scoreWhole(text("Hello Anna the courier collects the box on Monday")));
    }

    @Test
    void probabilitiesAddUpToOneAndFavourTheTrainedIntent() {
        double[] scores = model.scoreWhole(text("The box leaves our warehouse with the courier today."));
        assertThat(java.util.Arrays.stream(scores).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(model.intents().get(argmax(scores))).isEqualTo("shipping");
        assertThat(model.intents().get(argmax(model.scoreWhole(text("Good morning Mr. Brown,"))))).isEqualTo("greeting");
    }

    @Test
    void summingKnownWordsOnceChangesNoScore() {
        IntentModel summed = IntentModel.train(samples, TRAINING).withVocabulary(samples);
        for (String sentence : List.of("Your parcel left our warehouse today.", "Hello Anna, unknown words here: 4 kg.")) {
            double[] plain = model.scoreWhole(text(sentence));
            double[] fast = summed.scoreWhole(text(sentence));
            for (int i = 0; i < plain.length; i++) {
                assertThat(fast[i]).as(sentence).isCloseTo(plain[i], within(1e-5));
            }
        }
    }

    @Test
    void trainingIsDeterministic() {
        IntentModel again = IntentModel.train(samples, TRAINING);
        MatchText probe = text("Your parcel is on its way, the cable is 2 m long.");
        assertThat(again.scoreWhole(probe)).containsExactly(model.scoreWhole(probe));
    }

    @Test
    void aWrittenModelReadsBackOnlyForItsOwnFingerprint() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out, "fingerprint-a");
        IntentModel read = IntentModel.read(new ByteArrayInputStream(out.toByteArray()), "fingerprint-a");
        MatchText probe = text("It ships with DHL tomorrow, wash it at 30 degrees.");
        assertThat(read).isNotNull();
        assertThat(read.intents()).isEqualTo(model.intents());
        assertThat(read.featureCount()).isEqualTo(model.featureCount());
        assertThat(read.scoreWhole(probe)).containsExactly(model.scoreWhole(probe));
        assertThat(IntentModel.read(new ByteArrayInputStream(out.toByteArray()), "fingerprint-b")).isNull();
    }

    private static int argmax(double[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }
}
