package com.messageguard.rules.review;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Severity;
import com.messageguard.rules.metadata.ReviewRequestRepeatRule;
import com.messageguard.testing.RuleHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** review-request-repeat counts review requests written in the text under any reason. */
class ReviewRequestRepeatFreeTextTest {

    private final RuleHarness rule = new RuleHarness(new ReviewRequestRepeatRule(ReviewFixture.REVIEWS));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "WARRANTY|Your sewing machine has a 25-year warranty. And if you have a moment, we'd appreciate an honest review on Amazon.",
            "ORDER_ISSUE|The mixer ships two days late. Once it arrives, we'd be grateful if you left a review.",
            "BUYER_INQUIRY_REPLY|Glad it works now! Please leave us some feedback on Amazon.",
            "ORDER_ISSUE|Ihre Bestellung verzögert sich. Über eine ehrliche Bewertung würden wir uns trotzdem freuen.",
            "WARRANTY|Votre garantie est jointe. Merci de laisser un avis sur Amazon.",
            "RETURN|Hemos recibido su devolución. Por favor, deje una reseña sobre nuestro servicio.",
    })
    void blocksASecondRequestWrittenInTheText(String reason, String body) {
        assertThat(rule.check(draft().reason(reason).orderAgeDays(12).body(body).context(true, null, null, null)))
                .singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("review-request-repeat");
                    assertThat(v.severity()).isEqualTo(Severity.BLOCK);
                    assertThat(v.field()).isEqualTo("context.reviewAlreadyRequested");
                });
    }

    @Test
    void aFeedbackRequestStillCountsByItsReason() {
        assertThat(rule.check(draft().reason("FEEDBACK_REQUEST").orderAgeDays(12).body("Hello, how is your lamp?")
                .context(true, null, null, null))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We will review your photos and send a free replacement.",
            "Thank you for the feedback about the zipper pull.",
            "Since the problem is resolved, please remove the 1-star review.",
            "Your warranty card is attached; the rating label is on the back of the unit.",
    })
    void passesMessagesThatAskForNoReview(String body) {
        assertThat(rule.check(draft().reason("WARRANTY").body(body).context(true, null, null, null))).isEmpty();
    }

    @Test
    void passesAFirstRequestInTheText() {
        String body = "Once it arrives, we'd be grateful if you left a review.";
        assertThat(rule.check(draft().reason("ORDER_ISSUE").body(body).context(false, null, null, null))).isEmpty();
        assertThat(rule.check(draft().reason("ORDER_ISSUE").body(body))).isEmpty();
    }
}
