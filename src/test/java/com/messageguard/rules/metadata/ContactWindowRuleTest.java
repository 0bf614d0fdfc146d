package com.messageguard.rules.metadata;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.testing.RuleHarness;
import com.messageguard.testing.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactWindowRuleTest {

    private final RuleHarness rule = new RuleHarness(new ContactWindowRule(TestRules.ruleSet()));

    @Test
    void blocksAProactiveMessageOnDay31AfterTheOrder() {
        List<Violation> violations = rule.check(draft().reason("ORDER_ISSUE").orderAgeDays(31));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("contact-window");
            assertThat(v.severity()).isEqualTo(Severity.BLOCK);
            assertThat(v.field()).isEqualTo("orderAgeDays");
            assertThat(v.start()).isNull();
            assertThat(v.message()).contains("31 days after the order").contains("30 days");
        });
    }

    @Test
    void allowsDay30() {
        assertThat(rule.check(draft().reason("ORDER_ISSUE").orderAgeDays(30))).isEmpty();
    }

    @Test
    void exemptsReplies() {
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").orderAgeDays(90))).isEmpty();
    }

    @Test
    void deliveryDecidesWhenKnown() {
        assertThat(rule.check(draft().reason("OTHER").orderAgeDays(40).daysSinceDelivery(30))).isEmpty();
        assertThat(rule.check(draft().reason("OTHER").orderAgeDays(40).daysSinceDelivery(31)))
                .singleElement().extracting(Violation::field).isEqualTo("daysSinceDelivery");
    }
}
