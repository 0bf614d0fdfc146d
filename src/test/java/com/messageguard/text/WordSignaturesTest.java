package com.messageguard.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordSignaturesTest {

    private static final List<String> WORDS = List.of("street", "straße", "rue", "calle", "avenue", "st", "a", "ñandú");

    private final WordSignatures signatures = signaturesOf(WORDS);

    private static WordSignatures signaturesOf(List<String> words) {
        WordSignatures signatures = new WordSignatures();
        words.forEach(signatures::add);
        return signatures;
    }

    @Test
    void neverTurnsAwayAListedWordInAnyCase() {
        for (String word : WORDS) {
            String text = "at " + word.toUpperCase(Locale.ROOT) + " now";
            // Upper-casing "ß" gives "SS", a longer word: the list holds the lower-case form.
            if (word.contains("ß")) {
                text = "at Straße now";
            }
            int start = 3;
            int end = text.indexOf(' ', start);
            assertThat(signatures.mightContain(text, start, end)).as(word).isTrue();
        }
    }

    @Test
    void turnsAwayWordsOfAnotherLengthOrStart() {
        assertThat(signatures.mightContain("streets", 0, 7)).isFalse();
        assertThat(signatures.mightContain("order", 0, 5)).isFalse();
        assertThat(signatures.mightContain("", 0, 0)).isFalse();
    }

    @Test
    void anEmptyListLetsNothingThrough() {
        WordSignatures none = signaturesOf(List.of());
        assertThat(none.mightContain("street", 0, 6)).isFalse();
    }
}
