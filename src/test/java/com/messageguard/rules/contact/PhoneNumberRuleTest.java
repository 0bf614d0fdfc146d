package com.messageguard.rules.contact;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.ruledata.RuleDataException;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.ruledata.RuleSetLoader;
import com.messageguard.testing.RuleHarness;
import com.messageguard.testing.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.DefaultResourceLoader;

/** phone-number through the real engine: offsets and excerpts are those of the text the seller typed. */
class PhoneNumberRuleTest {

    private final RuleHarness rule = new RuleHarness(new PhoneNumberRule(new ContactSignals(TestRules.ruleSet())));

    @Test
    void blocksAPhoneNumberWithItsOffsets() {
        List<Violation> violations = rule.check(draft().body("Hello,\n\nCall us at +1 (555) 010-7788, Monday to Friday."));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("phone-number");
            assertThat(v.severity()).isEqualTo(Severity.BLOCK);
            assertThat(v.field()).isEqualTo("body");
            assertThat(v.start()).isEqualTo(19);
            assertThat(v.end()).isEqualTo(36);
            assertThat(v.excerpt()).isEqualTo("+1 (555) 010-7788");
            assertThat(v.message()).isEqualTo("The message contains a phone number.");
        });
    }

    @Test
    void reportsEveryNumberInSubjectAndBody() {
        List<Violation> violations = rule.check(draft()
                .subject("Call 020 7946 0958")
                .body("Office 555-123-4567, mobile 07700 900123; Berlin +49 30 1234567."));

        assertThat(violations).extracting(Violation::field, Violation::start, Violation::end, Violation::excerpt)
                .containsExactlyInAnyOrder(
                        tuple("subject", 5, 18, "020 7946 0958"),
                        tuple("body", 7, 19, "555-123-4567"),
                        tuple("body", 28, 40, "07700 900123"),
                        tuple("body", 49, 63, "+49 30 1234567"));
    }

    @Test
    void fullWidthDigitsAreReportedAtTheirOriginalOffsets() {
        String body = "Hotline: ５５５-１２３-４５６７ or ＋１ ５５５ ０１０ ３３４４.";

        assertThat(rule.check(draft().body(body))).extracting(Violation::start, Violation::end, Violation::excerpt)
                .containsExactly(tuple(9, 21, "５５５-１２３-４５６７"), tuple(25, 40, "＋１ ５５５ ０１０ ３３４４"));
    }

    @Test
    void digitsSplitByZeroWidthSpacesAreOneNumber() {
        String body = "Text 555\u200B123\u200B4567 now";

        assertThat(rule.check(draft().body(body))).singleElement().satisfies(v -> {
            assertThat(v.start()).isEqualTo(5);
            assertThat(v.end()).isEqualTo(17);
            assertThat(v.excerpt()).isEqualTo("555\u200B123\u200B4567");
        });
    }

    @Test
    void spacedAndSpelledOutDigitsAreOneFindingEach() {
        assertThat(rule.check(draft().body("text me at 5 5 5 0 1 0 4 4 2 1 with the day")))
                .singleElement().extracting(Violation::start, Violation::excerpt)
                .containsExactly(11, "5 5 5 0 1 0 4 4 2 1");
        assertThat(rule.check(draft().body("Call five five five, oh one oh, four four two one.")))
                .singleElement().extracting(Violation::start, Violation::excerpt)
                .containsExactly(5, "five five five, oh one oh, four four two one");
        assertThat(rule.check(draft().body("Rufen Sie null drei null, eins zwei drei vier fünf sechs an.")))
                .singleElement().extracting(Violation::excerpt)
                .isEqualTo("null drei null, eins zwei drei vier fünf sechs");
        assertThat(rule.check(draft().body("Appelez le zéro six douze trente-quatre cinquante-six.")))
                .singleElement().extracting(Violation::excerpt)
                .isEqualTo("zéro six douze trente-quatre cinquante-six");
        assertThat(rule.check(draft().body("Llámenos al seis uno dos, tres cuatro cinco, seis siete ocho.")))
                .singleElement().extracting(Violation::excerpt)
                .isEqualTo("seis uno dos, tres cuatro cinco, seis siete ocho");
        assertThat(rule.check(draft().body("Ci chiami allo zero sei, quattro quattro otto, nove due sette uno.")))
                .singleElement().extracting(Violation::excerpt)
                .isEqualTo("zero sei, quattro quattro otto, nove due sette uno");
    }

    @Test
    void hundredsReadAloudAreDigitsToo() {
        assertThat(rule.check(draft().body("Reach Mike on oh seven seven double-oh, nine hundred, four six one.")))
                .singleElement().extracting(Violation::excerpt)
                .isEqualTo("oh seven seven double-oh, nine hundred, four six one");
        assertThat(rule.check(draft().body("It holds nine hundred grams, about two hundred cups."))).isEmpty();
    }

    @Test
    void tensJoinedToTheirUnitAreReadAsPairs() {
        String body = "Para la garantía llámenos al seis uno dos, treinta y cuatro, cincuenta y seis, setenta y ocho.";
        assertThat(rule.check(draft().language("es").body(body))).singleElement()
                .extracting(Violation::excerpt).isEqualTo("seis uno dos, treinta y cuatro, cincuenta y seis, setenta y ocho");
        assertThat(rule.check(draft().language("es").body("Tenemos treinta y cuatro colores y cinco tallas."))).isEmpty();
        assertThat(rule.check(draft().language("fr").body("Il reste vingt et un coussins et trois plaids."))).isEmpty();
    }

    @Test
    void keycapDigitsAreOneNumberOverTheirEmoji() {
        String body = "Reach me on 4\uFE0F\u20E31\uFE0F\u20E35\uFE0F\u20E3 5\uFE0F\u20E35\uFE0F\u20E35\uFE0F\u20E3 "
                + "0\uFE0F\u20E31\uFE0F\u20E34\uFE0F\u20E37\uFE0F\u20E3 \uD83D\uDCF1 today.";
        assertThat(rule.check(draft().body(body))).singleElement().satisfies(v -> {
            assertThat(v.start()).isEqualTo(body.indexOf('4'));
            assertThat(v.end()).isEqualTo(body.indexOf(" \uD83D\uDCF1"));
        });
        assertThat(rule.check(draft().body("Press 1\uFE0F\u20E3 then 2\uFE0F\u20E3 on the remote."))).isEmpty();
    }

    @Test
    void whatsAppNumberIsBlocked() {
        assertThat(rule.check(draft().body("WhatsApp +44 7700 900123")))
                .singleElement().extracting(Violation::excerpt).isEqualTo("+44 7700 900123");
    }

    @Test
    void aSlashAfterAnAreaCodeJoinsTheNumberButTwoNumbersStayTwo() {
        // German style: "+49 (0)30 / 231 25-047"; the digits before the slash are no number alone.
        assertThat(rule.check(draft().language("de").body("Für die Terminabsprache erreichen Sie die Werkstatt "
                + "unter +49 (0)30 / 231 25-047.")))
                .singleElement().extracting(Violation::excerpt).isEqualTo("+49 (0)30 / 231 25-047");
        assertThat(rule.check(draft().language("de").body("Tel. 030 1234567 / 030 7654321")))
                .extracting(Violation::excerpt).containsExactly("030 1234567", "030 7654321");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Your order 113-4567890-1234567 ships today; order 114-2233445-6677889 follows.",
            "The filter (ASIN B08N5WRWNW, model XR-5000, SKU 4471-B) fits the AP-300S.",
            "Tracking 1Z999AA10123456784, USPS 9400111899223197428490, label 123456789012.",
            "Refund of $1,299.00 and €45 issued; Rechnungsbetrag 1.299,00 €.",
            "Delivery on 12/05/2026, 2026-05-12 or 12.05.2026; the ship date is March 14, 2025, at 14:30.",
            "The cover measures 12 x 18 in (45 x 45 cm); EU sizes 42-44.",
            "Firmware v2.0; arrives in 3-5 business days, ships within 2 business days.",
            "Bake at 180°C, 25% off the 2.5 kg pack, No. 5 in the series.",
            "ISBN 978-3-16-148410-0 is the second edition."})
    void leavesOrderIdsCodesDatesPricesAndSizesAlone(String body) {
        assertThat(rule.check(draft().subject("Order 114-2233445-6677889: update").body(body))).isEmpty();
    }

    @Test
    void aBrokenPhoneYamlStopsTheRuleWithFileAndLine(@TempDir Path dir) throws IOException {
        com.messageguard.testing.RulesFolder.copyTo(dir);
        Path phone = dir.resolve("phone.yaml");
        Files.writeString(phone, Files.readString(phone).replace("regions: [US, CA,", "regions: [US, QQ,"));
        RuleSet rules = new RuleSetLoader(new DefaultResourceLoader(), "file:" + dir + "/").load();

        assertThatThrownBy(() -> new ContactSignals(rules)).isInstanceOf(RuleDataException.class)
                .hasMessageStartingWith("phone.yaml: line ")
                .hasMessageContaining(": regions[1]: 'QQ' is not a region code");
    }
}
