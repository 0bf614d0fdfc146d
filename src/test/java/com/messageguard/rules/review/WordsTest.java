package com.messageguard.rules.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.text.MatchText;
import com.messageguard.text.NormalizedText;
import org.junit.jupiter.api.Test;

/** Where the review finders look up the word of a match-text offset. */
class WordsTest {

    @Test
    void steppingForwardFindsTheWordTheSearchFinds() {
        for (String text : new String[] {"", "review", "Please, leave us a review. Thank you!\n\nBest, Anna",
                "a b c d e f g h i j k l m n o p q r s t u v w x y z " + "five stars ".repeat(40)}) {
            MatchText match = MatchText.of(NormalizedText.identity(text));
            Words words = Words.of(match);
            for (int offset = 0; offset < match.text().length(); offset++) {
                int expected = words.at(offset);
                for (int from = 0; from <= expected; from++) {
                    assertThat(words.atOrAfter(offset, from)).as("offset %d from word %d of \"%s\"", offset, from, text)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void anOffsetBeforeTheFirstWordBelongsToTheFirst() {
        Words words = Words.of(MatchText.of(NormalizedText.identity("  ... review")));
        assertThat(words.at(0)).isZero();
        assertThat(words.atOrAfter(0, 0)).isZero();
    }
}
