package com.messageguard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.Http;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Whole Italian drafts through the real HTTP stack, without a {@code language}: the message is
 * read as Italian from its words, every expected rule is reported and nothing else blocks, as the
 * corpus test asks of its cases. Written for this test; the compliant ones are the order talk the
 * Italian phrases must leave alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ItalianMessagesTest {

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    static Stream<Arguments> compliant() {
        return Stream.of(
                Arguments.of("WARRANTY", "Buongiorno,\n\nci dispiace per il guasto del tostapane dell'ordine 402-1234567-1234567. "
                        + "Le spediremo gratuitamente un'unità sostitutiva in garanzia: non è necessario restituire quella "
                        + "difettosa.\n\nCordiali saluti,\nCasa Verde"),
                Arguments.of("ORDER_ISSUE", "Buongiorno,\n\ngrazie per le foto del vaso arrivato rotto (ordine "
                        + "402-1234567-1234567). Esamineremo le foto entro domani e le proporremo una sostituzione o un "
                        + "rimborso.\n\nCordiali saluti,\nCeramiche Sole"),
                Arguments.of("DELIVERY_SCHEDULING", "Buongiorno,\n\nil divano dell'ordine 402-1234567-1234567 è pronto per la "
                        + "consegna al piano. Il corriere può passare martedì tra le 9 e le 13 oppure mercoledì tra le 14 e "
                        + "le 18: quale fascia oraria preferisce?\n\nCordiali saluti,\nArredo Nord"),
                Arguments.of("ORDER_ISSUE", "Gentile cliente,\n\nil suo ordine 402-1234567-1234567 partirà con due giorni di "
                        + "ritardo perché il fornitore ci ha consegnato tardi il tessuto. Ci scusiamo per l'attesa.\n\n"
                        + "Un cordiale saluto,\nTessiture Bianchi"),
                Arguments.of("BUYER_INQUIRY_REPLY", "Ciao Luca,\n\nsì, il filtro è compatibile con il modello AP-300 e con "
                        + "l'AP-300S, non con la serie AP-200. Se l'etichetta sul retro riporta un altro modello, rispondi "
                        + "pure a questo messaggio e controlliamo.\n\nUn saluto,\nAria Pulita"),
                Arguments.of("ORDER_ISSUE", "Buongiorno,\n\npurtroppo il colore blu del cuscino (ordine 402-1234567-1234567) "
                        + "è esaurito. Preferisce ricevere il verde oppure annullare il suo ordine e ottenere il rimborso "
                        + "completo?\n\nCordiali saluti,\nCasa Verde"),
                Arguments.of("ORDER_ISSUE", "Buongiorno,\n\nabbiamo dovuto annullare il suo ordine 402-1234567-1234567 "
                        + "perché l'articolo è esaurito, ma può ordinarlo di nuovo tra due settimane.\n\nCordiali saluti,\n"
                        + "Casa Verde"));
    }

    @ParameterizedTest
    @MethodSource("compliant")
    void leavesItalianOrderTalkAlone(String reason, String body) {
        JsonNode answer = check(reason, body);

        assertThat(answer.get("compliant").asBoolean()).as(body).isTrue();
        assertThat(rules(answer, null)).as(body).isSubsetOf("attachment-missing");
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of("ORDER_ISSUE", "Buongiorno,\n\nil suo ordine 402-1234567-1234567 è in ritardo. Per fare prima, "
                        + "ci chiami al 333 123 4567 oppure ci scriva su WhatsApp.\n\nCordiali saluti,\nCasa Verde",
                        List.of("off-platform", "phone-number", "social-media")),
                Arguments.of("OTHER", "Buongiorno,\n\nper ringraziarla dell'ordine 402-1234567-1234567: con il codice GRAZIE10 "
                        + "avrà il 10% di sconto sul suo prossimo acquisto. Ci segua su Instagram!\n\nCordiali saluti,\n"
                        + "Casa Verde", List.of("promotion", "social-media")),
                Arguments.of("ORDER_ISSUE", "Buongiorno,\n\nabbiamo risolto il problema dell'ordine 402-1234567-1234567. La "
                        + "preghiamo di rimuovere la sua recensione negativa: in cambio le rimborseremo le spese di "
                        + "spedizione.\n\nCordiali saluti,\nCasa Verde", List.of("review-manipulation", "incentive")),
                Arguments.of("WARRANTY", "Buongiorno,\n\ntrova in allegato il certificato di garanzia dell'ordine "
                        + "402-1234567-1234567. Se è soddisfatto, ci lasci una recensione; se non è soddisfatto, ci contatti "
                        + "prima.\n\nCordiali saluti,\nCasa Verde", List.of("review-manipulation", "review-request-misplaced")),
                Arguments.of("ORDER_ISSUE", "Buongiorno,\n\nl'articolo dell'ordine 402-1234567-1234567 non è più disponibile. "
                        + "La preghiamo di annullare l'ordine dal suo account.\n\nCordiali saluti,\nCasa Verde",
                        List.of("cancellation-request")),
                Arguments.of("OTHER", "Buongiorno,\n\nabbiamo visto che ha annullato l'ordine 402-1234567-1234567. Potrebbe "
                        + "dirci perché ha deciso di annullarlo?\n\nCordiali saluti,\nCasa Verde", List.of("cancellation-reason")),
                Arguments.of("OTHER", "Buongiorno,\n\nil suo ordine 402-1234567-1234567 è stato spedito oggi ed è in viaggio. "
                        + "Può seguire la spedizione nella sezione I miei ordini.\n\nCordiali saluti,\nCasa Verde",
                        List.of("order-confirmation")),
                Arguments.of("OTHER", "Buongiorno,\n\ngrazie mille per il suo acquisto! Per qualsiasi domanda siamo a sua "
                        + "disposizione.\n\nCordiali saluti,\nCasa Verde", List.of("thank-you-only")),
                Arguments.of("RETURN", "Buongiorno,\n\nper il reso dell'ordine 402-1234567-1234567 spedisca il pacco a Via "
                        + "Garibaldi 12, 20121 Milano. Per non ricevere più i nostri messaggi, risponda STOP.\n\n"
                        + "Cordiali saluti,\nCasa Verde", List.of("mailing-address", "opt-out-link")),
                Arguments.of("ORDER_ISSUE", "Buongiorno,\n\nsappiamo dove abita: questo è l'ultimo avvertimento, se ne "
                        + "pentirà.\n\nCasa Verde", List.of("offensive-language")),
                Arguments.of("ORDER_ISSUE", "Buongiorno,\n\nper fissare la consegna dell'ordine 402-1234567-1234567 mi chiami "
                        + "al tre tre tre, uno due tre, quattro cinque sei sette.\n\nGiulia", List.of("phone-number", "off-platform")));
    }

    @ParameterizedTest
    @MethodSource("violations")
    void findsWhatItalianDraftsBreakAndBlocksNothingElse(String reason, String body, List<String> expected) {
        JsonNode answer = check(reason, body);

        assertThat(rules(answer, null)).as(body).containsAll(expected);
        assertThat(rules(answer, "BLOCK")).as("BLOCKs of %s", body).isSubsetOf(expected);
    }

    private JsonNode check(String reason, String body) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("body", body);
        request.put("contactReason", reason);
        request.put("orderAgeDays", 3);
        Http.Response response = http.postJson("/check", Http.json(request));
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    /** The rule ids reported, of one severity or (null) of any. */
    private static Set<String> rules(JsonNode answer, String severity) {
        List<String> rules = new ArrayList<>();
        for (JsonNode v : answer.get("violations")) {
            if (severity == null || severity.equals(v.get("severity").asString())) {
                rules.add(v.get("rule").asString());
            }
        }
        return new LinkedHashSet<>(rules);
    }
}
