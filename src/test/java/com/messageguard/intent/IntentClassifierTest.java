package com.messageguard.intent;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.messageguard.engine.Draft;
import com.messageguard.lexicon.Lexicon;
import com.messageguard.ruledata.RuleDataException;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.ruledata.RuleSetLoader;
import com.messageguard.testing.RulesFolder;
import com.messageguard.testing.TestIntents;
import com.messageguard.text.Confusables;
import com.messageguard.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The intent layer on the repository's rules: what it recognizes in sentences written here (in
 * neither the training sentences nor a corpus), what it leaves alone, and how it checks its data.
 */
class IntentClassifierTest {

    private final IntentClassifier intents = TestIntents.classifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Our winter range of wool throws has just landed, in five new shades.|promotion",
            "Ring our workshop on 0161 496 0999 and we will talk you through it.|off-platform",
            "May I ask whether the price was the reason you cancelled?|cancellation-reason",
            "Please go to Your Orders and request the cancellation yourself.|cancellation-request",
            "If you open a claim, we will hand your details to our lawyers.|threat",
            "Wir haben Ihre Fotos geprüft und senden heute ein Ersatzteil.|neutral",
            "The drill comes with two batteries and a charger in the case.|neutral",
    })
    void recognizesWhatASentenceIsFor(String sentence, String intent) {
        Draft draft = draft().reason("OTHER").body(sentence).build();
        FieldIntents field = intents.of(draft, draft.body());
        assertThat(field.sentenceCount()).isEqualTo(1);
        assertThat(field.top(0)).isEqualTo(intent);
        if (!intent.equals(IntentSettings.NEUTRAL)) {
            assertThat(field.expresses(0, intent)).isTrue();
        }
    }

    @Test
    void aRepliesSubjectIsTheBuyersAndExpressesNothing() {
        Draft reply = draft().reason("BUYER_INQUIRY_REPLY").subject("Re: Can you call me on my mobile?")
                .body("We keep all support here in Amazon messages.").build();
        assertThat(intents.of(reply, reply.subject().orElseThrow()).sentenceCount()).isZero();
        Draft proactive = draft().reason("OTHER").subject("Call us on 0161 496 0999")
                .body("Your order 113-4567890-1234567 is ready.").build();
        assertThat(intents.of(proactive, proactive.subject().orElseThrow()).sentenceCount()).isEqualTo(1);
    }

    @Test
    void aVetoPhraseLeavesTheSentenceAlone() {
        Draft draft = draft().reason("OTHER").body("Please email us to unsubscribe from the mailing list.").build();
        FieldIntents field = intents.of(draft, draft.body());
        assertThat(field.score(0, "off-platform")).isGreaterThan(0.5);
        assertThat(field.expresses(0, "off-platform")).isFalse();
    }

    @Test
    void aNegatedConsequenceIsNoThreat() {
        Draft draft = draft().reason("BUYER_INQUIRY_REPLY")
                .body("To answer your question: no, you will not be charged for the cancelled order.").build();
        assertThat(intents.of(draft, draft.body()).expresses(0, "threat")).isFalse();
    }

    @Test
    void aSureEnoughClassifierSpeaksDespiteAVeto() {
        // "2-Sterne-Bewertung" is one word to the phrase analysis, which the change verb defers to.
        Draft draft = draft().reason("OTHER").language("de")
                .body("Da das Problem gelöst ist, bitten wir Sie, Ihre 2-Sterne-Bewertung zu ändern oder zu löschen.").build();
        FieldIntents field = intents.of(draft, draft.body());
        assertThat(field.score(0, "review-change")).isGreaterThanOrEqualTo(0.97);
        assertThat(field.expresses(0, "review-change")).isTrue();
    }

    @Test
    void twoSentencesReadAsOneNeedTheHigherPairThreshold() {
        Draft gating = draft().reason("FEEDBACK_REQUEST").body("If the boots fit well, we would love a review on Amazon. "
                + "If something is wrong, please write to us here first instead of posting a review.").build();
        FieldIntents field = intents.of(gating, gating.body());
        assertThat(field.expressingAloneOrWithPrevious("review-change", s -> false)).isNotEmpty();

        Draft thanks = draft().reason("FEEDBACK_REQUEST").body("Every rating helps us see what we do well. "
                + "If you have already left feedback, thank you, and please ignore this message.").build();
        assertThat(intents.of(thanks, thanks.body()).expressingAloneOrWithPrevious("review-change", s -> false)).isEmpty();
    }

    @Test
    void findingsPointAtTheCueWhenThereIsOne() {
        Draft draft = draft().reason("OTHER").body("For quick help, just give us a call on 0161 496 0999 today.").build();
        FieldIntents field = intents.of(draft, draft.body());
        var spans = field.expressing("off-platform", s -> false);
        assertThat(spans).hasSize(1);
        assertThat(field.text().text().substring(spans.get(0).start(), spans.get(0).end())).isEqualTo("give us a call");
    }

    @Test
    void aRuleThatNeedsAnUnknownIntentFailsTheStart() {
        assertThatThrownBy(() -> intents.require("promotion", "upselling"))
                .isInstanceOf(RuleDataException.class)
                .hasMessageContaining("intents/settings.yaml")
                .hasMessageContaining("'upselling'");
    }

    @Test
    void sentencesOfAnIntentTheSettingsDoNotKnowFailTheStart(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> classifierWith(dir, "intents/en.yaml", "(?m)^  threat:", "  threats:"))
                .isInstanceOf(RuleDataException.class)
                .hasMessageContaining("intents/en.yaml");
    }

    @Test
    void aCueClassMissingFromALanguagePackFailsTheStart(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> classifierWith(dir, "intents/settings.yaml", "cues: \\[offensive.threat", "cues: [offensive.threats"))
                .isInstanceOf(RuleDataException.class)
                .hasMessageContaining("'offensive.threats' is missing from lang/");
    }

    @Test
    void aThresholdOutOfRangeNamesItsLine(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> classifierWith(dir, "intents/settings.yaml", "threshold: [0-9.]+", "threshold: 1.5"))
                .isInstanceOf(RuleDataException.class)
                .hasMessageMatching("(?s).*intents/settings.yaml.*line \\d+: intents\\.[a-z-]+\\.threshold: must be a probability.*");
    }

    @Test
    void anOverruleBelowTheThresholdNamesItsLine(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> classifierWith(dir, "intents/settings.yaml", "overrule: [0-9.]+", "overrule: 0.3"))
                .isInstanceOf(RuleDataException.class)
                .hasMessageMatching("(?s).*intents/settings.yaml.*line \\d+: intents\\.[a-z-]+\\.overrule: must be at least threshold.*");
    }

    @Test
    void aPairThresholdAboveOneNamesItsLine(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> classifierWith(dir, "intents/settings.yaml", "pairThreshold: [0-9.]+", "pairThreshold: 1.2"))
                .isInstanceOf(RuleDataException.class)
                .hasMessageMatching("(?s).*intents/settings.yaml.*line \\d+: intents\\.[a-z-]+\\.pairThreshold: must be at least threshold.*");
    }

    /** A classifier on a copy of the rules whose {@code file} has its first match of {@code regex} replaced. */
    private static IntentClassifier classifierWith(Path dir, String file, String regex, String replacement) throws IOException {
        RulesFolder.copyTo(dir);
        Path changed = dir.resolve(file);
        Files.writeString(changed, Files.readString(changed).replaceFirst(regex, replacement));
        return classifier(dir);
    }

    private static IntentClassifier classifier(Path dir) {
        RuleSet rules = new RuleSetLoader(new DefaultResourceLoader(), "file:" + dir + "/").load();
        return new IntentClassifier(rules, new Lexicon(rules), new TextNormalizer(new Confusables()));
    }
}
