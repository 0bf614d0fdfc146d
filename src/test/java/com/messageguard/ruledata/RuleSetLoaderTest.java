package com.messageguard.ruledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.messageguard.MessageGuardApplication;
import com.messageguard.engine.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.io.DefaultResourceLoader;

/** The rules folder is read strictly, and a mistake names the file, the line and the problem. */
class RuleSetLoaderTest {

    @TempDir
    Path dir;

    private Path copyOfRepoRules() throws IOException {
        return com.messageguard.testing.RulesFolder.copyTo(dir);
    }

    private RuleSet load() {
        return new RuleSetLoader(new DefaultResourceLoader(), "file:" + dir + "/").load();
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    @Test
    void loadsTheRepositoryRules() throws IOException {
        copyOfRepoRules();
        RuleSet rules = load();

        assertThat(rules.version()).isEqualTo("2026.11.0");
        assertThat(rules.reasonIds()).hasSize(14).startsWith("BUYER_INQUIRY_REPLY");
        assertThat(rules.reason("CUSTOMIZATION").orElseThrow().textLimit()).isEqualTo(800);
        assertThat(rules.reason("RETURN").orElseThrow().critical()).isFalse();
        assertThat(rules.rule("emoji").orElseThrow().severityOf("emoticon")).isEqualTo(Severity.WARN);
        assertThat(rules.settings().dailyLimit().limitFor(40)).isEqualTo(800);
    }

    @Test
    void namesFileLineAndKeyOfAnUnknownKey() throws IOException {
        copyOfRepoRules();
        replace(RuleSetLoader.SETTINGS, "  maxDays: 30", "  maxDayz: 30");

        assertThatThrownBy(this::load).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("settings.yaml")
                .hasMessageContaining("line 7")
                .hasMessageContaining("unknown key 'maxDayz'");
    }

    @Test
    void rejectsAnOutOfRangeValueWithItsLine() throws IOException {
        copyOfRepoRules();
        replace(RuleSetLoader.SETTINGS, "warnFromFraction: 0.9", "warnFromFraction: 1.5");

        assertThatThrownBy(this::load).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("settings.yaml")
                .hasMessageContaining("line 14: dailyLimit.warnFromFraction: must be above 0 and at most 1, was 1.5");
    }

    @Test
    void rejectsAnUnknownSeverity() throws IOException {
        copyOfRepoRules();
        replace(RuleSetLoader.CATALOG, "  link:\n    severity: BLOCK", "  link:\n    severity: BLOK");

        assertThatThrownBy(this::load).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("catalog.yaml")
                .hasMessageContaining("rules.link.severity")
                .hasMessageContaining("BLOK");
    }

    @Test
    void rejectsADuplicateKey() throws IOException {
        copyOfRepoRules();
        replace(RuleSetLoader.CONTACT_REASONS, "  OTHER:", "  RETURN:\n    description: again\n  OTHER:");

        assertThatThrownBy(this::load).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("contact-reasons.yaml")
                .hasMessageContaining("Duplicate")
                .hasMessageContaining("RETURN");
    }

    @Test
    void rejectsAMissingTextAndAPlaceholderInAPolicy() throws IOException {
        copyOfRepoRules();
        replace(RuleSetLoader.CATALOG, "    message: The message contains an email address.\n", "");
        assertThatThrownBy(this::load).hasMessageContaining("catalog.yaml").hasMessageContaining("rules.email-address.message: is required");

        copyOfRepoRules();
        replace(RuleSetLoader.CATALOG, "policy: A message may carry at most 5 attachments.",
                "policy: A message may carry at most {maxCount} attachments.");
        assertThatThrownBy(this::load).hasMessageContaining("rules.attachment-count.policy: may not hold {placeholders}");
    }

    @Test
    void rejectsMalformedYamlAndAMissingFile() throws IOException {
        copyOfRepoRules();
        Files.writeString(dir.resolve(RuleSetLoader.CONTACT_REASONS), "reasons:\n  OTHER: [unclosed\n");
        assertThatThrownBy(this::load).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("contact-reasons.yaml").hasMessageContaining("line ");

        Files.delete(dir.resolve(RuleSetLoader.CATALOG));
        Files.copy(Path.of("rules", RuleSetLoader.CONTACT_REASONS), dir.resolve(RuleSetLoader.CONTACT_REASONS),
                StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(this::load).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("catalog.yaml").hasMessageContaining("not found");
    }

    @Test
    void rejectsAnInconsistentReason() throws IOException {
        copyOfRepoRules();
        replace(RuleSetLoader.CONTACT_REASONS, "    reply: true", "    reply: true\n    critical: true");

        assertThatThrownBy(this::load)
                .hasMessageContaining("contact-reasons.yaml: line 11: reasons.BUYER_INQUIRY_REPLY.critical: a reply reason cannot also be critical");
    }

    @Test
    void startUpStopsOnABrokenRuleFileNamingIt() throws IOException {
        copyOfRepoRules();
        replace(RuleSetLoader.SETTINGS, "  maxCount: 5", "  maxCount: -5");
        SpringApplication app = new SpringApplication(MessageGuardApplication.class);

        assertThatThrownBy(() -> app.run("--server.port=0", "--messageguard.rules-dir=" + dir))
                .hasRootCauseInstanceOf(RuleDataException.class)
                .hasStackTraceContaining("settings.yaml: line 23: attachments.maxCount: must be greater than 0, was -5");
    }

    @Test
    void startUpStopsWhenAnImplementedRuleHasNoCatalogEntry() throws IOException {
        copyOfRepoRules();
        String catalog = Files.readString(dir.resolve(RuleSetLoader.CATALOG));
        int start = catalog.indexOf("  daily-limit:");
        int end = catalog.indexOf("  review-request-repeat:");
        Files.writeString(dir.resolve(RuleSetLoader.CATALOG), catalog.substring(0, start) + catalog.substring(end));
        SpringApplication app = new SpringApplication(MessageGuardApplication.class);

        assertThatThrownBy(() -> app.run("--server.port=0", "--messageguard.rules-dir=" + dir))
                .hasStackTraceContaining("catalog.yaml: rule 'daily-limit' is implemented but has no entry");
    }

    @Test
    void theServiceRunsOnAnOverriddenRulesFolder() throws IOException {
        copyOfRepoRules();
        replace(RuleSetLoader.SETTINGS, "rulesVersion: \"2026.11.0\"", "rulesVersion: \"custom-1\"");
        SpringApplication app = new SpringApplication(MessageGuardApplication.class);

        try (var context = app.run("--server.port=0", "--messageguard.rules-dir=" + dir)) {
            assertThat(context.getBean(RuleSet.class).version()).isEqualTo("custom-1");
        }
    }
}
