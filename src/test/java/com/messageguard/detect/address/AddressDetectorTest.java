package com.messageguard.detect.address;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.TestRules;
import com.messageguard.text.Confusables;
import com.messageguard.text.Span;
import com.messageguard.text.TextNormalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The address detector on the normalized text: what it finds, where a span starts and ends, and what it leaves. */
class AddressDetectorTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer(new Confusables());

    static final AddressDetector DETECTOR = new AddressDetector(TestRules.ruleSet().data("address.yaml", AddressData.class));

    static Stream<Arguments> addresses() {
        return Stream.of(
                // English: number, name, type; then unit, city, state and ZIP
                Arguments.of("Please send it to: Returns Department, ", "1250 Industrial Parkway, Unit 4, Columbus, OH 43215",
                        ". Once it arrives, we'll inspect it within 2 business days."),
                Arguments.of("Our office is at ", "221B Baker Street, London NW1 6XE", " if you are nearby."),
                Arguments.of("Mail it to ", "42 Main St.", " and keep the receipt."),
                Arguments.of("Send it back to ", "10 Downing Street", " and we will refund you."),
                Arguments.of("Ship it to ", "120 5th Avenue, Suite 300, New York, NY 10011", "."),
                Arguments.of("Our warehouse: ", "7 Harbour Drive, Sydney NSW 2000", "."),
                Arguments.of("Return to ", "88 Queen Street West, Toronto, ON M5H 2M5", "."),
                Arguments.of("Return to ", "15 Oak Ct, Springfield", ", thanks."),
                Arguments.of("Pop by our showroom at ", "220 W 38th St, New York, NY 10018", " any weekday."),
                // P.O. boxes
                Arguments.of("mail the bracket back to us at ", "P.O. Box 4471, Reno, NV 89502", ", and we'll check it."),
                Arguments.of("Write to ", "PO Box 12", " with your order number."),
                Arguments.of("Senden Sie es an ", "Postfach 1234, 10115 Berlin", "."),
                Arguments.of("Envoyez-le à notre ", "Boîte postale 12", "."),
                Arguments.of("Envíelo al ", "Apartado de correos 45", ", gracias."),
                // German and Austrian
                Arguments.of("an folgende Adresse:\n\nKaffeewerk Service\n", "Musterstraße 12\n10115 Berlin",
                        "\n\nBitte legen Sie eine Kopie der Rechnung bei."),
                Arguments.of("Bitte an ", "Hauptstr. 5, 80331 München", " senden."),
                Arguments.of("Senden Sie das Teil an unser Lager: Autoteile Krämer GmbH, ", "Gewerbepark Süd 14, 74076 Heilbronn", "."),
                Arguments.of("Unser Lager ist in der ", "Berliner Straße 5a", " im Hinterhof."),
                Arguments.of("Rücksendung an ", "Konrad-Adenauer-Straße 12-14, D-50667 Köln", "."),
                Arguments.of("Bitte an ", "Gartenweg 3, 1010 Wien", " schicken."),
                // French
                Arguments.of("Notre boutique : ", "12 rue de la Paix, 75002 Paris", "."),
                Arguments.of("Retour au ", "5 bis avenue des Champs-Élysées", ", merci."),
                Arguments.of("Adresse : ", "3, place du Marché, 69001 Lyon", "."),
                // Spanish, Italian, Portuguese
                Arguments.of("Envíe la silla a nuestro almacén: ", "Calle Mayor 15, 28013 Madrid", ". Le reembolsaremos."),
                Arguments.of("Estamos en la ", "Avenida de América 3", " desde 2010."),
                Arguments.of("Oficina: ", "C/ Alcalá, nº 42", "."),
                Arguments.of("Spedire a ", "Via Roma 10, 00184 Roma", "."),
                Arguments.of("Il negozio è in ", "Piazza della Repubblica 5", "."),
                Arguments.of("Rispedisca il pacco a ", "Via dell'Artigianato 7, 40138 Bologna", ", grazie."),
                Arguments.of("Il magazzino è in ", "Corso Vittorio Emanuele II 45, Torino", "."),
                Arguments.of("Ritiro in sede: ", "Lungomare Colombo 18", ", dal lunedì al venerdì."),
                Arguments.of("Indirizzo per il reso: ", "Viale Monza 120, 20127 Milano", " (MI)."),
                Arguments.of("Spedisca a ", "Località Santa Maria 3, 53024 Montalcino", "."),
                Arguments.of("Envie para ", "Rua Augusta 100", " em Lisboa."),
                // Dutch
                Arguments.of("Stuur het naar ", "Kerkstraat 12, 1017 GP Amsterdam", "."),
                Arguments.of("Ons adres: ", "Laan van Meerdervoort 5", ".")
        );
    }

    @ParameterizedTest
    @MethodSource("addresses")
    void findsTheWholeAddress(String before, String address, String after) {
        String text = normalized(before + address + after);
        List<Span> spans = DETECTOR.find(text);

        assertThat(spans).as(text).singleElement()
                .extracting(s -> text.substring(s.start(), s.end())).isEqualTo(normalized(address));
    }

    /** The detector reads normalized text (NFKC: "nº" is "no"), as the rule hands it over. */
    private static String normalized(String text) {
        return NORMALIZER.normalize(text).text();
    }

    @Test
    void findsEachOfSeveralAddresses() {
        String text = "Old: 12 Baker Street, London. New: Musterstraße 12, 10115 Berlin. Box: P.O. Box 7.";
        assertThat(DETECTOR.find(text)).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("12 Baker Street, London", "Musterstraße 12, 10115 Berlin", "P.O. Box 7");
    }

    @Test
    void aStreetLineWithoutNumberCountsWhenAPostcodeFollows() {
        String text = "Adresse: Musterstraße\n10115 Berlin";
        assertThat(DETECTOR.find(text)).singleElement()
                .extracting(s -> text.substring(s.start(), s.end())).isEqualTo("Musterstraße\n10115 Berlin");
        assertThat(DETECTOR.find("Die Musterstraße ist gesperrt.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Delivery takes 2 business days.",
            "It takes a 60 W bulb and a 12 V adapter.",
            "Use the 220 W Power Supply only.",
            "See Step 3 in the manual, then Step 4.",
            "The shoes are Size 42, colour black.",
            "Our 5 Street Lamps ship today.",
            "We sell 3 Solar Street Lamps and 2 Road Bikes.",
            "We shipped 2 Main Street signs and 3 Abbey Road albums.",
            "This is the best way 2 fix it.",
            "Put the lid in place 3 times.",
            "The USB drive 2 is in the box; the 2 Court Shoes are too.",
            "Please use Suite 200 of the software.",
            "Amazon's return address is on the label; check the address on your order.",
            "Your order 113-4567890-1234567 (ASIN B08N5WRWNW) ships today.",
            "It costs $1,299.00 for the XR-5000 Street model.",
            "Delivered on 12.05.2026 at 14:30, 21.5 Street",
            "We can't deliver to a PO box for order 114-4443332-2211100.",
            "Der Dichtungsring 2 passt nicht, bitte den Ring 3 nehmen.",
            "Auf dem Rückweg 2 Tage später kam es an.",
            "Das Gerät belegt Platz 2 im Test.",
            "Shipped via DHL 3 days ago.",
            "Sie ist nur 5 Minuten von der Berliner Straße 5 Minuten entfernt.",
            "The Plaza Hotel 5 nights package.",
            "Véase el apartado 3 del manual.",
            "2 x Main Road Adapter, 3 x Park Lane cable",
            "We have 12 route options and 4 voie lanes.",
            "Ihre Bestellung ist unterwegs, siehe Punkt 4.",
            "Our 1st Avenue Collection is sold out.",
            "Il pacco è in consegna, arriva in 2 giorni.",
            "La spedizione via corriere 3 giorni lavorativi, via posta 5 giorni.",
            "Il prodotto ha ricevuto 5 stelle in 300 recensioni.",
            "Sulla Salita 2 volte più ripida il carrello si blocca.",
            "Nel Borgo 3 confezioni sono arrivate rotte.",
    })
    void staysSilentOnOrderTalk(String text) {
        assertThat(DETECTOR.find(normalized(text))).as(text).isEmpty();
    }

    @Test
    void runsInLinearTimeOnHostileInput() {
        String[] inputs = {
                "1 Street ".repeat(2_222),
                "1 Main Street, ".repeat(1_333),
                "1234567890".repeat(2_000),
                "Musterstraße 12 ".repeat(1_250),
                "P.O. Box 1 ".repeat(1_818),
                "rue de la de la ".repeat(1_250),
                "12 rue de la Paix, 75002 Paris, ".repeat(625),
                "Calle A B C D E F G 1 ".repeat(909),
                "Main, London, NW1 6XE, OH ".repeat(769),
                "1 2 3 4 5 Way Way Way ".repeat(909),
                "P O P O P O Box ".repeat(1_250),
        };
        for (String input : inputs) {
            assertThat(input.length()).isGreaterThanOrEqualTo(19_000);
            DETECTOR.find(input);
        }
        long started = System.nanoTime();
        for (String input : inputs) {
            DETECTOR.find(input);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("address detector: %d hostile inputs of ~20,000 characters in %d ms%n", inputs.length, millis);
        assertThat(millis).as("ms for %d 20,000-character worst cases", inputs.length).isLessThan(500);
    }
}
