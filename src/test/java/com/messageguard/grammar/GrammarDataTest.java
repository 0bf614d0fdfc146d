package com.messageguard.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.messageguard.MessageGuardApplication;
import com.messageguard.ruledata.RuleDataException;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.ruledata.RuleSetLoader;
import com.messageguard.testing.RulesFolder;
import com.messageguard.testing.TestIntents;
import com.messageguard.testing.TestRules;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.io.DefaultResourceLoader;

/** grammar.yaml: the shipped file is sound, and a broken one stops start-up naming the line. */
class GrammarDataTest {

    @TempDir
    Path dir;

    private RuleSet rulesWith(String from, String to) throws IOException {
        RulesFolder.copyTo(dir);
        Path file = dir.resolve(GrammarData.FILE);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
        return new RuleSetLoader(new DefaultResourceLoader(), "file:" + dir + "/").load();
    }

    /** A checker of its own on {@code rules}: the cross-file checks run when it is built. */
    private static GrammarChecker checkerOn(RuleSet rules) {
        return new GrammarChecker(rules, TestIntents.lexicon(), new GrammarSettings(List.of(), 1, Duration.ofSeconds(1)),
                new SimpleMeterRegistry());
    }

    @Test
    void theShippedFileCoversEveryLanguagePack() {
        assertThat(GrammarFixture.DATA.languages().keySet())
                .containsExactlyInAnyOrderElementsOf(TestRules.ruleSet().settings().languages());
        assertThat(GrammarFixture.DATA.languages().values()).allSatisfy(l -> assertThat(l.warmUp()).isNotBlank());
    }

    @Test
    void everyLanguageToolIdOfTheShippedFileExists() {
        Set<String> everywhere = new HashSet<>();
        GrammarFixture.DATA.languages().forEach((code, language) -> {
            Set<String> known = GrammarFixture.pool(code).knownIds();
            assertThat(known).as("LanguageTool ids of %s", code)
                    .containsAll(language.disabledRules()).containsAll(language.disabledCategories());
            everywhere.addAll(known);
        });
        assertThat(everywhere).containsAll(GrammarFixture.DATA.disabledCategories());
    }

    @Test
    void rejectsAnIdThatIsNoLanguageToolIdWithItsLine() throws IOException {
        assertThatThrownBy(() -> rulesWith("      - DASH_RULE\n", "      - dash rule\n").data(GrammarData.FILE, GrammarData.class))
                .isInstanceOf(RuleDataException.class)
                .hasMessageMatching("(?s)grammar\\.yaml: line \\d+: languages\\.en\\.disabledRules\\[3]: must be a LanguageTool id .*");
    }

    @Test
    void rejectsAnUnknownKeyAndAMissingLanguageToolLanguage() throws IOException {
        assertThatThrownBy(() -> rulesWith("  fr:\n    languageTool: fr\n", "  fr:\n    languagetool: fr\n")
                .data(GrammarData.FILE, GrammarData.class))
                .isInstanceOf(RuleDataException.class).hasMessageContaining("unknown key 'languagetool'");
        assertThatThrownBy(() -> rulesWith("  fr:\n    languageTool: fr\n", "  fr:\n    accept: [oui]\n")
                .data(GrammarData.FILE, GrammarData.class))
                .isInstanceOf(RuleDataException.class).hasMessageContaining("languages.fr.languageTool: is required");
    }

    @Test
    void rejectsALanguageNoPackHas() throws IOException {
        RuleSet rules = rulesWith("languages:\n", "languages:\n  nl:\n    languageTool: nl\n    heapMb: 50\n    warmUp: Hallo.\n");

        assertThatThrownBy(() -> checkerOn(rules)).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("grammar.yaml: languages.nl: no language pack of settings.yaml has this code");
    }

    @Test
    void rejectsANotProseRuleTheCatalogLacks() throws IOException {
        RuleSet rules = rulesWith("notProse: [email-address,", "notProse: [e-mail-address,");

        assertThatThrownBy(() -> checkerOn(rules)).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("grammar.yaml: notProse: 'e-mail-address' is no rule of catalog.yaml");
    }

    @Test
    void startUpStopsOnAPreloadOfALanguageWithoutGrammarData() {
        SpringApplication app = new SpringApplication(MessageGuardApplication.class);

        assertThatThrownBy(() -> app.run("--server.port=0", "--messageguard.grammar.preload=en,nl"))
                .hasStackTraceContaining("messageguard.grammar.preload: 'nl' is not a language of grammar.yaml");
    }

    @Test
    void startUpStopsOnABrokenGrammarFileNamingItsLine() throws IOException {
        rulesWith("    capitalizedNouns: true\n", "    capitalizedNouns: sometimes\n");
        List<String> lines = Files.readAllLines(dir.resolve(GrammarData.FILE));
        int line = lines.indexOf("    capitalizedNouns: sometimes") + 1;
        SpringApplication app = new SpringApplication(MessageGuardApplication.class);

        assertThatThrownBy(() -> app.run("--server.port=0", "--messageguard.rules-dir=" + dir))
                .hasStackTraceContaining("grammar.yaml: line " + line + ": languages.de.capitalizedNouns: Cannot deserialize");
    }
}
