package com.messageguard.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchTextTest {

    private final TextNormalizer normalizer = new TextNormalizer(new Confusables());

    @Test
    void lowerCasesWordsJoinsThemBySpacesAndSentencesByLineBreaks() {
        MatchText t = MatchText.of(normalizer.normalize("Hello Anna!  Please RE-VIEW the 5-star e-mail, thanks.\n\nBye"));

        assertThat(t.text()).isEqualTo("hello anna\nplease review the 5star email thanks\nbye");
        assertThat(t.sentenceCount()).isEqualTo(3);
        assertThat(t.sentenceAt(t.text().indexOf("review"))).isEqualTo(1);
        assertThat(t.text().substring(t.sentenceStart(1), t.sentenceEnd(1))).isEqualTo("please review the 5star email thanks");
    }

    /** Pictographs are words of their own, letters beyond the BMP lower-cased: each maps back to its own characters. */
    @Test
    void mapsPictographsAndLettersBeyondTheBmpBackToTheirCharacters() {
        String original = "Top \uD83D\uDC4D\uD83C\uDFFD quality \uD801\uDC00 \uD83C\uDDE9\uD83C\uDDEA";
        MatchText t = MatchText.of(NormalizedText.identity(original));

        assertThat(t.text()).isEqualTo("top \uD83D\uDC4D quality \uD801\uDC28 \uD83C\uDDE9 \uD83C\uDDEA");
        NormalizedText view = t.view();
        int thumb = t.text().indexOf('\uD83D');
        assertThat(view.originalStart(thumb)).isEqualTo(original.indexOf('\uD83D'));
        assertThat(view.originalEnd(thumb + 2)).isEqualTo(original.indexOf('\uD83D') + 2);
        int deseret = t.text().indexOf("\uD801\uDC28");
        assertThat(original.substring(view.originalStart(deseret), view.originalEnd(deseret + 2))).isEqualTo("\uD801\uDC00");
        assertThat(view.originalStart(deseret + 1)).isEqualTo(view.originalStart(deseret));
    }

    @Test
    void mapsWordsBackToTheOriginalCharacters() {
        String original = "Please RE-VIEW it";
        MatchText t = MatchText.of(normalizer.normalize(original));
        int start = t.text().indexOf("review");
        NormalizedText view = t.view();

        assertThat(original.substring(view.originalStart(start), view.originalEnd(start + "review".length()))).isEqualTo("RE-VIEW");
    }

    @Test
    void readsAWordSpelledOutLetterByLetterAsTheWord() {
        String original = "Our technician answers faster on T e l e g r a m, or on ｗ ｈ ａ ｔ ｓ ａ ｐ ｐ.";
        MatchText t = MatchText.of(normalizer.normalize(original));
        NormalizedText view = t.view();

        assertThat(t.text()).isEqualTo("our technician answers faster on telegram or on whatsapp");
        int start = t.text().indexOf("telegram");
        assertThat(original.substring(view.originalStart(start), view.originalEnd(start + 8))).isEqualTo("T e l e g r a m");
        start = t.text().indexOf("whatsapp");
        assertThat(original.substring(view.originalStart(start), view.originalEnd(start + 8))).isEqualTo("ｗ ｈ ａ ｔ ｓ ａ ｐ ｐ");
    }

    @Test
    void leavesShortRunsOfSingleLettersAsWords() {
        MatchText t = MatchText.of(normalizer.normalize("Sizes S M L, il y a un souci, J R R Tolkien, A1 B2 C3 D4."));

        assertThat(t.text()).isEqualTo("sizes s m l il y a un souci j r r tolkien a1 b2 c3 d4");
    }

    @Test
    void makesEachPictographAWordWithoutItsSelector() {
        MatchText t = MatchText.of(normalizer.normalize("leave us ⭐️⭐️⭐️ or ★★, it's great"));

        assertThat(t.text()).isEqualTo("leave us ⭐ ⭐ ⭐ or ★ ★ it's great");
    }

    @Test
    void keepsAbbreviationsAndDecimalsInOneSentence() {
        MatchText t = MatchText.of(normalizer.normalize("It costs 12.50 e.g. today"));
        assertThat(t.sentenceCount()).isEqualTo(1);
        assertThat(MatchText.canonical(" Opt-Out ")).isEqualTo("optout");
    }

    @Test
    void knowsWhereEachWordStartsAndEnds() {
        MatchText t = MatchText.of(normalizer.normalize("Hi, ⭐⭐ RE-VIEW!\nok"));

        assertThat(t.text()).isEqualTo("hi ⭐ ⭐ review\nok");
        assertThat(t.wordCount()).isEqualTo(5);
        StringBuilder words = new StringBuilder();
        for (int w = 0; w < t.wordCount(); w++) {
            words.append('[').append(t.text(), t.wordStart(w), t.wordEnd(w)).append(']');
        }
        assertThat(words).hasToString("[hi][⭐][⭐][review][ok]");
    }
}
