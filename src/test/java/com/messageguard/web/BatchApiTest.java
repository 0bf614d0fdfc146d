package com.messageguard.web;

import static com.messageguard.testing.Prometheus.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.Corpus;
import com.messageguard.testing.Http;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /check/batch} through the real server: each item answered exactly as {@code /check} answers it. */
class BatchApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Map<String, Object> item(String body) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("body", body);
        item.put("contactReason", "BUYER_INQUIRY_REPLY");
        item.put("orderAgeDays", 3);
        return item;
    }

    private static String batch(List<?> items) {
        return Http.json(Map.of("items", items));
    }

    private static JsonNode errors(Http.Response response) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).isNotBlank();
        return response.json().get("errors");
    }

    private static List<String> fields(JsonNode errors) {
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.get("field").asString() + ": " + e.get("message").asString()));
        return fields;
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class WithTheDefaults {

        @LocalServerPort
        int port;

        @Test
        void answersEveryCorpusDraftInItemOrderExactlyAsCheckDoes() {
            Http http = new Http(port);
            List<JsonNode> items = new ArrayList<>();
            for (JsonNode c : Corpus.cases().subList(0, 40)) {
                items.add(c.get("request"));
            }
            Map<String, Object> withFix = item("Hi 😊, write to anna@example.com about order 113-4567890-1234567.");
            withFix.put("suggestFix", true);
            items.add(JSON.valueToTree(withFix));

            Http.Response response = http.postJson("/check/batch", batch(items));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.contentType()).startsWith("application/json");
            JsonNode results = response.json().get("results");
            assertThat(results).hasSize(items.size());
            for (int i = 0; i < items.size(); i++) {
                JsonNode single = http.postJson("/check", JSON.writeValueAsString(items.get(i))).json();
                assertThat(results.get(i)).as("result %d", i).isEqualTo(single);
            }
            assertThat(results.get(items.size() - 1).get("fixedBody").asString())
                    .isEqualTo("Hi, write to about order 113-4567890-1234567.");
        }

        @Test
        void namesTheInvalidFieldsOfEachItemByIndex() {
            Map<String, Object> blank = item(" ");
            Map<String, Object> unknownReason = item("Hello");
            unknownReason.put("contactReason", "PROMO");
            Http.Response response = new Http(port).postJson("/check/batch",
                    batch(List.of(item("Hello"), item("Hi"), unknownReason, blank)));

            List<String> errors = fields(errors(response));
            assertThat(errors).hasSize(2);
            assertThat(errors.get(0)).startsWith("items[2].contactReason: must be one of BUYER_INQUIRY_REPLY, ");
            assertThat(errors.get(1)).isEqualTo("items[3].body: must not be blank");
        }

        @Test
        void namesAnItemWhoseJsonHasTheWrongType() {
            Map<String, Object> wrongType = item("Hello");
            wrongType.put("orderAgeDays", "3");

            assertThat(fields(errors(new Http(port).postJson("/check/batch", batch(List.of(item("Hello"), wrongType))))))
                    .containsExactly("items[1].orderAgeDays: must be a whole number within range");
            assertThat(fields(errors(new Http(port).postJson("/check/batch", "{\"items\": {\"body\": \"Hello\"}}"))))
                    .containsExactly("items: must be an array");
        }

        @Test
        void refusesAnEmptyOrMissingBatchAndANullItem() {
            Http http = new Http(port);
            assertThat(fields(errors(http.postJson("/check/batch", "{\"items\": []}"))))
                    .containsExactly("items: must hold at least one draft");
            assertThat(fields(errors(http.postJson("/check/batch", "{}"))))
                    .containsExactly("items: must hold at least one draft");
            assertThat(fields(errors(http.postJson("/check/batch", "{\"items\": [null]}"))))
                    .containsExactly("items[0]: must not be null");
        }

        @Test
        void refusesMoreThanAHundredDraftsWithAClearDetail() {
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = 0; i < 101; i++) {
                items.add(item("Hello " + i));
            }
            Http.Response response = new Http(port).postJson("/check/batch", batch(items));

            assertThat(fields(errors(response))).containsExactly(
                    "items: must hold at most 100 drafts (messageguard.batch.max-items); send the rest in another batch");
            assertThat(response.json().get("detail").asString()).startsWith("Invalid field items: must hold at most 100 drafts");
        }

        @Test
        void countsEveryItemInTheMetricsAsCheckWould() {
            Http http = new Http(port);
            String before = http.get("/metrics").body();
            http.postJson("/check/batch", batch(List.of(item("mail me: ops@example.com"), item("Hello"), item("or anna@example.com"))));
            String after = http.get("/metrics").body();

            assertThat(checks(after) - checks(before)).isEqualTo(3);
            assertThat(value(after, "messageguard_violations_total{rule=\"email-address\"}")
                    - value(before, "messageguard_violations_total{rule=\"email-address\"}")).isEqualTo(2);
        }

        @Test
        void takesAsManyBytesAsItsItemsMayHold() {
            Map<String, Object> padded = item("Hello");
            padded.put("note", "x".repeat(300_000)); // unknown fields are ignored, but count towards the size
            Http http = new Http(port);

            assertThat(http.postJson("/check", Http.json(padded)).status()).isEqualTo(413);
            assertThat(http.postJson("/check/batch", batch(List.of(padded))).status()).isEqualTo(200);
        }

        @Test
        void answers405ToAGet() {
            assertThat(new Http(port).get("/check/batch").status()).isEqualTo(405);
        }

        private static double checks(String metrics) {
            return value(metrics, "messageguard_checks_total{verdict=\"PASS\"}")
                    + value(metrics, "messageguard_checks_total{verdict=\"WARN\"}")
                    + value(metrics, "messageguard_checks_total{verdict=\"BLOCK\"}");
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"messageguard.batch.max-items=3", "messageguard.max-request-size=1KB"})
    class WithASmallerLimit {

        @LocalServerPort
        int port;

        @Test
        void theItemLimitIsConfigurable() {
            List<Map<String, Object>> items = List.of(item("a"), item("b"), item("c"), item("d"));

            assertThat(fields(errors(new Http(port).postJson("/check/batch", batch(items)))))
                    .containsExactly("items: must hold at most 3 drafts (messageguard.batch.max-items); send the rest in another batch");
            assertThat(new Http(port).postJson("/check/batch", batch(items.subList(0, 3))).status()).isEqualTo(200);
        }

        @Test
        void theSizeLimitScalesWithTheItemLimit() {
            Map<String, Object> padded = item("Hello");
            padded.put("note", "x".repeat(1_500));
            Http http = new Http(port);

            assertThat(http.postJson("/check", Http.json(padded)).status()).isEqualTo(413);
            assertThat(http.postJson("/check/batch", batch(List.of(padded, item("Hi")))).status()).isEqualTo(200);
            Http.Response tooLarge = http.postJson("/check/batch", batch(List.of(padded, padded)));
            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(tooLarge.json().get("detail").asString()).isEqualTo("The request body exceeds the limit of 3072 bytes.");
        }
    }
}
