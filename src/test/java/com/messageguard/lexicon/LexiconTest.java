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
        assertThat(lexicon.languages()).containsExactly("en", "de", "fr", "es", "it");
        assertThat(lexicon.classesOf("de")).contains("offplatform.invite", "optout.phrase");
    }

    @Test
    void takesTheRequestLanguageWhenAPackExists() {
        assertThat(lexicon.language(draft().language("fr").body("Hello, thank you").build())).isEqualTo("fr");
        assertThat(lexicon.language(draft().language("ja").body("Vielen Dank für Ihre Bestellung").build())).isEqualTo("de");
        assertThat(lexicon.language(draft().language("it").body("Hello, thank you").build())).isEqualTo("it");
    }

    @Test
    void detectsTheLanguageFromCommonWordsWithEnglishAsFallback() {
        assertThat(lexicon.language(draft().body("Guten Tag, vielen Dank für Ihre Bestellung.").build())).isEqualTo("de");
        assertThat(lexicon.language(draft().body("Bonjour, merci pour votre commande.").build())).isEqualTo("fr");
        assertThat(lexicon.language(draft().body("Hola, gracias por su pedido.").build())).isEqualTo("es");
        assertThat(lexicon.language(draft().body("Buongiorno, grazie per il suo ordine.").build())).isEqualTo("it");
        assertThat(lexicon.language(draft().body("Hello, thanks for your order.").build())).isEqualTo("en");
        assertThat(lexicon.language(draft().body("12345 !!!").build())).isEqualTo("en");
    }

    @Test
    void findsPhrasesTypedWithoutAccents() {
        Draft d = draft().language("fr").body("laissez-nous 5 etoiles, ecrivez-nous d'abord").build();
        var hits = lexicon.phrases(d.body());

        assertThat(hits.of("manipulation.positive", "fr")).extracting(PhraseHit::phrase).containsExactly("5 étoiles");
        assertThat(hits.of("manipulation.gating-first", "fr")).extracting(PhraseHit::phrase).contains("écrivez-nous d'abord");
    }

    @Test
    void readsAWordAfterItsElidedArticleToo() {
        var fr = lexicon.phrases(draft().language("fr").body("Nous avons noté l'annulation de votre commande.").build().body());
        assertThat(fr.of("cancellation.topic", "fr")).extracting(PhraseHit::phrase).containsExactly("annul*");

        // "l'avis" is listed as written and "avis" alone: the word is found once, not twice.
        var both = lexicon.phrases(draft().language("fr").body("Merci pour l'avis.").build().body());
        assertThat(both.of("review.term", "fr")).hasSize(1);
    }

    @Test
    void findsAPhraseWhosePronounIsJoinedWithAHyphen() {
        var fr = lexicon.phrases(draft().language("fr").body("Écrivez-moi directement à cette adresse.").build().body());
        assertThat(fr.of("offplatform.soft", "fr")).extracting(PhraseHit::phrase).contains("écrivez moi");
    }

    @Test
    void aShortWordKeepsTheAccentThatTellsItApart() {
        // "dé" (give) is an asking verb; "de" (of) is not one.
        Draft d = draft().language("es").body("una reseña de 5 estrellas").build();

        assertThat(lexicon.phrases(d.body()).of("review.ask", "es")).isEmpty();
    }

    @Test
    void findsPhrasesTypedInAHurry() {
        Draft d = draft().body("can u pls cancel it from ur end").build();
        var hits = lexicon.phrases(d.body());

        assertThat(hits.of("cancellation.cue", "en")).extracting(PhraseHit::phrase).contains("can you", "please");
        assertThat(hits.of("cancellation.yourside", "en")).extracting(PhraseHit::phrase).containsExactly("from your end");
    }

    @Test
    void informalSpellingsReplaceWholeWordsOnly() {
        InformalSpellings informal = new InformalSpellings(java.util.Map.of("you", java.util.List.of("u")));

        assertThat(informal.variants("thank you for your order")).containsExactly("thank u for your order");
        assertThat(informal.variants("youth")).isEmpty();
    }

    @Test
    void stopwordsAreCountedAsWrittenOnly() {
        // "für" without its accent is the English "fur": it must not vote German.
        assertThat(lexicon.language(draft().body("The fur trim of the hood is detachable.").build())).isEqualTo("en");
    }

    @Test
    void findsPrefixPhrasesAtWordStartsOnly() {
        Draft d = draft().body("Click Unsubscribed or unsubscribe-now; resubscribe stays.").build();
        var hits = lexicon.phrases(d.body()).of("optout.phrase", "en");

        assertThat(hits).extracting(PhraseHit::phrase).containsExactly("unsubscribe*", "unsubscribe*");
    }

    @Test
    void tellsItalianFromSpanishAndFrenchThatShareSomeOfItsWords() {
        // "la", "una", "con", "del", "le" are Italian and Spanish (or French) alike: the words of one language decide.
        assertThat(lexicon.language(draft().body("Le chiediamo una foto del prodotto con la confezione.").build()))
                .isEqualTo("it");
        assertThat(lexicon.language(draft().body("Le pedimos una foto del producto con la caja, por favor.").build()))
                .isEqualTo("es");
        assertThat(lexicon.language(draft().body("Merci de nous envoyer une photo de la boîte, s'il vous plaît.").build()))
                .isEqualTo("fr");
        assertThat(lexicon.language(draft().subject("Il suo ordine").body("Ci dispiace: l'articolo è esaurito.").build()))
                .isEqualTo("it");
    }

    @Test
    void shortMessagesOfOtherLanguagesDoNotReadAsItalian() {
        // Italian lists no word that is common in another language and missing from its pack.
        assertThat(lexicon.language(draft().body("Item shipped in a box.").build())).isEqualTo("en");
        assertThat(lexicon.language(draft().body("Come visit Sue at the pure cotton store.").build())).isEqualTo("en");
        assertThat(lexicon.language(draft().body("Price per unit: 5 EUR.").build())).isEqualTo("en");
        assertThat(lexicon.language(draft().body("c a l l  m e").build())).isEqualTo("en");
        assertThat(lexicon.language(draft().body("Il ne fonctionne pas ?").build())).isEqualTo("fr");
        assertThat(lexicon.language(draft().body("Se ha enviado hoy.").build())).isNotEqualTo("it");
    }

    @Test
    void findsItalianPhrasesAfterAnElidedArticle() {
        Draft d = draft().language("it").body("Grazie per l'ordine! Ci dia un'occhiata.").build();
        var phrases = lexicon.phrases(d.body());

        assertThat(phrases.of("purpose.thanks", "it")).extracting(PhraseHit::phrase).contains("grazie", "per l'ordine");
        assertThat(phrases.of("promotion.look", "it")).extracting(PhraseHit::phrase).containsExactly("dia un'occhiata");
    }

    @Test
    void aHitNamesItsClassLanguageAndPhrase() {
        var hits = lexicon.phrases(draft().body("Please leave us 5 stars, ecrivez-nous d'abord.").build().body());
        assertThat(hits.of("manipulation.positive", "en")).extracting(PhraseHit::termClass, PhraseHit::language,
                PhraseHit::phrase).containsExactly(org.assertj.core.groups.Tuple.tuple("manipulation.positive", "en", "5 star*"));
        assertThat(hits.ofEveryLanguage("manipulation.gating-first")).extracting(PhraseHit::termClass, PhraseHit::language)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("manipulation.gating-first", "fr"));
    }
}
