package com.messageguard.rules.attachment;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.testing.RuleHarness;
import com.messageguard.testing.TestRules;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attachments plus the body's UTF-8 bytes may be at most 10 MB (10,485,760 bytes). */
class AttachmentSizeRuleTest {

    private static final long TEN_MB = 10_485_760L;

    private final RuleHarness rule = new RuleHarness(new AttachmentSizeRule(TestRules.ruleSet()));

    @Test
    void blocksOneByteOverTenMegabytes() {
        String body = "Your invoice for order 113-4567890-1234567 is attached.";
        long bodyBytes = body.getBytes(StandardCharsets.UTF_8).length;

        List<Violation> violations = rule.check(draft().reason("INVOICE").body(body)
                .attachment("invoice.pdf", "application/pdf", TEN_MB - bodyBytes + 1));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("attachment-size");
            assertThat(v.severity()).isEqualTo(Severity.BLOCK);
            assertThat(v.field()).isEqualTo("attachments[0]");
            assertThat(v.start()).isNull();
            assertThat(v.end()).isNull();
            assertThat(v.excerpt()).isNull();
            assertThat(v.message()).isEqualTo("The attachments and text together exceed 10485760 bytes.");
        });
    }

    @Test
    void allowsExactlyTenMegabytes() {
        String body = "Your invoice for order 113-4567890-1234567 is attached.";
        long bodyBytes = body.getBytes(StandardCharsets.UTF_8).length;

        assertThat(rule.check(draft().reason("INVOICE").body(body)
                .attachment("invoice.pdf", "application/pdf", TEN_MB - bodyBytes))).isEmpty();
    }

    @Test
    void countsTheBodyInUtf8BytesNotCharacters() {
        // "é" is 2 bytes, "€" 3 and "😀" 4 (two UTF-16 units): 9 bytes in 3 characters.
        String body = "é€😀";
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(9);

        assertThat(rule.check(draft().body(body).attachment("scan.pdf", null, TEN_MB - 9))).isEmpty();
        assertThat(rule.check(draft().body(body).attachment("scan.pdf", null, TEN_MB - 8)))
                .singleElement().extracting(Violation::rule).isEqualTo("attachment-size");
    }

    @Test
    void addsUpAllAttachmentsAndReportsTheOneThatCrossesTheLimit() {
        String body = "Manuals for order 113-4567890-1234567.";
        long bodyBytes = body.getBytes(StandardCharsets.UTF_8).length;
        long third = TEN_MB - bodyBytes - 2 * 4_000_000L;

        assertThat(rule.check(draft().body(body)
                .attachment("a.pdf", null, 4_000_000)
                .attachment("b.pdf", null, 4_000_000)
                .attachment("c.pdf", null, third))).isEmpty();

        List<Violation> violations = rule.check(draft().body(body)
                .attachment("a.pdf", null, 4_000_000)
                .attachment("b.pdf", null, 4_000_000)
                .attachment("c.pdf", null, third + 1)
                .attachment("d.pdf", null, 5_000_000));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("attachments[2]");
            assertThat(v.severity()).isEqualTo(Severity.BLOCK);
        });
    }

    @Test
    void doesNotOverflowOnHugeSizes() {
        assertThat(rule.check(draft()
                .attachment("a.pdf", null, Long.MAX_VALUE)
                .attachment("b.pdf", null, Long.MAX_VALUE)))
                .singleElement().extracting(Violation::field).isEqualTo("attachments[0]");
    }

    @Test
    void passesSmallAttachmentsAndMessagesWithoutAttachments() {
        assertThat(rule.check(draft().attachment("invoice.pdf", "application/pdf", 250_000))).isEmpty();
        assertThat(rule.check(draft())).isEmpty();
    }
}
