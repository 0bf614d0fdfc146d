package com.messageguard.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which words a finding must leave alone, without LanguageTool. */
class QuietWordsTest {

    private static GrammarData.Language language(boolean capitalizedNouns, List<String> nameCues, List<String> accept) {
        return new GrammarData.Language("xx", List.of(), capitalizedNouns, nameCues, accept, List.of(), List.of(), 10, "Warm.");
    }

    private static final QuietWords ENGLISH = new QuietWords(List.of("Re"), language(false, List.of(), List.of("ASAP")));
    private static final QuietWords GERMAN = new QuietWords(List.of("Re"), language(true, List.of("Frau"), List.of()));

    private static List<String> quiet(QuietWords words, String text, boolean letter) {
        return words.of(text, letter).stream().map((Span s) -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void identifiersAreQuiet() {
        assertThat(quiet(ENGLISH, "Order 113-4567890-1234567, ASIN B0C7QJ4K2M, SKU LL-CUSH, model hf300, a@b.example, "
                + "www.shop.example and shop.example/sale today", false))
                .containsExactly("113-4567890-1234567", "ASIN", "B0C7QJ4K2M", "SKU", "LL-CUSH", "hf300", "a@b.example",
                        "www.shop.example", "shop.example/sale");
    }

    @Test
    void brandsWithACapitalInsideAreQuietAnywhere() {
        assertThat(quiet(GERMAN, "KüchenKraft und PhotoMend sind da", false)).containsExactly("KüchenKraft", "PhotoMend");
    }

    @Test
    void capitalsInsideASentenceAreNamesOnlyWhereNounsAreNotCapitalized() {
        String text = "Thanks. Your Brightway lamp ships. Brightway";
        assertThat(quiet(ENGLISH, text, false)).containsExactly("Brightway");
        assertThat(quiet(GERMAN, "Ihr Brightway Paket kommt bei Frau Nordby an.", false)).containsExactly("Nordby");
    }

    @Test
    void theGreetingsNamesAndTheSignaturesCapitalizedWordsAreQuietInALetter() {
        String letter = "Sehr geehrte Frau Brzoska,\n\nIhr Paket kommt morgen.\n\nMit freundlichen Grüßen\nKleine Werkstatt Bamberg";

        assertThat(quiet(GERMAN, letter, true))
                .containsExactly("Frau", "Brzoska", "Kleine", "Werkstatt", "Bamberg");
        assertThat(quiet(GERMAN, letter, false)).containsExactly("Brzoska");
    }

    @Test
    void aLastLineThatClosesASentenceIsNoSignatureButOneEndingInAnAbbreviationIs() {
        assertThat(quiet(GERMAN, "Hallo,\n\nIhr Paket kommt morgen.\nDanke Ihnen.", true)).isEmpty();
        assertThat(quiet(GERMAN, "Hallo,\n\nIhr Paket kommt morgen.\nMeadowbrook Tea Co.", true))
                .containsExactly("Meadowbrook", "Tea", "Co");
    }

    @Test
    void acceptedWordsAreQuietInAnyCase() {
        assertThat(quiet(ENGLISH, "re: please reply asap", false)).containsExactly("re", "asap");
        assertThat(ENGLISH.isAccepted(" Asap ")).isTrue();
        assertThat(quiet(GERMAN, "re: bitte antworten", false)).containsExactly("re");
    }

    @Test
    void theClosingWordsAboveTheSignaturesNamesAreStillChecked() {
        assertThat(quiet(ENGLISH, "Hi,\n\nIt ships today.\n\nBest regads,\nAnna", true)).containsExactly("Anna");
    }
}
