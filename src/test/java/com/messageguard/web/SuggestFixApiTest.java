package com.messageguard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.Http;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Fixes on violations and {@code suggestFix} through the real server: the contract the playground codes against. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SuggestFixApiTest {

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private static Map<String, Object> request(String subject, String body, Boolean suggestFix) {
        Map<String, Object> request = new LinkedHashMap<>();
        if (subject != null) {
            request.put("subject", subject);
        }
        request.put("body", body);
        request.put("contactReason", "ORDER_ISSUE");
        request.put("orderAgeDays", 3);
        if (suggestFix != null) {
            request.put("suggestFix", suggestFix);
        }
        return request;
    }

    private JsonNode post(Map<String, Object> request) {
        Http.Response response = http.postJson("/check", Http.json(request));
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static List<String> rules(JsonNode violations) {
        List<String> rules = new ArrayList<>();
        violations.forEach(v -> rules.add(v.get("rule").asString()));
        return rules;
    }

    @Test
    void fixesContactDetailsEmojiAndStyledLettersAndLeavesTheWordingToTheSeller() {
        String body = "Hello Anna 👋, your lamp from order 113-4567890-1234567 ships today. Write to anna.shop@example.com"
                + " or call +1 415 555 0132.\n\n\n\nCheck out our new spring collection!";
        JsonNode json = post(request("Your 𝐍𝐄𝐖 lamp", body, true));

        assertThat(json.get("verdict").asString()).isEqualTo("BLOCK");
        assertThat(json.get("fixedBody").asString()).isEqualTo(
                "Hello Anna, your lamp from order 113-4567890-1234567 ships today. Write to or call.\n\nCheck out our new spring collection!");
        assertThat(json.get("fixedSubject").asString()).isEqualTo("Your NEW lamp");
        assertThat(json.get("fixedVerdict").asString()).isEqualTo("BLOCK");
        assertThat(rules(json.get("remainingViolations"))).containsExactly("promotion");
        assertThat(json.get("remainingViolations").get(0).has("fix")).isFalse();
    }

    @Test
    void aViolationsFixHasStartEndAndReplacementAndWordingHasNone() {
        String body = "Hello, order 113-4567890-1234567 ships today 🚚. Check out our new spring collection!";
        JsonNode violations = post(request(null, body, null)).get("violations");

        assertThat(rules(violations)).containsExactly("emoji", "promotion");
        JsonNode fix = violations.get(0).get("fix");
        assertThat(fix.propertyNames()).containsExactly("start", "end", "replacement");
        assertThat(fix.get("start").asInt()).isEqualTo(body.indexOf(" 🚚"));
        assertThat(fix.get("end").asInt()).isEqualTo(body.indexOf("."));
        assertThat(fix.get("replacement").asString()).isEmpty();
        assertThat(violations.get(1).has("fix")).as("promotion is wording: no safe fix").isFalse();
    }

    @Test
    void withoutSuggestFixTheFixedDraftIsAbsent() {
        for (Boolean suggestFix : new Boolean[] {null, false}) {
            JsonNode json = post(request("Hi", "Hello, order 113-4567890-1234567 ships today 🚚.", suggestFix));

            assertThat(json.propertyNames()).containsExactly("verdict", "compliant", "violations", "rulesVersion");
        }
    }

    @Test
    void fixedSubjectOnlyWhenTheRequestHadASubject() {
        Map<String, Object> request = request(null, "Hello Megan, the cover measures 18 x 18 in and fits your insert.", true);
        request.put("contactReason", "BUYER_INQUIRY_REPLY");
        JsonNode json = post(request);

        assertThat(json.propertyNames()).contains("fixedBody", "fixedVerdict", "remainingViolations").doesNotContain("fixedSubject");
        assertThat(json.get("fixedBody").asString()).isEqualTo("Hello Megan, the cover measures 18 x 18 in and fits your insert.");
        assertThat(json.get("fixedVerdict").asString()).isEqualTo("PASS");
        assertThat(json.get("remainingViolations")).isEmpty();
    }

    @Test
    void theImportantTagGoesFromTheSubjectOfANonCriticalMessage() {
        Map<String, Object> request = request("[Important] Your invoice", "Hello, the invoice for order 113-4567890-1234567 is attached.", true);
        request.put("contactReason", "INVOICE");
        request.put("attachments", List.of(Map.of("fileName", "invoice.pdf", "sizeBytes", 20_000)));
        JsonNode json = post(request);

        assertThat(rules(json.get("violations"))).containsExactly("important-tag-misuse");
        assertThat(json.get("fixedSubject").asString()).isEqualTo("Your invoice");
        assertThat(json.get("fixedVerdict").asString()).isEqualTo("PASS");
    }

    @Test
    void aBodyThatWasOnlyAContactDetailBecomesEmptyWithoutAnError() {
        JsonNode json = post(request(null, "anna@example.com", true));

        assertThat(json.get("fixedBody").asString()).isEmpty();
        assertThat(rules(json.get("remainingViolations"))).doesNotContain("email-address");
    }

    @Test
    void suggestFixMustBeABoolean() {
        Map<String, Object> request = request(null, "Hello", null);
        request.put("suggestFix", "yes");
        Http.Response response = http.postJson("/check", Http.json(request));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("suggestFix");
    }
}
