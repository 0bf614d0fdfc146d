package com.messageguard.rules.contact;

import static com.messageguard.testing.DraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Severity;
import com.messageguard.engine.Violation;
import com.messageguard.testing.DraftBuilder;
import com.messageguard.testing.RuleHarness;
import com.messageguard.testing.TestRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MailingAddressRuleTest {

    private final RuleHarness rule = new RuleHarness(new MailingAddressRule(new ContactSignals(TestRules.ruleSet())));

    static Stream<Arguments> addresses() {
        return Stream.of(
                Arguments.of("Please send the chair back to: Returns Department, ",
                        "1250 Industrial Parkway, Unit 4, Columbus, OH 43215", ". Once it arrives, we'll inspect it."),
                Arguments.of("Our shop is at ", "221B Baker Street, London NW1 6XE", " if you want to pick it up."),
                Arguments.of("You can mail the old bracket back to us at ", "P.O. Box 4471, Reno, NV 89502", ", thanks."),
                Arguments.of("Ship it to ", "PO Box 12", " please."),
                Arguments.of("an folgende Adresse:\n\nKaffeewerk Service\n", "Musterstraße 12\n10115 Berlin", "\n\nDanke."),
                Arguments.of("Bitte an ", "Hauptstr. 5, 80331 München", " senden."),
                Arguments.of("Unsere Anschrift: ", "Postfach 1234", " (Kundendienst)."),
                Arguments.of("Notre entrepôt : ", "12 rue de la Paix, 75002 Paris", "."),
                Arguments.of("Écrivez-nous : ", "Boîte postale 12", "."),
                Arguments.of("Envíe la silla a nuestro almacén: ", "Calle Mayor 15, 28013 Madrid", ". Gracias."),
                Arguments.of("Estamos en la ", "Avenida de América 3", " desde 2010."),
                Arguments.of("Escríbanos al ", "Apartado de correos 45", "."),
                Arguments.of("Spedisca a ", "Via Roma 10, 00184 Roma", ", grazie."),
                Arguments.of("Può rispedire la lampada in ", "Piazza dell'Unità d'Italia 3, 34121 Trieste", "? Grazie."),
                Arguments.of("Stuur het naar ", "Kerkstraat 12, 1017 GP Amsterdam", "."),
                // The excerpt and offsets are those of the original text, before normalization.
                Arguments.of("Rücksendung an ", "Musterstra\u00DFe \uFF11\uFF12, \uFF11\uFF10\uFF11\uFF11\uFF15 Berlin", "."),
                Arguments.of("Send it to ", "12 Ba\u200Bker Street", ".")
        );
    }

    @ParameterizedTest
    @MethodSource("addresses")
    void blocksAnAddressCoveringItInTheOriginalText(String before, String address, String after) {
        String body = before + address + after;
        List<Violation> violations = rule.check(draft().body(body));

        assertThat(violations).as(body).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("mailing-address");
            assertThat(v.severity()).isEqualTo(Severity.BLOCK);
            assertThat(v.field()).isEqualTo("body");
            assertThat(v.excerpt()).isEqualTo(address);
            assertThat(v.start()).isEqualTo(before.length());
            assertThat(v.end()).isEqualTo(before.length() + address.length());
        });
    }

    @Test
    void warnsUnderAReturnAndBlocksUnderEveryOtherReason() {
        String body = "Please send the chair back to 1250 Industrial Parkway, Columbus, OH 43215.";

        Violation underReturn = rule.check(draft().reason("RETURN").body(body)).get(0);
        assertThat(underReturn.severity()).isEqualTo(Severity.WARN);
        assertThat(underReturn.message()).contains("return address");

        for (String reason : List.of("BUYER_INQUIRY_REPLY", "ORDER_ISSUE", "WARRANTY", "OTHER")) {
            assertThat(rule.check(draft().reason(reason).body(body))).as(reason).singleElement().satisfies(v -> {
                assertThat(v.severity()).isEqualTo(Severity.BLOCK);
                assertThat(v.message()).isEqualTo("The message contains a postal address.");
            });
        }
    }

    @Test
    void findsAddressesInTheSubjectAndSeveralInTheBody() {
        List<Violation> violations = rule.check(draft()
                .subject("Return to 12 Baker Street")
                .body("Old: Calle Mayor 15, 28013 Madrid. New: Via Roma 10, 00184 Roma."));

        assertThat(violations).extracting(Violation::field, Violation::excerpt).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("subject", "12 Baker Street"),
                org.assertj.core.groups.Tuple.tuple("body", "Calle Mayor 15, 28013 Madrid"),
                org.assertj.core.groups.Tuple.tuple("body", "Via Roma 10, 00184 Roma"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We will ship your order within 2 business days.",
            "See Step 3 of the manual, then Step 4.",
            "The boots run small: order Size 42 instead of Size 41.",
            "Our 5 Street Lamps ship today, and the 3 Solar Street Lamps tomorrow.",
            "This is the best way 2 fix it: press the button 3 times.",
            "Put the seal back in place 3 times if needed.",
            "Your USB drive 2 and the 2 Court Shoes are in the same box.",
            "The software has a Suite 200 licence key.",
            "Please use Amazon's return address; it is the address on your order.",
            "Order 113-4567890-1234567, ASIN B08N5WRWNW, price $1,299.00, model XR-5000, shipped 12.05.2026.",
            "We can't deliver to a PO box for order 114-4443332-2211100.",
            "Der Dichtungsring 2 passt nicht; das Gerät belegt Platz 2 im Test.",
            "Auf dem Rückweg 2 Tage später kam das Paket an.",
            "Shipped via DHL 3 days ago.",
            "Véase el apartado 3 del manual.",
            "Il pacco arriva in 2 giorni.",
            "Il pacco arriva via corriere in 3 giorni lavorativi, al piano terra.",
            "Our 1st Avenue Collection is sold out.",
            "The Plaza Hotel 5 nights voucher is not sold by us.",
    })
    void staysSilentOnOrderTalk(String body) {
        assertThat(rule.check(draft().body(body))).as(body).isEmpty();
    }

    /**
     * The labelled corpus: every case that expects mailing-address gets a finding, and no case that
     * neither expects it nor lists it under mayAlsoFlag gets one.
     */
    @Test
    void meetsTheCorpusLabels() throws IOException {
        List<JsonNode> cases = corpus();
        List<String> missed = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        int expected = 0;
        int silent = 0;
        for (JsonNode c : cases) {
            String id = c.get("id").asString();
            boolean expects = contains(c.get("expect"), "mailing-address");
            boolean allowed = expects || contains(c.get("mayAlsoFlag"), "mailing-address");
            List<Violation> violations = rule.check(draftOf(c.get("request")));
            if (expects) {
                expected++;
                if (violations.isEmpty()) {
                    missed.add(id);
                }
            } else if (!allowed) {
                silent++;
                if (!violations.isEmpty()) {
                    falseAlarms.add(id + " " + violations.stream().map(Violation::excerpt).toList());
                }
            }
        }
        System.out.printf("mailing-address corpus: %d cases, %d expect it (%d missed), %d must stay silent (%d false alarms)%n",
                cases.size(), expected, missed.size(), silent, falseAlarms.size());
        assertThat(expected).as("cases expecting mailing-address").isGreaterThanOrEqualTo(4);
        assertThat(missed).as("cases expecting mailing-address without a finding").isEmpty();
        assertThat(falseAlarms).as("cases with a finding that neither expect nor allow it").isEmpty();
    }

    private static DraftBuilder draftOf(JsonNode request) {
        DraftBuilder draft = draft().body(request.get("body").asString()).reason(request.get("contactReason").asString());
        JsonNode subject = request.get("subject");
        if (subject != null && !subject.isNull()) {
            draft.subject(subject.asString());
        }
        return draft;
    }

    private static boolean contains(JsonNode array, String value) {
        if (array != null) {
            for (JsonNode node : array) {
                if (value.equals(node.asString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The shared corpus beside the project when present, else the copy in the test resources. */
    private static List<JsonNode> corpus() throws IOException {
        Path shared = Path.of("..", "shared", "corpus", "cases.jsonl");
        String text;
        if (Files.isRegularFile(shared)) {
            text = Files.readString(shared, StandardCharsets.UTF_8);
        } else {
            try (InputStream in = MailingAddressRuleTest.class.getResourceAsStream("/corpus/cases.jsonl")) {
                assertThat(in).as("corpus/cases.jsonl in the test resources").isNotNull();
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> cases = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                cases.add(json.readTree(line));
            }
        }
        return cases;
    }
}
