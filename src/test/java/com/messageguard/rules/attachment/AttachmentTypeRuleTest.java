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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentTypeRuleTest {

    private final RuleHarness rule = new RuleHarness(new AttachmentTypeRule(TestRules.ruleSet()));

    @Test
    void blocksAnExecutableDisguisedByADoubleExtension() {
        List<Violation> violations = rule.check(draft().reason("INVOICE")
                .attachment("invoice.pdf.exe", null, 20_000));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("attachment-type");
            assertThat(v.severity()).isEqualTo(Severity.BLOCK);
            assertThat(v.field()).isEqualTo("attachments[0]");
            assertThat(v.start()).isNull();
            assertThat(v.end()).isNull();
            assertThat(v.excerpt()).isNull();
            assertThat(v.message()).isEqualTo("The attachment type is not allowed (extension .exe, content type (none)).");
        });
    }

    @Test
    void namesTheContentTypeWithoutItsParameters() {
        assertThat(rule.check(draft().attachment("setup.exe", "Application/X-MSDownload; name=setup.exe", 1000)))
                .singleElement().extracting(Violation::message)
                .isEqualTo("The attachment type is not allowed (extension .exe, content type application/x-msdownload).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes.txt", "letter.doc", "letter.docx", "invoice.pdf", "photo.jpg", "photo.jpeg",
            "photo.png", "anim.gif", "scan.bmp", "scan.tif", "scan.tiff"})
    void allowsEveryListedExtension(String fileName) {
        assertThat(rule.check(draft().attachment(fileName, null, 1000))).isEmpty();
    }

    @Test
    void theExtensionIsCaseInsensitive() {
        assertThat(rule.check(draft().attachment("PHOTO.JPG", null, 1000))).isEmpty();
        assertThat(rule.check(draft().attachment("Invoice.Pdf", "APPLICATION/PDF", 1000))).isEmpty();
    }

    @Test
    void theLastExtensionDecides() {
        assertThat(rule.check(draft().attachment("archive.exe.pdf", "application/pdf", 1000))).isEmpty();
        assertThat(rule.check(draft().attachment("invoice.pdf.zip", null, 1000)))
                .singleElement().extracting(Violation::message).asString().contains("extension .zip");
    }

    @Test
    void allowsAContentTypeWithParameters() {
        assertThat(rule.check(draft().attachment("notes.txt", "text/plain; charset=utf-8", 1000))).isEmpty();
    }

    @Test
    void blocksADisallowedContentTypeOnAnAllowedExtension() {
        assertThat(rule.check(draft().attachment("invoice.pdf", "application/x-msdownload", 1000)))
                .singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("attachment-type");
                    assertThat(v.severity()).isEqualTo(Severity.BLOCK);
                    assertThat(v.field()).isEqualTo("attachments[0]");
                    assertThat(v.message()).isEqualTo(
                            "The attachment type is not allowed (extension .pdf, content type application/x-msdownload).");
                });
    }

    @ParameterizedTest
    @CsvSource({"invoice", "invoice.", "README"})
    void blocksANameWithoutExtension(String fileName) {
        assertThat(rule.check(draft().attachment(fileName, "application/pdf", 1000)))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("attachments[0]");
                    assertThat(v.message()).isEqualTo(
                            "The attachment type is not allowed (extension (none), content type application/pdf).");
                });
    }

    @Test
    void reportsEveryDisallowedFileUnderItsOwnIndex() {
        List<Violation> violations = rule.check(draft()
                .attachment("invoice.pdf", "application/pdf", 1000)
                .attachment("macro.docm", null, 1000)
                .attachment("photo.png", "image/png", 1000)
                .attachment("script.js", "text/javascript", 1000));

        assertThat(violations).extracting(Violation::field).containsExactly("attachments[1]", "attachments[3]");
        assertThat(violations).allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.BLOCK));
    }

    @Test
    void passesWithoutAttachments() {
        assertThat(rule.check(draft())).isEmpty();
    }
}
