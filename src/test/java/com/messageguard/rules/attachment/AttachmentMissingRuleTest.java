package com.messageguard.rules.attachment;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentMissingRuleTest {

    private final RuleHarness rule = new RuleHarness(new AttachmentMissingRule());

    @Test
    void warnsOnAnInvoiceWithoutAttachment() {
        List<Violation> violations = rule.check(draft().reason("INVOICE"));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("attachment-missing");
            assertThat(v.severity()).isEqualTo(Severity.WARN);
            assertThat(v.field()).isEqualTo("contactReason");
            assertThat(v.start()).isNull();
            assertThat(v.end()).isNull();
            assertThat(v.excerpt()).isNull();
            assertThat(v.message()).isEqualTo("Messages with the reason INVOICE normally carry a document, but nothing is attached.");
        });
    }

    @Test
    void warnsOnAWarrantyWithoutAttachment() {
        assertThat(rule.check(draft().reason("WARRANTY"))).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARN);
            assertThat(v.message()).contains("the reason WARRANTY");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"INVOICE", "WARRANTY"})
    void passesWhenADocumentIsAttached(String reason) {
        assertThat(rule.check(draft().reason(reason).attachment("document.pdf", "application/pdf", 50_000))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BUYER_INQUIRY_REPLY", "ORDER_ISSUE", "PRODUCT_INSTRUCTIONS", "RETURN", "LEGAL_DISCLOSURE", "OTHER"})
    void otherReasonsNeedNoAttachment(String reason) {
        assertThat(rule.check(draft().reason(reason))).isEmpty();
    }
}
