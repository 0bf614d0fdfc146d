package com.messageguard.detect.phone;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.messageguard.testing.TestRules;
import com.messageguard.text.Confusables;
import com.messageguard.text.NormalizedText;
import com.messageguard.text.Span;
import com.messageguard.text.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the detector takes for a phone number, and what it must leave alone; excerpts are of the original text. */
class PhoneDetectorTest {

    static final PhoneDetector DETECTOR = new PhoneDetector(TestRules.ruleSet().data("phone.yaml", PhoneData.class));
    private static final TextNormalizer NORMALIZER = new TextNormalizer(new Confusables());

    /** The original text of every phone number found in {@code original}. */
    static List<String> found(String original) {
        NormalizedText text = NORMALIZER.normalize(original);
        return DETECTOR.find(text).stream()
                .map(s -> original.substring(text.originalStart(s.start()), text.originalEnd(s.end())))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Call me at 555-123-4567 tomorrow.                    | 555-123-4567
            Our number: (555) 123-4567.                          | (555) 123-4567
            Reach us on +1 555 123 4567 any time.                | +1 555 123 4567
            Dial 555.123.4567 for help                           | 555.123.4567
            You can reach us at 555 123 4567                     | 555 123 4567
            Support line +1 (555) 010-7788, weekdays.            | +1 (555) 010-7788
            UK office: +44 20 7946 0958                          | +44 20 7946 0958
            London office 020 7946 0958                          | 020 7946 0958
            my mobile 07700 900123                               | 07700 900123
            or 07700 900123 after six                            | 07700 900123
            Berlin: +49 30 1234567                               | +49 30 1234567
            Berlin: 030 12345678                                 | 030 12345678
            Berlin: 030/12345678                                 | 030/12345678
            Mit Vorwahl +49 (0)30 1234567 erreichbar             | +49 (0)30 1234567
            Paris : +33 1 23 45 67 89                            | +33 1 23 45 67 89
            Paris : 01 23 45 67 89                               | 01 23 45 67 89
            nous appeler au 01.23.45.67.89, du lundi             | 01.23.45.67.89
            Madrid: +34 612 345 678                              | +34 612 345 678
            Madrid: 612 345 678                                  | 612 345 678
            Llámenos al 91 123 45 67                             | 91 123 45 67
            Roma: +39 06 1234 5678                               | +39 06 1234 5678
            Roma: 06 1234 5678                                   | 06 1234 5678
            cellulare 312 345 6789                               | 312 345 6789
            CDMX: +52 55 1234 5678                               | +52 55 1234 5678
            CDMX: 55 1234 5678                                   | 55 1234 5678
            Mumbai: +91 98765 43210                              | +91 98765 43210
            Mumbai: 098765 43210                                 | 098765 43210
            Tokyo: +81 3-1234-5678                               | +81 3-1234-5678
            Tokyo: 03-1234-5678                                  | 03-1234-5678
            Tokyo: 090-1234-5678                                 | 090-1234-5678
            Sydney: +61 2 9876 5432                              | +61 2 9876 5432
            Sydney: (02) 9876 5432                               | (02) 9876 5432
            mobile 0412 345 678                                  | 0412 345 678
            International: 0044 20 7946 0958                     | 0044 20 7946 0958
            International: 0044 2079460958                       | 0044 2079460958
            WhatsApp +44 7700 900123                             | +44 7700 900123
            WhatsApp: +4915112345678                             | +4915112345678
            chat on WhatsApp: wa.me/15550107788. Thanks          | 15550107788
            Call 555-0199 now                                    | 555-0199
            Phone: 5550199                                       | 5550199
            Tel. 8765 4321                                       | 8765 4321
            text me at 5 5 5 0 1 0 4 4 2 1 with the day          | 5 5 5 0 1 0 4 4 2 1
            spaced 5 5 5 1 2 3 4 5 6 7 digits                    | 5 5 5 1 2 3 4 5 6 7
            zero width 555\u200B123\u200B4567 here               | 555\u200B123\u200B4567
            glued 5551234567 bare                                | 5551234567
            Toll free 1-800-555-0199                             | 1-800-555-0199
            UK: (+44) 20 7946 0958                               | (+44) 20 7946 0958
            Tel.: +49 (0) 30 1234567                             | +49 (0) 30 1234567
            Tel.-Nr. 030 1234567                                 | 030 1234567
            WhatsApp 4915112345678                               | 4915112345678
            our number is 0301234567 thanks                      | 0301234567
            Tel: 0800 123 4567                                   | 0800 123 4567
            Ruf mich an: 0171/1234567                            | 0171/1234567
            China mobile 138 1234 5678                           | 138 1234 5678
            WeChat: 13812345678                                  | 13812345678
            tel:+15551234567                                     | +15551234567
            ring me on 555 123 4567 ext 89                       | 555 123 4567
            Hours 9:00-17:00, tel 555-0100                       | 555-0100
            Ring + 44 20 7946 0958 today                         | + 44 20 7946 0958
            Tel. + 49 (0) 30 1234567                             | + 49 (0) 30 1234567
            """)
    void findsAPhoneNumber(String text, String expected) {
        assertThat(found(unescape(text))).containsExactly(unescape(expected));
    }

    @Test
    void fullWidthDigitsAreOneNumberWithTheirOriginalOffsets() {
        String text = "Hotline: ５５５-１２３-４５６７ (daily)";
        NormalizedText normalized = NORMALIZER.normalize(text);
        List<Span> spans = DETECTOR.find(normalized);

        assertThat(spans).hasSize(1);
        assertThat(normalized.originalStart(spans.get(0).start())).isEqualTo(9);
        assertThat(normalized.originalEnd(spans.get(0).end())).isEqualTo(21);
        assertThat(found(text)).containsExactly("５５５-１２３-４５６７");
        assertThat(found("Service hotline: ＋１ ５５５ ０１０ ３３４４")).containsExactly("＋１ ５５５ ０１０ ３３４４");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Call five five five one two three four five six seven today.            | five five five one two three four five six seven
            it is five five five, oh one oh, four four two one                      | five five five, oh one oh, four four two one
            my number is double five five one two three four five six seven        | double five five one two three four five six seven
            Rufen Sie null drei null eins zwei drei vier fünf sechs sieben an      | null drei null eins zwei drei vier fünf sechs sieben
            Appelez le zéro un vingt-trois quarante-cinq soixante sept quatre-vingt | zéro un vingt-trois quarante-cinq soixante sept quatre-vingt
            Llame al seis uno dos tres cuatro cinco seis siete ocho                 | seis uno dos tres cuatro cinco seis siete ocho
            Ci chiami al tre quattro sette, uno due tre, quattro cinque sei sette   | tre quattro sette, uno due tre, quattro cinque sei sette
            Il mio cellulare è tre tre nove, doppio sei, diciotto, cinquanta        | tre tre nove, doppio sei, diciotto, cinquanta
            Cellulare: tre quattro sette, dodici, trentaquattro, cinquantasei       | tre quattro sette, dodici, trentaquattro, cinquantasei
            mixed 555 one two three 4567 works                                      | 555 one two three 4567
            """)
    void findsDigitsWrittenAsWords(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @Test
    void findsSeveralNumbersSeparately() {
        assertThat(found("Office 555-123-4567 / 555-987-6543, mobile +49 151 12345678."))
                .containsExactly("555-123-4567", "555-987-6543", "+49 151 12345678");
        assertThat(found("Call 555-123-4567 555-987-6543 now")).containsExactly("555-123-4567", "555-987-6543");
        assertThat(found("+49 30 1234567 +49 30 7654321")).containsExactly("+49 30 1234567", "+49 30 7654321");
        assertThat(found("Tel 0301234567 0301234568")).containsExactly("0301234567", "0301234568");
        assertThat(found("Madrid 612 345 678 o 91 123 45 67")).containsExactly("612 345 678", "91 123 45 67");
        assertThat(found("US: +1-555-123-4567 or +1.555.123.4567")).containsExactly("+1-555-123-4567", "+1.555.123.4567");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Your order 113-4567890-1234567 ships today.",
            "order 114-2233445-6677889 will ship later",
            "Bestellung 302-4417720-9983316 vom 3. Februar",
            "ASIN B08N5WRWNW fits",
            "ASIN B0C7QJ4K2M, model HF-300",
            "The tracking number is 1Z999AA10123456784, and",
            "USPS tracking 9400111899223197428490 shows",
            "Reference 123456789012 on the label",
            "Your code is 123456789012",
            "It costs $1,299.00 in total",
            "It costs €45 now",
            "Der Preis: 1.299,00 € inkl. MwSt.",
            "Total: 1234567.89 USD",
            "The fee is 1234567 EUR",
            "Price 1 299 000 € for the lot",
            "delivered on 12/05/2026 by noon",
            "scheduled for 2026-05-12 at 10:30",
            "Versand am 12.05.2026 um 14:30 Uhr",
            "ships on March 14, 2025, and",
            "between 14:30 and 16:45",
            "on 2025-03-15 10:30 our tuner comes",
            "Time slots 8:00-12:00 and 13:00-17:00",
            "The cover is 12 x 18 in (45 x 45 cm)",
            "Sizes 42-44 fit most",
            "sizes 36 38 40 42 44 in stock",
            "It measures 120x180x200 cm",
            "model XR-5000 and SKU 4471-B",
            "fits the AP-300 and the AP-300S purifiers",
            "firmware v2.0 and v2.4.1",
            "delivery within 3-5 business days",
            "ships within 2 business days",
            "Temperature 180°C or 180 °C, 27 °C",
            "That is 19 % VAT, or 20% off",
            "No. 5 in the list",
            "ISBN 978-3-16-148410-0",
            "the book 978-3-16-148410-0 is out",
            "the book 0-306-40615-2 is out",
            "EAN 4006381333931",
            "order 114-2233445-6677889",
            "Order # 5551234567 is ready",
            "Invoice number 2024001234 attached",
            "serial 1234567890",
            "Your license key is: 7KQ2-M9XD-44PL-Z8RT",
            "Code QX7P-22LM-90ZT-K4RA and LK-4420-PPQZ-7781",
            "Musterstraße 12 10115 Berlin",
            "P.O. Box 4471, Reno, NV 89502",
            "Calle Mayor 15, 28013 Madrid",
            "1250 Industrial Parkway, Unit 4, Columbus, OH 43215",
            "a range 10000-20000 units",
            "batch 24-11 had a defect",
            "the number (0-99) on the back",
            "US 9.5 (EU 42.5), 31.5/31.5",
            "population 1.299.000 people",
            "decimals 3.14159265 and 2.718281828",
            "homeglow_88 on WeChat",
            "amazon.com/dp/B0D4LK2P9Q and amzn.to/3xQz9Lk",
            "optout?id=77",
            "1 1 1 1 1 1 1 1 1 1 1 1",
            "one, two, three",
            "Oh, one more thing: two of them",
            "a 2-year warranty and 1-year extension",
            "14 June 2025 in the day-month order",
            "Step 6 in the guide, hold for 10 seconds",
            "weighs 148 lb and is 198 lb",
            "card 4111 1111 1111 1111 expired",
            "label 9400 1118 9922 3197 4284 90 printed",
            "IBAN DE89 3704 0044 0532 0130 00",
            "Customer ID: 1234567890",
            "Write to 5551234567@example.com",
            "VAT DE123456789 and VAT 123456789",
            "from 12.05.2026-15.05.2026 and 2026-05-12/2026-05-14",
            "between 10/05/2026 - 12/05/2026",
            "Windows 10.0.19045.2364 is installed",
            "Columbus, OH 43215-1234",
            "a population of 100 000 000",
            "IP 192.168.100.200",
            "cost 12,345,678 and 1.234.567",
            "5 + 3 = 8 and 12 + 7 = 19"})
    void leavesOtherNumbersAlone(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void aSevenDigitLocalNumberNeedsAPhoneWord() {
        assertThat(found("Reference 555-0199 on file")).isEmpty();
        assertThat(found("Ask for 555-0199 please")).isEmpty();
        assertThat(found("Ring 555-0199 please")).containsExactly("555-0199");
        assertThat(found("555-0199 anrufen")).containsExactly("555-0199");
        assertThat(found("Il codice 555-0199 è sul retro")).isEmpty();
        assertThat(found("Mi chiami al 555-0199 domani")).containsExactly("555-0199");
    }

    @Test
    void aNegativeWordNeedsTheNumberToBeInternational() {
        assertThat(found("order 0301234567")).isEmpty();
        assertThat(found("order +49 30 1234567")).containsExactly("+49 30 1234567");
        assertThat(found("About your order: call 0301234567")).containsExactly("0301234567");
    }

    @Test
    void aNegativeWordCountsOnlyWhenItNamesTheNumber() {
        assertThat(found("Your order number is 0301234567")).isEmpty();
        assertThat(found("Bestellung Nr. 0301234567")).isEmpty();
        assertThat(found("número de pedido 0301234567")).isEmpty();
        assertThat(found("il numero dell'ordine è 0301234567")).isEmpty();
        assertThat(found("Partita IVA 01234567890")).isEmpty();
        assertThat(found("la sua pratica n. 3331234567 è aperta")).isEmpty();
        assertThat(found("Order questions: 555-123-4567")).containsExactly("555-123-4567");
        assertThat(found("For your order, our hotline 0301234567")).containsExactly("0301234567");
    }

    @Test
    void digitsTypedOneByOneMayMarkTheirGroupsWithTwoSpaces() {
        assertThat(found("give us a ring on 0 7 7 0 0  9 0 0  4 6 1 any weekday")).containsExactly("0 7 7 0 0  9 0 0  4 6 1");
        // Two spaces after a longer group still part two numbers: a table of sizes is no phone number.
        assertThat(found("sizes 38  40  42  44  46")).isEmpty();
    }

    @Test
    void capitalsRightBeforeANumberAreTheCodesPrefix() {
        assertThat(found("the replacement thermostat (part number PN 4410-2291-07) is delayed")).isEmpty();
        assertThat(found("The freight tracking reference is PRO 0482-11937.")).isEmpty();
        // Lower case is a word, not a prefix; and a prefix names nothing without a negative word before it.
        assertThat(found("part number pn 4410-2291-07")).containsExactly("4410-2291-07");
        assertThat(found("Call Tom, PN 0301234567")).containsExactly("0301234567");
        assertThat(found("our office NYC 212 555 0147")).containsExactly("212 555 0147");
    }

    @Test
    void taxAndCompanyIdentifiersAndParcelNumbersAreNoPhoneNumbers() {
        assertThat(found("Ihre USt-IdNr. DE 298 765 431 steht auf der Rechnung")).isEmpty();
        assertThat(found("SIRET 812 345 678 00021, TVA intracommunautaire FR 47 812345678.")).isEmpty();
        assertThat(found("la consegna (segnacollo 0512 3456 7890 12) slitterà a martedì")).isEmpty();
        // A label a colon ends names its number however many words it holds.
        assertThat(found("FedEx tracking number for box 2: 7749 3321 0586. It arrives Thursday.")).isEmpty();
        assertThat(found("Questions about the delivery? Hotline for orders: 0800 123 4567")).containsExactly("0800 123 4567");
        // The same digits offered to be called are still a phone number.
        assertThat(found("Rufen Sie uns an: 030 298 765 431")).containsExactly("030 298 765 431");
    }

    /**
     * libphonenumber's isValidNumber says no to these (fiction ranges, unassigned blocks): the
     * detector asks only whether the shape is possible in a marketplace region, so a number a
     * buyer could dial is still found, the more readily with a phone word near it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Please ring 07700 900321 after six.           | GB | 07700 900321
            Text 01632 960321 when you are home.          | GB | 01632 960321
            WhatsApp us on (555) 012-3456 any time        | US | (555) 012-3456
            call 555-0199 for the installer               | US | 555-0199
            Meine Handynummer: 0177 123456                | DE | 0177 123456
            Handy 0100 123 456, ab 9 Uhr                  | DE | 0100 123 456
            Mon téléphone : 07 00 00 00 01                | FR | 07 00 00 00 01
            cellulare 300 123 4567, dopo le 9             | IT | 300 123 4567
            mobile 0412 345 6                             | AU | 0412 345 6
            """)
    void findsADialableNumberLibphonenumberCallsInvalid(String text, String region, String expected) throws Exception {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        assertThat(util.isValidNumber(util.parse(expected, region))).as("valid in %s", region).isFalse();
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Call us about order 205-3318840-9127745 today.",
            "Text us the ASIN B07XJ8C8F5 and the SKU.",
            "Ring the carrier with the tracking number 9400 1118 9922 3065 4371 28.",
            "Call us before 14.05.2026 or on 2026-05-18.",
            "Ring us at 14:30 or between 16:45-18:00.",
            "Call us: it costs 1.299,00 € or $1,299.00, 1 299 000 EUR for the lot.",
            "WhatsApp us the size you need: 120 x 200 x 30 cm.",
            "Text us if 2 500 000 mAh or 1 250 000 ml is too much.",
            "Call us about model 4471-2289-55 or part 1234 5678 9012.",
            "Bitte rufen Sie an: Bestellung 302-4417720-9983316 vom 12.05.2026.",
            "Téléphone: commande n° 171-9043317-5586201, livrée le 09/04/2025.",
            "Llámenos por el pedido 407-9920184-6651373 del 03/10/2025.",
            "Ci chiami per l'ordine 403-8820461-2297035 entro il 12/05/2026.",
            "Call us for sizes 36 38 40 42 44.",
            "Rufen Sie an, Größen 36 38 40 42 44 sind da.",
            "Appelez-nous : tailles 36 38 40 42 44.",
            "Ring us about firmware 10.0.19045.2364.",
    })
    void aPhoneWordNearOtherNumbersLeavesThemAlone(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void anInternationalPrefixSplitFromItsNumberIsNoCrash() {
        // "00" split over two groups: dropping the last group left "0", shorter than the prefix.
        assertThat(found("call 0 0999123456 now")).isEmpty();
        assertThat(found("call 0 0 999 123 456 now")).isEmpty();
        assertThat(found("call 0 044 20 7946 0958 now")).containsExactly("0 044 20 7946 0958");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ring me on O7911 2O4 58O tonight.                     | O7911 2O4 58O
            Our desk: O2O 8123 4O56, ask for Priya.               | O2O 8123 4O56
            lower case works too: o7911 204 58o                   | o7911 204 58o
            Text +44 7911 2O458O anytime                          | +44 7911 2O458O
            WhatsApp (O2O) 8123 4O56                              | (O2O) 8123 4O56
            Tel. O3O 98765432                                     | O3O 98765432
            full width: Ｏ７９１１ ２０４ ５８Ｏ                   | Ｏ７９１１ ２０４ ５８Ｏ
            Bitte rufen Sie О3О 9876543 an, danke schön           | О3О 9876543
            """)
    void readsTheLetterOAsZeroInsideAPhoneNumber(String text, String expected) {
        assertThat(found(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The ZOO 2 playset and the GO 2 stroller, call us about either.",
            "Call us: the Zoo7 and the Oo 2 are both in stock.",
            "ring us about model XR-5OOO or part 1OO-2OO-3OO",
            "call us about model PO 1234567",
            "order 1O3-45678O9-1234567 ships on 1O/O5/2O26 at 1O:3O, call us",
            "The price is $1,2OO.OO, call us; the pack is 2 5OO OOO mAh.",
            "Bake at 18O°C for 2O minutes, then 1OO % done",
            "On the O2 network: 4O4 not found, OO7 films, a 2OOO-piece set",
            "ONO 1234567 and TOOL 7654321 and OO 1234",
            "Version 1O.O.19O45 of the firmware"})
    void leavesWordsAndCodesWithTheLetterOAlone(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void theLetterONeverChangesTheSpansOfOtherNumbers() {
        assertThat(PhoneDetector.zerosForLetterO("no O here: ZOO, GO 2, Zoo7, O2x, oo")).isNull();
        assertThat(new String(PhoneDetector.zerosForLetterO("call O7911 2O4 58O or ZOO 2")))
                .isEqualTo("call 07911 204 580 or ZOO 2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ring our office: the area code is 0117, the number is 496 and then 0522.      | 0117, the number is 496 and then 0522
            Call us, it's 020 and then 7946 then 0958.                                     | 020 and then 7946 then 0958
            Rufen Sie an: Vorwahl 030, dann 2312 und zum Schluss 5047.                     | 030, dann 2312 und zum Schluss 5047
            """)
    void readsANumberDictatedInPiecesAfterAPhoneWord(String text, String number) {
        assertThat(found(text)).containsExactly(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Call the carrier between 8 and 4 on weekdays, or from 10 to 12 on Saturdays.",
            "Call us about order 113-4567890-1234567, it ships on 12 March with 2 items.",
            "Call us if the 250 ml bottle and the 500 ml bottle arrive together with 1000 ml.",
            "Give us a ring: item 4471 and item 5520 are both 2024 models.",
            "Call us: the 2,000 mAh battery lasts 300 hours, the 4,000 one 600.",
            "The area code is 0117 and the parcel weighs 496 g; it left on 0522.",
            })
    void leavesFiguresInASentenceWithoutAPhoneWordOrOtherwiseNamed(String text) {
        assertThat(found(text)).isEmpty();
    }

    private static String unescape(String text) {
        return text.replace("\\u200B", "\u200B");
    }
}
