package com.messageguard.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer(new Confusables());

    private static String originalOf(NormalizedText t, int start, int end) {
        return t.original().substring(t.originalStart(start), t.originalEnd(end));
    }

    @Test
    void mapsFullWidthAndMathematicalLettersToPlainOnesKeepingOriginalOffsets() {
        String original = "Call ５５５ or 𝐛𝐨𝐥𝐝 text";
        NormalizedText t = normalizer.normalize(original);

        assertThat(t.text()).isEqualTo("Call 555 or bold text");
        int bold = t.text().indexOf("bold");
        assertThat(originalOf(t, bold, bold + 4)).isEqualTo("𝐛𝐨𝐥𝐝");
        assertThat(originalOf(t, 5, 8)).isEqualTo("５５５");
    }

    @Test
    void decodesCharacterReferencesAsABrowserShowsThem() {
        String original = "Write to rosa&#64;fernhollow&#46;co, bob&commat;shop&period;com or an&#x200B;na&#X40;ex.com &amp; more";
        NormalizedText t = normalizer.normalize(original);

        assertThat(t.text()).isEqualTo("Write to rosa@fernhollow.co, bob@shop.com or anna@ex.com & more");
        int at = t.text().indexOf('@');
        assertThat(originalOf(t, at, at + 1)).isEqualTo("&#64;");
        assertThat(originalOf(t, at - 4, at + 14)).isEqualTo("rosa&#64;fernhollow&#46;co");
    }

    @Test
    void leavesWhatIsNoCharacterReferenceAsWritten() {
        String original = "Tom & Jerry &unknown; &#; &#0; &#xD800; &#12345678 &amp";
        assertThat(normalizer.normalize(original).text()).isEqualTo(original);
    }

    @Test
    void dropsZeroWidthCharactersSoftHyphensAndBidiControls() {
        String original = "an\u200Bna@ex\u00ADam\u200Dple\u202E.com\u2060";
        NormalizedText t = normalizer.normalize(original);

        assertThat(t.text()).isEqualTo("anna@example.com");
        assertThat(originalOf(t, 0, t.length())).isEqualTo("an\u200Bna@ex\u00ADam\u200Dple\u202E.com");
    }

    @Test
    void keepsEmojiJoinersAndVariationSelectors() {
        String family = "👨\u200D👩\u200D👧 ❤\uFE0F";
        assertThat(normalizer.normalize(family).text()).isEqualTo(family);
    }

    @Test
    void composesCombiningMarksAsNfkcDoes() {
        NormalizedText t = normalizer.normalize("cafe\u0301 ok");

        assertThat(t.text()).isEqualTo("café ok");
        assertThat(originalOf(t, 3, 4)).isEqualTo("e\u0301");
    }

    @Test
    void foldsCyrillicAndGreekLookAlikesInsideLatinWords() {
        NormalizedText t = normalizer.normalize("write to gm\u0430il.c\u043Em or \u0440ay\u0440al");

        assertThat(t.text()).isEqualTo("write to gmail.com or paypal");
    }

    @Test
    void foldsWholeLookAlikeWordsInMostlyLatinText() {
        assertThat(normalizer.normalize("Our shop is \u0455\u04BB\u043E\u0440 now, thanks").text())
                .isEqualTo("Our shop is shop now, thanks");
    }

    @Test
    void leavesRussianAndGreekTextAlone() {
        String russian = "Спасибо за заказ, ваш товар отправлен";
        String greek = "Ευχαριστούμε για την παραγγελία σας";
        assertThat(normalizer.normalize(russian).text()).isEqualTo(russian);
        assertThat(normalizer.normalize(greek).text()).isEqualTo(greek);
    }

    @Test
    void lowerKeepsOffsets() {
        NormalizedText t = normalizer.normalize("ＡＢＣ Def");
        assertThat(t.lower()).isEqualTo("abc def");
        assertThat(t.lower()).hasSameSizeAs(t.text());
    }

    @Test
    void handlesLoneSurrogatesAndEmptyText() {
        assertThat(normalizer.normalize("").text()).isEmpty();
        NormalizedText t = normalizer.normalize("a\uD800b\uDC00c");
        assertThat(t.text()).startsWith("a").endsWith("c");
        assertThat(t.originalEnd(t.length())).isEqualTo(5);
    }
}
