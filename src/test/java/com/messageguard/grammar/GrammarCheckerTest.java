package com.messageguard.grammar;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.CheckResult;
import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.ruledata.RuleSetLoader;
import com.messageguard.testing.RulesFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.DefaultResourceLoader;

/** Drafts with mistakes in each language, and drafts whose unusual words are no mistakes. */
class GrammarCheckerTest {

    @Test
    void theIssuesExampleGetsFourSpellingWarningsEachWithASuggestion() {
        List<Violation> found = GrammarFixture.grammar(draft().body("Your ordr has shiped and will arive tomorow."));

        assertThat(found).extracting(Violation::excerpt).containsExactly("ordr", "shiped", "arive", "tomorow");
        assertThat(found).extracting(Violation::start).containsExactly(5, 14, 30, 36);
        assertThat(found).extracting(Violation::end).containsExactly(9, 20, 35, 43);
        assertThat(found).allSatisfy(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARN);
            assertThat(v.field()).isEqualTo("body");
            assertThat(v.detail()).isEqualTo("MORFOLOGIK_RULE_EN_US");
            assertThat(v.message()).isEqualTo("\"" + v.excerpt() + "\" may be misspelled.");
            assertThat(v.suggestion()).startsWith("Did you mean \"");
        });
        assertThat(found.get(0).suggestion()).isEqualTo("Did you mean \"order\", \"ODR\" or \"ORD\"?");
        assertThat(found.get(3).suggestion()).isEqualTo("Did you mean \"tomorrow\"?");
    }

    static Stream<Arguments> mistakesPerLanguage() {
        return Stream.of(
                Arguments.of("en", "We has send you a new one yesterday.", List.of("has", "send"),
                        List.of("BASE_FORM", "PRP_HAVE_VB")),
                Arguments.of("de", "Ihre Bestelung wurde gestern verschikt und komt morgen an.",
                        List.of("Bestelung", "verschikt", "komt"), List.of("GERMAN_SPELLER_RULE")),
                Arguments.of("de", "Wir haben den Paket gestern verschickt.", List.of("den Paket"), List.of("DE_AGREEMENT")),
                Arguments.of("fr", "Votre comande a été expédiée et arivera demain.", List.of("comande", "arivera"),
                        List.of("FR_SPELLING_RULE")),
                Arguments.of("fr", "Les colis est parti hier.", List.of("est"), List.of("ACCORD_SUJET_VERBE")),
                Arguments.of("es", "Hemos enviado su pedidio hoy y yegará mañana.", List.of("pedidio", "yegará"),
                        List.of("MORFOLOGIK_RULE_ES")),
                Arguments.of("es", "Su pedido se a enviado hoy.", List.of("a"), List.of("PRON_HABER_PARTICIPIO")),
                Arguments.of("it", "Ci scusiamo per il ritardo della spedizzione.", List.of("spedizzione"),
                        List.of("MORFOLOGIK_RULE_IT_IT")),
                Arguments.of("it", "Il corriere a perso il pacco, le spediamo un'altro pacco.", List.of("a perso", "un'altro"),
                        List.of("ER_01_001", "GR_04_001")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("mistakesPerLanguage")
    void findsSpellingAndGrammarMistakesInEachLanguage(String language, String body, List<String> excerpts,
                                                      List<String> details) {
        List<Violation> found = GrammarFixture.grammar(draft().language(language).body(body));

        assertThat(found).extracting(Violation::excerpt).containsExactlyElementsOf(excerpts);
        assertThat(found).extracting(Violation::detail).containsOnly(details.toArray(String[]::new));
        assertThat(found).allSatisfy(v -> {
            assertThat(v.start()).isEqualTo(body.indexOf(v.excerpt()));
            assertThat(v.suggestion()).doesNotContain("{").contains("\"");
        });
    }

    @Test
    void aGrammarFindingQuotesTheSellersWordsWithLanguageToolsExplanation() {
        Violation found = GrammarFixture.grammar(draft().language("fr").body("Les colis est parti hier.")).get(0);

        assertThat(found.message()).isEqualTo("\"est\": Le verbe devrait être à la 3ᵉ personne du pluriel.");
        assertThat(found.suggestion()).isEqualTo("Write \"sont\" instead of \"est\".");
    }

    @Test
    void theSubjectIsProofreadButNotTheBuyersSubjectQuotedInAReply() {
        List<Violation> own = GrammarFixture.grammar(draft().reason("ORDER_ISSUE").subject("Your ordr is delayed")
                .body("Your order ships on Monday."));
        List<Violation> quoted = GrammarFixture.grammar(draft().reason("BUYER_INQUIRY_REPLY").subject("Re: Wher is my ordr")
                .body("Your order ships on Monday."));

        assertThat(own).extracting(Violation::field, Violation::excerpt).containsExactly(
                org.assertj.core.groups.Tuple.tuple("subject", "ordr"));
        assertThat(quoted).isEmpty();
    }

    @Test
    void offsetsPointIntoTheOriginalTextWhereTheFindingWasMadeInNormalizedText() {
        String body = "Ｙｏｕｒ ｏｒｄｒ has\u200b shiped.";
        List<Violation> found = GrammarFixture.grammar(draft().body(body));

        assertThat(found).extracting(Violation::excerpt).containsExactly("ｏｒｄｒ", "shiped");
        assertThat(found).allSatisfy(v -> assertThat(body.substring(v.start(), v.end())).isEqualTo(v.excerpt()));
    }

    @Test
    void identifiersNamesBrandsAndReportedAddressesAreNoMistakes() {
        String body = "Hello Ms. Okafor,\n\nThe filter you ordered (ASIN B0C7QJ4K2M, model HF-300, SKU LL-CUSH) in order "
                + "113-4567890-1234567 fits your AP-300S purifier. It ships with UPS, tracking 1Z999AA10123456784, and "
                + "your PhotoMend kit and the Brightway lamp are in the same box. Write to anna at gmaill dot com if "
                + "anything is missing.\n\nBest regards,\nSvenja Okonkwo\nOakline Goods";

        assertThat(GrammarFixture.grammar(draft().body(body))).isEmpty();
        assertThat(GrammarFixture.grammar(draft().body(body.replace("same box", "same bxo"))))
                .extracting(Violation::excerpt).containsExactly("bxo");
    }

    @Test
    void germanNamesAreKnownByTheirPlaceWhereEveryNounIsCapitalized() {
        String body = "Sehr geehrte Frau Brzoska,\n\nIhr Sofa Modell Nordby passt in Ihr Wohnzimmer, und die "
                + "Bestellung 306-2247719-8830145 geht morgen raus.\n\nMit freundlichen Grüßen\nKleine Werkstatt Bamberg";

        assertThat(GrammarFixture.grammar(draft().language("de").body(body))).isEmpty();
        assertThat(GrammarFixture.grammar(draft().language("de").body(body.replace("Bestellung", "Bestelung"))))
                .extracting(Violation::excerpt).containsExactly("Bestelung");
    }

    @Test
    void wordsOnTheAcceptListAreNeverFlagged(@TempDir Path dir) throws IOException {
        String body = "Hello Sam,\n\nYour garden kneeler ships today.";
        RulesFolder.copyTo(dir);
        Path grammar = dir.resolve(GrammarData.FILE);
        Files.writeString(grammar, Files.readString(grammar).replace("accept:\n", "accept:\n  - kneeler\n"));
        RuleSet rules = new RuleSetLoader(new DefaultResourceLoader(), "file:" + dir + "/").load();

        assertThat(GrammarFixture.grammar(draft().body(body))).extracting(Violation::excerpt).containsExactly("kneeler");
        GrammarChecker accepting = GrammarFixture.checker(rules, new GrammarSettings(List.of(), 2, Duration.ofSeconds(30)));
        assertThat(GrammarFixture.grammar(GrammarFixture.engine(accepting), draft().body(body))).isEmpty();
    }

    @Test
    void withoutCheckGrammarNothingIsProofreadAndGrammarCheckedIsAbsent() {
        CheckResult result = GrammarFixture.engine(GrammarFixture.CHECKER)
                .check(draft().body("Your ordr has shiped.").checkGrammar(false).build());

        assertThat(result.grammarChecked()).isNull();
        assertThat(result.violations()).isEmpty();
    }

    @Test
    void aCheckOverItsTimeIsAnsweredWithoutGrammarAndSaysSo() {
        GrammarChecker hurried = GrammarFixture.checker(new GrammarSettings(List.of(), 2, Duration.ofNanos(1)));
        GrammarFixture.pool("en");

        CheckResult result = GrammarFixture.engine(hurried).check(draft().checkGrammar(true)
                .body("Your ordr has shiped; write to anna@example.com with questions.").build());

        assertThat(result.grammarChecked()).isFalse();
        assertThat(result.violations()).extracting(Violation::rule).containsExactly("email-address");
    }

    @Test
    void aLanguageWithoutGrammarDataIsNotProofreadAndNothingIsLoadedForIt(@TempDir Path dir) throws IOException {
        RulesFolder.copyTo(dir);
        Path grammar = dir.resolve(GrammarData.FILE);
        String yaml = Files.readString(grammar);
        Files.writeString(grammar, yaml.substring(0, yaml.indexOf("  it:\n")));
        RuleSet rules = new RuleSetLoader(new DefaultResourceLoader(), "file:" + dir + "/").load();
        GrammarChecker checker = new GrammarChecker(rules, com.messageguard.testing.TestIntents.lexicon(),
                new GrammarSettings(List.of(), 2, Duration.ofSeconds(1)), new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

        CheckResult result = GrammarFixture.engine(checker).check(draft().language("it").checkGrammar(true)
                .body("Ci scusiamo per il ritardo della spedizzione.").build());

        assertThat(result.grammarChecked()).isFalse();
        assertThat(checker.loadedLanguages()).isEmpty();
        checker.destroy();
    }
}
