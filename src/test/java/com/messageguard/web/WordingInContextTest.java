package com.messageguard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.Http;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wording rules with the intent layer behind them, over HTTP: wordings no phrase list names
 * are found, and the context decides (a reply's quoted subject, a refusal, a seller who cancels
 * itself, a French delay). Every message is written here, apart from the corpora and the training
 * sentences.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WordingInContextTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void findsAnAskForTheCancellationReasonWithoutAWhy() {
        List<String> rules = rules(post("OTHER", "About order 113-2233445-6677889",
                "Hello Mira,\n\nWe noticed you cancelled the walnut desk organiser this morning. Was the delivery date "
                        + "too far away, or did the colour not suit your desk?\n\nKind regards,\nOakline"));
        assertThat(rules).contains("cancellation-reason");
    }

    @Test
    void aRepliesQuotedSubjectIsTheBuyersWording() {
        JsonNode answer = post("BUYER_INQUIRY_REPLY", "Re: Why did you cancel my order?",
                "Hello Mr. Tan,\n\nWe cancelled the order ourselves because the last lamp failed our inspection. "
                        + "You have not been charged.\n\nBest regards,\nLumo");
        assertThat(rules(answer)).doesNotContain("cancellation-reason", "cancellation-request", "off-platform");
        assertThat(answer.get("compliant").asBoolean()).isTrue();
    }

    @Test
    void aRefusedPaymentOutsideAmazonIsNoInvitation() {
        JsonNode answer = post("BUYER_INQUIRY_REPLY", "Re: Payment question",
                "Hi Sam,\n\nWe can't accept bank transfers or any other payment outside Amazon; please order through "
                        + "the listing as usual.\n\nThanks,\nToolhaus");
        assertThat(rules(answer)).doesNotContain("off-platform");
        assertThat(rules(post("BUYER_INQUIRY_REPLY", "Re: Payment question",
                "Hi Sam,\n\nWe can take a bank transfer for the second chest, which saves us the fees.\n\nThanks,\nToolhaus")))
                .contains("off-platform");
    }

    @Test
    void aFrenchDelayIsNoInsult() {
        assertThat(rules(post("ORDER_ISSUE", "Retard de livraison, commande 171-1234567-1234567",
                "Bonjour,\n\nVotre commande 171-1234567-1234567 est en retard de deux jours à cause d'une grève. "
                        + "Nous vous prions de nous excuser.\n\nCordialement,\nAtelier Lune")))
                .doesNotContain("offensive-language");
    }

    @Test
    void theSellerWhoCancelsItselfAsksNothing() {
        assertThat(rules(post("ORDER_ISSUE", "Order 113-2233445-6677889: out of stock",
                "Hello,\n\nThe blue kettle in order 113-2233445-6677889 sold out. If the white one does not suit you, "
                        + "just say so here and we'll cancel the order for you with a full refund.\n\nBest,\nKettleworks")))
                .doesNotContain("cancellation-request");
    }

    @Test
    void aBenefitInOtherWordsForAReviewIsAnIncentive() {
        assertThat(rules(post("FEEDBACK_REQUEST", "Your pasta maker",
                "Hello Ada,\n\nWe hope the pasta maker from order 113-2233445-6677889 is earning its place. Once your "
                        + "review is up on Amazon, send us a screenshot here and a jar of our basil pesto is on the house.\n\n"
                        + "Ciao,\nCasa Trafila")))
                .contains("incentive");
    }

    /** Written the way sellers type on a phone: no accents, short forms, informal address. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            ORDER_ISSUE         | the blue one sold out sorry, can u pls cancel order 113-2233445-6677889 from ur end | cancellation-request
            ORDER_ISSUE         | order 113-2233445-6677889: the lamp is gone, best thing is u request a cancellation in ur orders | cancellation-request
            OTHER               | hi, saw u cancelled order 113-2233445-6677889 yesterday, would u mind telling us why? | cancellation-reason
            FEEDBACK_REQUEST    | commande 402-2233445-6677889 : si ca vous plait, mettez nous 5 etoiles svp     | review-manipulation
            FEEDBACK_REQUEST    | Bestellung 302-2233445-6677889: waers ok wenn sie die 3 Sterne noch anpassen?   | review-manipulation
            ORDER_ISSUE         | order 026-2233445-6677889 is late, give me a bell on 07700 900 123 and we sort it | off-platform
            BUYER_INQUIRY_REPLY | per fare prima mi manda le foto su mail? negozio chiocciola libero punto it        | off-platform
            """)
    void findsWordingTypedInAHurry(String reason, String body, String rule) {
        assertThat(rules(post(reason, "order", body))).contains(rule);
    }

    private JsonNode post(String reason, String subject, String body) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("subject", subject);
        request.put("body", body);
        request.put("contactReason", reason);
        request.put("orderAgeDays", 10);
        request.put("daysSinceDelivery", 7);
        Http.Response response = new Http(port).postJson("/check", JSON.writeValueAsString(request));
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static List<String> rules(JsonNode answer) {
        List<String> rules = new ArrayList<>();
        answer.get("violations").forEach(v -> rules.add(v.get("rule").asString()));
        return rules;
    }
}
