package com.messageguard.rules.format;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MissingOrderIdRuleTest {

    private final RuleHarness rule = new RuleHarness(new MissingOrderIdRule());

    @Test
    void warnsOnAProactiveMessageWithoutOrderId() {
        List<Violation> violations = rule.check(draft().reason("ORDER_ISSUE")
                .subject("About your order")
                .body("The colour you chose is out of stock; shall we send the blue one?"));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("missing-order-id");
            assertThat(v.severity()).isEqualTo(Severity.WARN);
            assertThat(v.field()).isEqualTo("body");
            assertThat(v.start()).isNull();
            assertThat(v.end()).isNull();
            assertThat(v.excerpt()).isNull();
            assertThat(v.message()).isEqualTo("The message does not name the order it is about.");
        });
    }

    @Test
    void passesWithTheOrderIdInTheBody() {
        assertThat(rule.check(draft().reason("ORDER_ISSUE").body("Your order 113-4567890-1234567 is delayed."))).isEmpty();
    }

    @Test
    void passesWithTheOrderIdInTheSubjectOnly() {
        assertThat(rule.check(draft().reason("ORDER_ISSUE")
                .subject("Order 113-4567890-1234567")
                .body("The colour you chose is out of stock."))).isEmpty();
    }

    @Test
    void exemptsReplies() {
        assertThat(rule.check(draft().reason("BUYER_INQUIRY_REPLY").body("Yes, it fits the 2019 model."))).isEmpty();
    }

    @Test
    void fullWidthDigitsOfAnOrderIdCount() {
        assertThat(rule.check(draft().reason("OTHER").body("Your order １１３－４５６７８９０－１２３４５６７ is ready."))).isEmpty();
        assertThat(rule.check(draft().reason("OTHER").body("Your order １１３-４５６７８９０-１２３４５６７ is ready."))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Your order 113-4567890-123456 is delayed.",
            "Your order 1113-4567890-1234567 is delayed.",
            "Your order 113-4567890-12345678 is delayed.",
            "Your order 11345678901234567 is delayed.",
            "Tracking 1Z999AA10123456784, ASIN B00EXAMPLE, call ref 4567890."})
    void warnsWhenTheNumberIsNotAnOrderId(String body) {
        assertThat(rule.check(draft().reason("RETURN").body(body)))
                .singleElement().extracting(Violation::rule).isEqualTo("missing-order-id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ORDER_ISSUE", "DIGITAL_ACCESS_KEY", "RETURN", "INVOICE", "FEEDBACK_REQUEST", "OTHER"})
    void everyProactiveReasonNeedsAnOrderId(String reason) {
        assertThat(rule.check(draft().reason(reason).body("Please see the attached document."))).hasSize(1);
    }
}
