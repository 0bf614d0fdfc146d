package com.messageguard.rules.contact;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.testing.RuleHarness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpecialFontRuleTest {

    private final RuleHarness rule = new RuleHarness(new SpecialFontRule());

    @Test
    void warnsOnMathematicalBoldWithOffsetsInTheOriginalText() {
        List<Violation> violations = rule.check(draft().body("Hello,\n\n𝐏𝐥𝐞𝐚𝐬𝐞 𝐧𝐨𝐭𝐞: charge for 8 hours."));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("special-font");
            assertThat(v.severity()).isEqualTo(Severity.WARN);
            assertThat(v.field()).isEqualTo("body");
            assertThat(v.start()).isEqualTo(8);
            assertThat(v.end()).isEqualTo(29);
            assertThat(v.excerpt()).isEqualTo("𝐏𝐥𝐞𝐚𝐬𝐞 𝐧𝐨𝐭𝐞");
            assertThat(v.message()).isEqualTo("The message uses styled Unicode letters as a font.");
        });
    }

    @Test
    void reportsOneFindingPerRun() {
        String body = "Ⓓⓔⓛⓘⓥⓔⓡⓨ ⓦⓘⓝⓓⓞⓦⓢ:\n- Monday\nＩＭＰＯＲＴＡＮＴ: read 𝒯𝒽𝒶𝓃𝓀 𝓎ℴ𝓊 and ʜᴇʟʟᴏ";

        assertThat(rule.check(draft().body(body)))
                .extracting(Violation::start, Violation::end, Violation::excerpt)
                .containsExactly(
                        tuple(0, 16, "Ⓓⓔⓛⓘⓥⓔⓡⓨ ⓦⓘⓝⓓⓞⓦⓢ"),
                        tuple(27, 36, "ＩＭＰＯＲＴＡＮＴ"),
                        tuple(43, 59, "𝒯𝒽𝒶𝓃𝓀 𝓎ℴ𝓊"),
                        tuple(64, 69, "ʜᴇʟʟᴏ"));
    }

    @Test
    void aRunBridgesPunctuationBetweenStyledLettersOfAnyStyle() {
        assertThat(rule.check(draft().body("ＩＭＰＯＲＴＡＮＴ: 𝒯𝒽𝒶𝓃𝓀 𝓎ℴ𝓊!")))
                .extracting(Violation::start, Violation::end, Violation::excerpt)
                .containsExactly(tuple(0, 27, "ＩＭＰＯＲＴＡＮＴ: 𝒯𝒽𝒶𝓃𝓀 𝓎ℴ𝓊"));
    }

    @Test
    void checksTheSubjectToo() {
        assertThat(rule.check(draft().subject("𝗦𝗣𝗥𝗜𝗡𝗚 𝗦𝗔𝗟𝗘").body("Plain text.")))
                .extracting(Violation::field, Violation::start, Violation::end)
                .containsExactly(tuple("subject", 0, 21));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Merci pour votre commande, à bientôt ! Straße, niño, smørrebrød.",
            "Καλημέρα, ευχαριστώ για την παραγγελία.",
            "Здравствуйте, спасибо за заказ.",
            "ご注文ありがとうございます。ＵＳＢケーブルを発送しました。",
            "Call ０８００ １２３ ４５６ or ＋４９ ３０ １２３４５.",
            "Store at 25 ℃, form № 5, Brand™, 2 ℓ.",
            "The 2ⁿᵈ floor; Mᵐᵉ Dupont.",
            "Blood type 🅰️ and 🅱️"})
    void ordinaryTextHasNoFinding(String body) {
        assertThat(rule.check(draft().body(body))).isEmpty();
    }
}
