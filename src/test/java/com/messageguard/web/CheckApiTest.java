package com.messageguard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.Http;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The HTTP contract of POST /check (API.md), through the real server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckApiTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private static Map<String, Object> request(String body) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("body", body);
        request.put("contactReason", "BUYER_INQUIRY_REPLY");
        request.put("orderAgeDays", 3);
        return request;
    }

    /** RFC 9457: type, title, status and detail on every error. */
    private static void assertProblem(Http.Response response) {
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).startsWith("urn:message-guard:problem:");
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("status").asInt()).isEqualTo(response.status());
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    private Http.Response post(Map<String, Object> request) {
        return http.postJson("/check", Http.json(request));
    }

    @Test
    void blocksAnEmailAddressWithOffsetsIntoTheOriginalBody() {
        String body = "Hello Anna,\nplease write to anna@example.com for the manual.";
        Http.Response response = post(request(body));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode json = response.json();
        assertThat(json.get("verdict").asString()).isEqualTo("BLOCK");
        assertThat(json.get("compliant").asBoolean()).isFalse();
        assertThat(json.get("rulesVersion").asString()).isEqualTo("2026.11.0");
        // "write to <address>" offers it as a way to reach the seller: off-platform comes first, from "write".
        assertThat(json.get("violations").get(0).get("rule").asString()).isEqualTo("off-platform");
        JsonNode violation = json.get("violations").get(1);
        assertThat(violation.get("rule").asString()).isEqualTo("email-address");
        assertThat(violation.get("severity").asString()).isEqualTo("BLOCK");
        assertThat(violation.get("field").asString()).isEqualTo("body");
        int start = violation.get("start").asInt();
        int end = violation.get("end").asInt();
        assertThat(body.substring(start, end)).isEqualTo("anna@example.com");
        assertThat(violation.get("excerpt").asString()).isEqualTo("anna@example.com");
        assertThat(violation.get("message").asString()).isNotBlank();
        assertThat(violation.get("policy").asString()).isNotBlank();
        assertThat(violation.get("suggestion").asString()).isNotBlank();
    }

    @Test
    void findsAPhoneNumberThatIsOnlyInTheSubject() {
        Map<String, Object> request = request("Hello, which name should we engrave on the locket of order 113-4567890-1234567?");
        request.put("subject", "Engraving question: ring O7911 2O458O");
        request.put("contactReason", "ORDER_ISSUE");

        List<String> found = new ArrayList<>();
        for (JsonNode v : post(request).json().get("violations")) {
            found.add(v.get("rule").asString() + "|" + v.get("field").asString() + "|" + v.get("start").asInt()
                    + "|" + v.get("excerpt").asString());
        }
        assertThat(found).containsExactly(
                "off-platform|subject|20|ring O7911 2O458O",
                "phone-number|subject|25|O7911 2O458O");
    }

    @Test
    void offsetsAreUtf16UnitsOfTheOriginalTextAfterEmojiAndInvisibleCharacters() {
        String body = "Hi 👋🏽 Lena,\u200B write to lena@example.org please";
        JsonNode violation = null;
        for (JsonNode v : post(request(body)).json().get("violations")) {
            if (v.get("rule").asString().equals("email-address")) {
                violation = v;
            }
        }
        assertThat(violation).isNotNull();

        assertThat(body.substring(violation.get("start").asInt(), violation.get("end").asInt()))
                .isEqualTo("lena@example.org");
    }

    @Test
    void passesACompliantReply() {
        JsonNode json = post(request("Hello Megan, the cover measures 18 x 18 in and fits your insert.")).json();

        assertThat(json.get("verdict").asString()).isEqualTo("PASS");
        assertThat(json.get("compliant").asBoolean()).isTrue();
        assertThat(json.get("violations")).isEmpty();
    }

    @Test
    void warnsWithoutBlockingWhenOnlyWarningsApply() {
        Map<String, Object> request = request("Hello, your lamp ships on Monday instead of Friday.");
        request.put("contactReason", "ORDER_ISSUE");
        JsonNode json = post(request).json();

        assertThat(json.get("verdict").asString()).isEqualTo("WARN");
        assertThat(json.get("compliant").asBoolean()).isTrue();
        assertThat(json.get("violations").get(0).get("rule").asString()).isEqualTo("missing-order-id");
        assertThat(json.get("violations").get(0).has("start")).as("a whole-field finding has no offsets").isFalse();
    }

    @Test
    void sortsViolationsByFieldThenStartThenRuleAndAnswersTheSameEveryTime() {
        Map<String, Object> request = request("<b>Hi</b> write to a@example.com\n\n\n\nor write to b@example.com &amp; bye");
        request.put("subject", "[Important] Hello");
        request.put("contactReason", "OTHER");
        request.put("orderAgeDays", 40);
        request.put("attachments", List.of(Map.of("fileName", "tool.exe", "sizeBytes", 10)));
        Http.Response first = post(request);
        Http.Response second = post(request);

        assertThat(first.body()).isEqualTo(second.body());
        List<String> order = new ArrayList<>();
        for (JsonNode v : first.json().get("violations")) {
            order.add(v.get("field").asString() + "|" + (v.has("start") ? v.get("start").asInt() : -1) + "|" + v.get("rule").asString());
        }
        assertThat(order).containsExactly(
                "attachments[0]|-1|attachment-type",
                "body|-1|missing-order-id",
                "body|0|html-markup",
                "body|5|html-markup",
                "body|10|off-platform",
                "body|19|email-address",
                "body|32|excessive-line-breaks",
                "body|39|off-platform",
                "body|48|email-address",
                "body|62|html-markup",
                "orderAgeDays|-1|contact-window",
                "subject|0|important-tag-misuse");
    }

    @Test
    void acceptsEveryDocumentedFieldAndIgnoresUnknownOnes() {
        Map<String, Object> request = request("Hello, thanks for your question about order 113-4567890-1234567.");
        request.put("subject", "Re: your question");
        request.put("daysSinceDelivery", 2);
        request.put("attachments", List.of(Map.of("fileName", "manual.pdf", "contentType", "application/pdf", "sizeBytes", 1000)));
        request.put("context", Map.of("reviewAlreadyRequested", false, "buyerOptedOut", false,
                "averageDailyOrders", 40, "messagesSentToday", 12));
        request.put("language", "en");
        request.put("checkGrammar", false);
        request.put("someFutureField", Map.of("x", 1));

        Http.Response response = post(request);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("verdict").asString()).isEqualTo("PASS");
    }

    /** An Italian draft: a refund tied to removing a negative review. */
    private static Map<String, Object> italianRequest() {
        Map<String, Object> request = request("Buongiorno,\n\nla preghiamo di rimuovere la sua recensione negativa: "
                + "in cambio le rimborseremo l'intero importo dell'ordine 402-1234567-1234567.\n\nCordiali saluti");
        request.put("contactReason", "ORDER_ISSUE");
        return request;
    }

    private List<String> rules(Http.Response response) {
        assertThat(response.status()).isEqualTo(200);
        List<String> rules = new ArrayList<>();
        response.json().get("violations").forEach(v -> rules.add(v.get("rule").asString()));
        return rules;
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "IT", "it-IT", "it_CH"})
    void readsTheBodyWithTheItalianPackWhenTheRequestSaysItalian(String language) {
        Map<String, Object> request = italianRequest();
        request.put("language", language);

        assertThat(rules(post(request))).containsExactlyInAnyOrder("review-manipulation", "incentive");
    }

    @Test
    void detectsAnItalianMessageWithoutALanguage() {
        assertThat(rules(post(italianRequest()))).containsExactlyInAnyOrder("review-manipulation", "incentive");

        Map<String, Object> readAsEnglish = italianRequest();
        readAsEnglish.put("language", "en");
        assertThat(rules(post(readAsEnglish))).as("the English pack has none of these words").isEmpty();
    }

    @Test
    void rejectsAnUnknownContactReasonListingTheAllowedOnes() {
        Map<String, Object> request = request("Hello");
        request.put("contactReason", "MARKETING");
        Http.Response response = post(request);

        assertThat(response.status()).isEqualTo(400);
        assertProblem(response);
        JsonNode problem = response.json();
        assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("type").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).contains("BUYER_INQUIRY_REPLY", "FEEDBACK_REQUEST", "OTHER");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("contactReason");
    }

    @Test
    void namesEveryBadFieldInOneAnswer() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("body", " ");
        request.put("orderAgeDays", -1);
        request.put("subject", "s".repeat(201));
        request.put("daysSinceDelivery", -2);
        request.put("attachments", List.of(Map.of("contentType", "application/pdf", "sizeBytes", -5)));
        request.put("context", Map.of("averageDailyOrders", -1, "messagesSentToday", -3));
        request.put("language", "english");
        Http.Response response = post(request);

        assertThat(response.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("body", "contactReason", "orderAgeDays", "subject", "daysSinceDelivery",
                "attachments[0].fileName", "attachments[0].sizeBytes", "context.averageDailyOrders",
                "context.messagesSentToday", "language");
    }

    @Test
    void rejectsABodyOverTwentyThousandCharactersAndMoreThanTenAttachments() {
        Map<String, Object> request = request("x".repeat(20_001));
        List<Map<String, Object>> attachments = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            attachments.add(Map.of("fileName", "f" + i + ".pdf", "sizeBytes", 1));
        }
        request.put("attachments", attachments);
        Http.Response response = post(request);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"body\"", "\"field\":\"attachments\"");
        assertThat(post(request("x".repeat(20_000))).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"body\":\"hi\",\"contactReason\":\"OTHER\",\"orderAgeDays\":\"3\"}",
            "{\"body\":\"hi\",\"contactReason\":\"OTHER\",\"orderAgeDays\":3.5}",
            "{\"body\":\"hi\",\"contactReason\":\"OTHER\",\"orderAgeDays\":3,\"checkGrammar\":\"yes\"}",
            "{\"body\":[\"hi\"],\"contactReason\":\"OTHER\",\"orderAgeDays\":3}",
            "{\"body\":\"hi\",\"contactReason\":\"OTHER\",\"orderAgeDays\":3,\"attachments\":{\"fileName\":\"a.pdf\"}}",
            "{\"body\":\"hi\",\"contactReason\":\"OTHER\",\"orderAgeDays\":3,\"context\":[1]}",
            "{\"body\":\"hi\",\"contactReason\":\"OTHER\",\"orderAgeDays\":99999999999999999999}",
            "{\"body\":\"hi\",",
            "[1,2]",
            "\"just a string\"",
            "null",
            "",
    })
    void answersMalformedOrMistypedJsonWithAProblem(String json) {
        Http.Response response = http.postJson("/check", json);

        assertThat(response.status()).as(json).isEqualTo(400);
        assertProblem(response);
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }

    @Test
    void namesTheFieldOfAWrongType() {
        Http.Response response = http.postJson("/check",
                "{\"body\":\"hi\",\"contactReason\":\"OTHER\",\"orderAgeDays\":3,"
                        + "\"attachments\":[{\"fileName\":\"a.pdf\",\"sizeBytes\":\"big\"}]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("attachments[0].sizeBytes");
    }

    @Test
    void neverEchoesTheMessageTextInAnError() {
        String marker = "SECRET-MARKER-7731";
        Map<String, Object> request = request(marker + " ".repeat(3));
        request.put("contactReason", marker);
        request.put("orderAgeDays", -1);
        Http.Response invalid = post(request);
        Http.Response malformed = http.postJson("/check", "{\"body\":\"" + marker + "\",\"orderAgeDays\":tru");

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).doesNotContain(marker);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain(marker);
    }

    @Test
    void answers413OverTheSizeLimitWithContentLengthAndChunked() {
        String big = Http.json(request("a".repeat(300 * 1024)));
        Http.Response declared = http.postJson("/check", big);
        Http.Response chunked = http.send(HttpRequest.newBuilder(URI.create(http.url("/check")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes()))));

        for (Http.Response response : List.of(declared, chunked)) {
            assertThat(response.status()).isEqualTo(413);
            assertProblem(response);
            assertThat(response.json().get("status").asInt()).isEqualTo(413);
            assertThat(response.json().get("detail").asString()).contains("262144");
        }
        String small = Http.json(request("Hello there"));
        Http.Response smallChunked = http.send(HttpRequest.newBuilder(URI.create(http.url("/check")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small.getBytes()))));
        assertThat(smallChunked.status()).isEqualTo(200);
    }

    @Test
    void answers415ForAnythingButJson() {
        Http.Response response = http.send(HttpRequest.newBuilder(URI.create(http.url("/check")))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")));

        assertThat(response.status()).isEqualTo(415);
        assertProblem(response);
    }

    @Test
    void answers405ForAWrongMethodOnAKnownPath() {
        Http.Response get = http.get("/check");
        Http.Response delete = http.send(HttpRequest.newBuilder(URI.create(http.url("/rules"))).DELETE());

        for (Http.Response response : List.of(get, delete)) {
            assertThat(response.status()).isEqualTo(405);
            assertProblem(response);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/check-baseline", "/check-replay"})
    void theLoadTestYardsticksDoNotAnswerOutsideTheLoadtestProfile(String path) {
        Http.Response response = http.postJson(path, "{\"body\": \"Hello\", \"contactReason\": \"ORDER_ISSUE\", \"orderAgeDays\": 1}");

        assertThat(response.status()).as(path).isEqualTo(404);
        assertProblem(response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nothing-here", "/actuator", "/actuator/health", "/actuator/prometheus", "/env",
            "/heapdump", "/beans", "/threaddump", "/loggers", "/check/extra", "/error"})
    void answers404ForUnknownPathsIncludingActuatorOnes(String path) {
        Http.Response response = http.get(path);

        assertThat(response.status()).as(path).isEqualTo(404);
        assertProblem(response);
    }
}
