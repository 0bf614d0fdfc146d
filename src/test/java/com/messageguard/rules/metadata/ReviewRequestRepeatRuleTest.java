package com.messageguard.rules.metadata;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.testing.TestIntents;
import com.messageguard.rules.review.ReviewLanguage;
import com.messageguard.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewRequestRepeatRuleTest {

    private final RuleHarness rule = new RuleHarness(
            new ReviewRequestRepeatRule(new ReviewLanguage(TestIntents.lexicon(), TestIntents.classifier())));

    @Test
    void blocksASecondReviewRequestForTheSameOrder() {
        List<Violation> violations = rule.check(draft().reason("FEEDBACK_REQUEST").orderAgeDays(10).daysSinceDelivery(7)
                .context(true, null, null, null));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("review-request-repeat");
            assertThat(v.severity()).isEqualTo(Severity.BLOCK);
            assertThat(v.field()).isEqualTo("context.reviewAlreadyRequested");
            assertThat(v.start()).isNull();
            assertThat(v.excerpt()).isNull();
            assertThat(v.message()).isEqualTo("A review or feedback has already been requested for this order.");
        });
    }

    @Test
    void passesTheFirstReviewRequest() {
        assertThat(rule.check(draft().reason("FEEDBACK_REQUEST").orderAgeDays(10).context(false, null, null, null))).isEmpty();
    }

    @Test
    void passesWhenItIsUnknownWhetherAReviewWasRequested() {
        assertThat(rule.check(draft().reason("FEEDBACK_REQUEST").orderAgeDays(10))).isEmpty();
    }

    @Test
    void passesAMessageThatIsNotAReviewRequest() {
        assertThat(rule.check(draft().reason("ORDER_ISSUE").context(true, null, null, null))).isEmpty();
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").context(true, null, null, null))).isEmpty();
    }
}
