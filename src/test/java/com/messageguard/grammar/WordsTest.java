package com.messageguard.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void aWordsCoreLeavesOutThePunctuationAroundIt() {
        List<Words.Word> words = Words.of("(ASIN B0C7QJ4K2M), \"Sig.ra\" don't -- ok!");

        assertThat(words).extracting(Words.Word::core).containsExactly("ASIN", "B0C7QJ4K2M", "Sig.ra", "don't", "ok");
        assertThat(words.get(0).start()).isEqualTo(1);
        assertThat(words.get(1).end()).isEqualTo(16);
    }

    @Test
    void sentencesStartAtTheTextALineOrAfterAClosingMarkButNotAfterAnAbbreviation() {
        List<Words.Word> words = Words.of("Hello Ms. Okafor, thanks. Sure?\nYes: fine");

        assertThat(words).extracting(Words.Word::core, Words.Word::sentenceStart).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Hello", true),
                org.assertj.core.groups.Tuple.tuple("Ms", false),
                org.assertj.core.groups.Tuple.tuple("Okafor", false),
                org.assertj.core.groups.Tuple.tuple("thanks", false),
                org.assertj.core.groups.Tuple.tuple("Sure", true),
                org.assertj.core.groups.Tuple.tuple("Yes", true),
                org.assertj.core.groups.Tuple.tuple("fine", true));
        assertThat(words).extracting(Words.Word::line).containsExactly(0, 0, 0, 0, 0, 1, 1);
    }
}
