package com.messageguard.rules.review;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.messageguard.engine.Draft;
import com.messageguard.lexicon.Lexicon;
import com.messageguard.ruledata.RuleDataException;
import com.messageguard.ruledata.RuleSetLoader;
import com.messageguard.testing.TestIntents;
import com.messageguard.testing.RulesFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.DefaultResourceLoader;

class ReviewLanguageTest {

    private static ReviewText read(String body) {
        Draft draft = draft().body(body).build();
        return ReviewFixture.REVIEWS.text(draft.body(), ReviewFixture.REVIEWS.language(draft));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Please leave us a review.|Please leave us a review",
            "We'd love your reviews!|We'd love your reviews",
            "Could you tell us whether you have reviewed it yet?|Could you tell us whether you have reviewed",
            "Please re-view the lamp on Amazon.|Please re-view",
            "Please leave some feed back on Amazon.|Please leave some feed back",
            "We'd appreciate a 5 star rating.|We'd appreciate a 5 star rating",
            "Please consider a five-star review.|Please consider a five-star review",
            "Please leave us ⭐️⭐️⭐️⭐️⭐️!|Please leave us ⭐️⭐️⭐️⭐️⭐️",
            "Please give our kettle ★★★★★.|Please give our kettle ★★★★★",
            "Your ratings would help us a lot.|ratings would help us",
    })
    void recognizesInflectionsAndSpellings(String body, String words) {
        ReviewText text = read(body);
        assertThat(text.mentionsReview()).isTrue();
        assertThat(text.requests()).as(body).singleElement().satisfies(r -> assertThat(r.words()).isEqualTo(words));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We will review your photos today.",
            "We've reviewed your claim and issued the refund.",
            "Your case is under review.",
            "The rating label is on the back.",
            "Use a star screwdriver for the cover.",
            "Vous recevrez un avis de passage.",
            "Si cambia de opinión, avísenos.",
    })
    void knowsOtherSensesOfReviewWords(String body) {
        assertThat(read(body).mentionsReview()).as(body).isFalse();
    }

    @Test
    void offsetsMapToTheOriginalThroughNormalization() {
        // Full-width letters and a zero-width space are normalized away; offsets still point at the original.
        String body = "Ｐｌｅａｓｅ leave us a re\u200Bview.";
        ReviewText text = read(body);
        ReviewText.Request request = text.requests().get(0);
        int start = text.match().view().originalStart(request.start());
        assertThat(start).isZero();
        assertThat(request.words()).isEqualTo("Ｐｌｅａｓｅ leave us a re\u200Bview");
    }

    @Test
    void analysesEachFieldOncePerLanguage() {
        Draft draft = draft().body("Please leave us a review.").build();
        assertThat(ReviewFixture.REVIEWS.text(draft.body(), "en")).isSameAs(ReviewFixture.REVIEWS.text(draft.body(), "en"));
    }

    @Test
    void everyPackNeedsTheReviewClasses(@TempDir Path dir) throws IOException {
        RulesFolder.copyTo(dir);
        Path fr = dir.resolve("lang/fr.yaml");
        Files.writeString(fr, Files.readString(fr).replaceFirst("(?m)^  manipulation\\.instruct:", "  manipulation.instructions:"));
        Lexicon lexicon = new Lexicon(new RuleSetLoader(new DefaultResourceLoader(), "file:" + dir + "/").load());
        assertThatThrownBy(() -> new ReviewLanguage(lexicon, TestIntents.classifier()))
                .isInstanceOf(RuleDataException.class)
                .hasMessageContaining("lang/fr.yaml")
                .hasMessageContaining("classes.manipulation.instruct: missing");
    }
}
