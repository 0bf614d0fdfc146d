package com.messageguard.rules.attachment;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.testing.RuleHarness;
import com.messageguard.testing.TestRules;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An image over 2 MB (2,097,152 bytes) warns. */
class ImageSizeRuleTest {

    private static final long TWO_MB = 2_097_152L;

    private final RuleHarness rule = new RuleHarness(new ImageSizeRule(TestRules.ruleSet()));

    @Test
    void warnsOnAnImageOneByteOverTwoMegabytes() {
        List<Violation> violations = rule.check(draft().reason("ORDER_ISSUE")
                .attachment("damage.jpg", "image/jpeg", TWO_MB + 1));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("image-size");
            assertThat(v.severity()).isEqualTo(Severity.WARN);
            assertThat(v.field()).isEqualTo("attachments[0]");
            assertThat(v.start()).isNull();
            assertThat(v.end()).isNull();
            assertThat(v.excerpt()).isNull();
            assertThat(v.message()).isEqualTo("The image is larger than 2097152 bytes.");
        });
    }

    @Test
    void allowsAnImageOfExactlyTwoMegabytes() {
        assertThat(rule.check(draft().attachment("damage.jpg", "image/jpeg", TWO_MB))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.jpg", "a.JPEG", "a.png", "a.gif", "a.bmp", "a.tif", "a.tiff"})
    void knowsImagesByExtension(String fileName) {
        assertThat(rule.check(draft().attachment(fileName, null, TWO_MB + 1)))
                .singleElement().extracting(Violation::rule).isEqualTo("image-size");
    }

    @Test
    void knowsImagesByContentType() {
        assertThat(rule.check(draft().attachment("photo.webp", "image/webp", TWO_MB + 1)))
                .singleElement().extracting(Violation::rule).isEqualTo("image-size");
    }

    @Test
    void ignoresLargeDocuments() {
        assertThat(rule.check(draft()
                .attachment("manual.pdf", "application/pdf", 8_000_000)
                .attachment("notes.txt", "text/plain", TWO_MB + 1))).isEmpty();
    }

    @Test
    void warnsForEveryLargeImage() {
        List<Violation> violations = rule.check(draft()
                .attachment("front.png", "image/png", 3_000_000)
                .attachment("small.png", "image/png", 100_000)
                .attachment("back.png", "image/png", 3_000_000));

        assertThat(violations).extracting(Violation::field).containsExactly("attachments[0]", "attachments[2]");
        assertThat(violations).allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.WARN));
    }

    @Test
    void passesWithoutAttachments() {
        assertThat(rule.check(draft())).isEmpty();
    }
}
