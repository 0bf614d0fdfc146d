package com.messageguard.lexicon;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Draft;
import com.messageguard.testing.TestRules;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private final Lexicon lexicon = new Lexicon(TestRules.ruleSet());

    @Test
    void loadsThePacksListedInTheSettings() {
        assertThat(lexicon.languages()).containsExactly("en", "de", "fr", "es");
        assertThat(lexicon.classesOf("de")).contains("offplatform.invite", "optout.phrase");
    }

    @Test
    void takesTheRequestLanguageWhenAPackExists() {
        assertThat(lexicon.language(draft().language("fr").body("Hello, thank you").build())).isEqualTo("fr");
        assertThat(lexicon.language(draft().language("ja").body("Vielen Dank für Ihre Bestellung").build())).isEqualTo("de");
    }

    @Test
    void detectsTheLanguageFromCommonWordsWithEnglishAsFallback() {
        assertThat(lexicon.language(draft().body("Guten Tag, vielen Dank für Ihre Bestellung.").build())).isEqualTo("de");
        assertThat(lexicon.language(draft().body("Bonjour, merci pour votre commande.").build())).isEqualTo("fr");
        assertThat(lexicon.language(draft().body("Hola, gracias por su pedido.").build())).isEqualTo("es");
        assertThat(lexicon.language(draft().body("Hello, thanks for your order.").build())).isEqualTo("en");
        assertThat(lexicon.language(draft().body("12345 !!!").build())).isEqualTo("en");
    }

    @Test
    void findsPrefixPhrasesAtWordStartsOnly() {
        Draft d = draft().body("Click Unsubscribed or unsubscribe-now; resubscribe stays.").build();
        var hits = lexicon.phrases(d.body()).of("optout.phrase", "en");

        assertThat(hits).extracting(PhraseHit::phrase).containsExactly("unsubscribe*", "unsubscribe*");
    }
}
