package com.messageguard.rules.metadata;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuyerOptedOutRuleTest {

    private final RuleHarness rule = new RuleHarness(new BuyerOptedOutRule());

    @Test
    void blocksANonCriticalProactiveMessageToABuyerWhoOptedOut() {
        List<Violation> violations = rule.check(draft().reason("PRODUCT_INSTRUCTIONS").context(null, true, null, null));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("buyer-opted-out");
            assertThat(v.severity()).isEqualTo(Severity.BLOCK);
            assertThat(v.field()).isEqualTo("context.buyerOptedOut");
            assertThat(v.start()).isNull();
            assertThat(v.end()).isNull();
            assertThat(v.excerpt()).isNull();
            assertThat(v.message()).isEqualTo("The buyer opted out of non-critical messages.");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"RETURN", "INVOICE", "WARRANTY", "PRODUCT_INSTRUCTIONS", "FEEDBACK_REQUEST", "OTHER"})
    void blocksEveryNonCriticalProactiveReason(String reason) {
        assertThat(rule.check(draft().reason(reason).context(null, true, null, null)))
                .singleElement().extracting(Violation::rule).isEqualTo("buyer-opted-out");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ORDER_ISSUE", "ADDITIONAL_INFORMATION", "CUSTOMIZATION", "DELIVERY_SCHEDULING",
            "SERVICE_APPOINTMENT", "LEGAL_DISCLOSURE", "DIGITAL_ACCESS_KEY"})
    void criticalReasonsReachBuyersWhoOptedOut(String reason) {
        assertThat(rule.check(draft().reason(reason).context(null, true, null, null))).isEmpty();
    }

    @Test
    void exemptsReplies() {
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").context(null, true, null, null))).isEmpty();
    }

    @Test
    void passesWhenTheBuyerDidNotOptOutOrItIsUnknown() {
        assertThat(rule.check(draft().reason("OTHER").context(null, false, null, null))).isEmpty();
        assertThat(rule.check(draft().reason("OTHER").context(null, null, null, null))).isEmpty();
    }
}
