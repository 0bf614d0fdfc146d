package com.messageguard.rules.attachment;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.testing.DraftBuilder;
import com.messageguard.testing.RuleHarness;
import com.messageguard.testing.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentCountRuleTest {

    private final RuleHarness rule = new RuleHarness(new AttachmentCountRule(TestRules.ruleSet()));

    private static DraftBuilder withAttachments(int count) {
        DraftBuilder draft = draft().reason("PRODUCT_INSTRUCTIONS");
        for (int i = 0; i < count; i++) {
            draft.attachment("page-" + i + ".pdf", "application/pdf", 10_000);
        }
        return draft;
    }

    @Test
    void blocksSixAttachmentsOnTheSixth() {
        List<Violation> violations = rule.check(withAttachments(6));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("attachment-count");
            assertThat(v.severity()).isEqualTo(Severity.BLOCK);
            assertThat(v.field()).isEqualTo("attachments[5]");
            assertThat(v.start()).isNull();
            assertThat(v.end()).isNull();
            assertThat(v.excerpt()).isNull();
            assertThat(v.message()).isEqualTo("The message has 6 attachments; at most 5 are allowed.");
            assertThat(v.suggestion()).isEqualTo("Send at most 5 files, or combine them into one PDF.");
        });
    }

    @Test
    void allowsFiveAttachments() {
        assertThat(rule.check(withAttachments(5))).isEmpty();
    }

    @Test
    void reportsManyAttachmentsOnce() {
        assertThat(rule.check(withAttachments(12))).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("attachments[5]");
            assertThat(v.message()).isEqualTo("The message has 12 attachments; at most 5 are allowed.");
        });
    }

    @Test
    void passesWithoutAttachments() {
        assertThat(rule.check(withAttachments(0))).isEmpty();
    }
}
