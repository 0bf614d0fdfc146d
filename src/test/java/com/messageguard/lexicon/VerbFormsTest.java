package com.messageguard.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.messageguard.testing.TestRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VerbFormsTest {

    private static VerbForms of(String language) {
        return TestRules.ruleSet().data("lang/" + language + ".yaml", LanguagePack.class).verbs();
    }

    @Test
    void writesOutTheSpanishFormsThatAskAndThoseWithAPronounWithTheirAccents() {
        List<String> forms = of("es").forms("dejar:ask");

        assertThat(forms).contains("dejar", "deje", "dejes", "dejas", "dejen", "dejarnos", "déjenos", "déjanos", "dejara");
        assertThat(forms).doesNotContain("dejó", "dejado", "dejamos", "dejarla");
        assertThat(of("es").forms("dejar:it")).contains("dejarla", "déjela", "dejándola").doesNotContain("deje");
        assertThat(of("es").forms("dejar")).contains("dejó", "dejado", "dejaste", "dejaré");
    }

    @Test
    void spellsTheStemAsTheEndingNeedsIt() {
        assertThat(of("es").forms("publicar")).contains("publique", "publiqué", "publíquela", "publica");
        assertThat(of("es").forms("cambiar")).contains("cámbiela", "cambie");
        assertThat(of("it").forms("lasciare")).contains("lasci", "lasciamo", "lascerà", "lasciala", "lasciato")
                .doesNotContain("lascii", "lascierà");
        assertThat(of("it").forms("pubblicare")).contains("pubblichi", "pubblicherò", "pubblicato");
        assertThat(of("it").forms("cambiare")).contains("cambi", "cambiamo", "cambierò").doesNotContain("cambii");
        assertThat(of("fr").forms("effacer")).contains("effaçons", "effacez", "effacé");
    }

    @Test
    void givesGermanParticiplesTheirPrefixWhereTheVerbTakesOne() {
        assertThat(of("de").forms("löschen")).contains("lösche", "löscht", "gelöscht", "löschten");
        assertThat(of("de").forms("bewerten")).contains("bewertet", "bewertest", "bewertete").doesNotContain("gebewertet");
        assertThat(of("de").forms("aktualisieren")).contains("aktualisiert").doesNotContain("geaktualisiert");
        assertThat(of("de").forms("zurück|schicken")).contains("zurückgeschickt", "zurückschicken");
        assertThat(of("de").forms("ändern")).contains("ändere", "geändert", "änderte");
    }

    @Test
    void expandsEveryVerbOfAPhrase() {
        assertThat(of("es").expand("si {dejar:ask} una reseña")).contains("si dejas una reseña", "si deje una reseña");
        assertThat(of("es").expand("sin verbo")).containsExactly("sin verbo");
    }

    @Test
    void refusesAVerbItCannotConjugate() {
        VerbForms es = of("es");
        assertThatThrownBy(() -> es.expand("{xyz}")).hasMessageContaining("ends in none of the infinitive endings");
        assertThatThrownBy(() -> es.expand("{dejar:past}")).hasMessageContaining("names set 'past'");
        assertThatThrownBy(() -> es.expand("{dejar")).hasMessageContaining("does not close");
    }

    @Test
    void aPackThatNamesAnUnknownVerbFailsItsChecks() {
        LanguagePack pack = new LanguagePack("es", List.of("el"), Map.of("review.ask", List.of("{xyz}")), Map.of(),
                new VerbForms(Map.of("ar", Map.of("ask", List.of("ar"))), List.of(), null), null, null);
        var checks = new com.messageguard.ruledata.Checks();
        pack.check(checks);

        assertThat(checks.problems()).extracting(com.messageguard.ruledata.Checks.Problem::message)
                .anyMatch(m -> m.contains("ends in none of the infinitive endings"));
    }
}
