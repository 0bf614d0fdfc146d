package com.messageguard.rules.metadata;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.testing.RuleHarness;
import com.messageguard.testing.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewRequestTimingRuleTest {

    private final RuleHarness rule = new RuleHarness(new ReviewRequestTimingRule(TestRules.ruleSet()));

    @Test
    void warnsOnDay4AfterDelivery() {
        List<Violation> violations = rule.check(draft().reason("FEEDBACK_REQUEST").orderAgeDays(8).daysSinceDelivery(4));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("review-request-timing");
            assertThat(v.severity()).isEqualTo(Severity.WARN);
            assertThat(v.field()).isEqualTo("daysSinceDelivery");
            assertThat(v.start()).isNull();
            assertThat(v.excerpt()).isNull();
            assertThat(v.message()).isEqualTo("Review requests belong between 5 and 30 days after delivery.");
            assertThat(v.suggestion()).isEqualTo("Send the request between 5 and 30 days after delivery.");
        });
    }

    @Test
    void allowsDay5AfterDelivery() {
        assertThat(rule.check(draft().reason("FEEDBACK_REQUEST").orderAgeDays(9).daysSinceDelivery(5))).isEmpty();
    }

    @Test
    void allowsDay30AfterDelivery() {
        assertThat(rule.check(draft().reason("FEEDBACK_REQUEST").orderAgeDays(34).daysSinceDelivery(30))).isEmpty();
    }

    @Test
    void warnsOnDay31AfterDelivery() {
        assertThat(rule.check(draft().reason("FEEDBACK_REQUEST").orderAgeDays(35).daysSinceDelivery(31)))
                .singleElement().satisfies(v -> {
                    assertThat(v.severity()).isEqualTo(Severity.WARN);
                    assertThat(v.field()).isEqualTo("daysSinceDelivery");
                    assertThat(v.message()).contains("between 5 and 30 days");
                });
    }

    @Test
    void deliveryDecidesEvenWhenTheOrderIsYoung() {
        // The order age only stands in for a missing delivery day; once delivery is given, it decides.
        assertThat(rule.check(draft().reason("FEEDBACK_REQUEST").orderAgeDays(3).daysSinceDelivery(6))).isEmpty();
    }

    @Test
    void withoutDeliveryAnOrderYoungerThan5DaysIsTooEarly() {
        assertThat(rule.check(draft().reason("FEEDBACK_REQUEST").orderAgeDays(4))).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("review-request-timing");
            assertThat(v.severity()).isEqualTo(Severity.WARN);
            assertThat(v.field()).isEqualTo("orderAgeDays");
            assertThat(v.start()).isNull();
            assertThat(v.message()).isEqualTo("Review requests belong between 5 and 30 days after delivery.");
        });
    }

    @Test
    void withoutDeliveryAnOrderOf5DaysOrMoreCannotBeProvenWrong() {
        assertThat(rule.check(draft().reason("FEEDBACK_REQUEST").orderAgeDays(5))).isEmpty();
        assertThat(rule.check(draft().reason("FEEDBACK_REQUEST").orderAgeDays(40))).isEmpty();
    }

    @Test
    void ignoresMessagesThatAreNotReviewRequests() {
        assertThat(rule.check(draft().reason("ORDER_ISSUE").orderAgeDays(1).daysSinceDelivery(1))).isEmpty();
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").orderAgeDays(1))).isEmpty();
    }
}
