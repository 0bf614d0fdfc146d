package com.messageguard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Fix;
import com.messageguard.engine.Violation;
import com.messageguard.testing.Http;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document at {@code /v3/api-docs} against the real contract: every schema has exactly
 * the properties of the record the service reads or writes, each described; every operation lists
 * its answers; the examples are what the service really answers; the docs can be turned off.
 */
class ApiDocsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The schemas of the API by name, with the record each documents. */
    private static final Map<String, Class<? extends Record>> RECORDS = new LinkedHashMap<>();

    static {
        RECORDS.put("CheckRequest", CheckRequest.class);
        RECORDS.put("AttachmentPayload", CheckRequest.AttachmentPayload.class);
        RECORDS.put("ContextPayload", CheckRequest.ContextPayload.class);
        RECORDS.put("CheckResponse", CheckResponse.class);
        RECORDS.put("Violation", Violation.class);
        RECORDS.put("Fix", Fix.class);
        RECORDS.put("BatchRequest", BatchRequest.class);
        RECORDS.put("BatchResponse", BatchResponse.class);
        RECORDS.put("FieldError", FieldError.class);
        RECORDS.put("Problem", ApiProblem.class);
        RECORDS.put("CatalogResponse", RulesController.CatalogResponse.class);
        RECORDS.put("RuleEntry", RulesController.RuleEntry.class);
        RECORDS.put("ContactReason", com.messageguard.ruledata.ContactReason.class);
    }

    private static Set<String> names(JsonNode object) {
        return new TreeSet<>(object.propertyNames());
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class Published {

        @LocalServerPort
        int port;

        private Http http;
        private JsonNode doc;

        @BeforeEach
        void fetch() {
            http = new Http(port);
            Http.Response response = http.get("/v3/api-docs");
            assertThat(response.status()).isEqualTo(200);
            doc = response.json();
        }

        private JsonNode schema(String name) {
            JsonNode schema = doc.get("components").get("schemas").get(name);
            assertThat(schema).as("schema %s", name).isNotNull();
            return schema;
        }

        @Test
        void theLedgersEndpointsAreDocumentedWithoutTheAccountAsAParameter() {
            JsonNode paths = doc.get("paths");
            assertThat(names(paths)).contains("/messages", "/messages/{messageId}", "/orders/{orderId}/messages");
            assertThat(names(paths.get("/messages").get("post").get("responses"))).contains("201", "422", "409", "503", "400");
            assertThat(paths.get("/orders/{orderId}/messages").toString()).doesNotContain("SellerAccount", "\"account\"");
            assertThat(paths.get("/check").get("post").path("parameters").size()).isZero();
        }

        @Test
        void everySchemaHasExactlyThePropertiesOfItsRecord() {
            RECORDS.forEach((name, type) -> {
                Set<String> components = new TreeSet<>(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
                assertThat(names(schema(name).get("properties"))).as("properties of %s", name).isEqualTo(components);
            });
        }

        @Test
        void everyPropertyIsDescribed() {
            RECORDS.keySet().forEach(name -> schema(name).get("properties").properties().forEach(p ->
                    assertThat(p.getValue().path("description").asString("")).as("description of %s.%s", name, p.getKey())
                            .isNotBlank()));
        }

        @Test
        void theRequiredFieldsAreThoseValidationRequires() {
            assertThat(JSON.convertValue(schema("CheckRequest").get("required"), List.class))
                    .containsExactlyInAnyOrder("body", "contactReason", "orderAgeDays");
            assertThat(JSON.convertValue(schema("BatchRequest").get("required"), List.class)).containsExactly("items");
        }

        @Test
        void theContactReasonsAreTheCatalogs() {
            List<String> catalog = new ArrayList<>();
            http.get("/rules").json().get("contactReasons").forEach(r -> catalog.add(r.get("id").asString()));

            assertThat(JSON.convertValue(schema("CheckRequest").get("properties").get("contactReason").get("enum"), List.class))
                    .isEqualTo(catalog);
        }

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({
                "/check,       post, CheckRequest, CheckResponse, 200 400 401 413 415 500",
                "/check/batch, post, BatchRequest, BatchResponse, 200 400 401 413 415 500",
                "/rules,       get,  ,             CatalogResponse, 200 401 500",
        })
        void everyOperationListsItsSchemasAndEveryProblemItAnswers(String path, String method, String request,
                String response, String statuses) {
            JsonNode operation = doc.get("paths").get(path).get(method);
            assertThat(operation).as("%s %s", method, path).isNotNull();
            if (request != null) {
                assertThat(operation.at("/requestBody/content/application~1json/schema/$ref").asString())
                        .isEqualTo("#/components/schemas/" + request);
            }
            assertThat(names(operation.get("responses"))).containsExactlyInAnyOrder(statuses.split(" "));
            assertThat(operation.at("/responses/200/content/application~1json/schema/$ref").asString())
                    .isEqualTo("#/components/schemas/" + response);
            operation.get("responses").properties().stream().filter(r -> !r.getKey().equals("200")).forEach(r ->
                    assertThat(r.getValue().at("/content/application~1problem+json/schema/$ref").asString())
                            .as("%s %s %s", method, path, r.getKey()).isEqualTo("#/components/schemas/Problem"));
            assertThat(operation.at("/security/0").has(ApiDocsConfiguration.API_KEY)).isTrue();
        }

        @Test
        void theProblemSchemaHoldsEveryKeyOfRealErrors() {
            Set<String> documented = names(schema("Problem").get("properties"));
            List<Http.Response> errors = List.of(
                    http.postJson("/check", "{\"body\": \"\", \"contactReason\": \"OTHER\", \"orderAgeDays\": -1}"),
                    http.postJson("/check/batch", "{\"items\": []}"),
                    http.postJson("/check", "{\"body\": "),
                    http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.url("/check")))
                            .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString("hi"))),
                    http.postJson("/check", "{\"body\": \"" + "x".repeat(300_000) + "\"}"));
            for (Http.Response error : errors) {
                assertThat(error.status()).isBetween(400, 499);
                assertThat(documented).as("keys of a %d", error.status()).containsAll(names(error.json()));
                assertThat(names(error.json())).containsAll(JSON.convertValue(schema("Problem").get("required"), List.class));
            }
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
                "/check,       check-request,             check-response",
                "/check,       check-suggest-fix-request, check-suggest-fix-response",
                "/check/batch, batch-request,             batch-response",
                "/check,       '',                        problem-400",
                "/check/batch, '',                        problem-400-batch",
        })
        void theExamplesAreWhatTheServiceAnswers(String path, String requestFile, String answerFile) {
            JsonNode request = requestFile.isEmpty() ? problemRequest(answerFile) : example(requestFile);
            JsonNode expected = example(answerFile);

            Http.Response response = http.postJson(path, JSON.writeValueAsString(request));

            assertThat(withoutCatalogTexts(response.json()))
                    .as("%s answered for %s.json; regenerate the example from the running service when the change is meant",
                            answerFile, requestFile)
                    .isEqualTo(withoutCatalogTexts(expected));
        }

        /** The requests of the problem examples, which have no file of their own. */
        private JsonNode problemRequest(String answerFile) {
            return JSON.readTree(answerFile.equals("problem-400")
                    ? "{\"body\":\"Hi\",\"contactReason\":\"PROMO\",\"orderAgeDays\":-2}"
                    : "{\"items\":[{\"body\":\"Hello\",\"contactReason\":\"BUYER_INQUIRY_REPLY\",\"orderAgeDays\":1},"
                            + "{\"body\":\" \",\"contactReason\":\"BUYER_INQUIRY_REPLY\",\"orderAgeDays\":-3}]}");
        }

        @Test
        void swaggerUiIsServedAndPointsAtTheDocument() {
            assertThat(http.get("/swagger-ui.html").status()).isEqualTo(302);
            Http.Response page = http.get("/swagger-ui/index.html");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("swagger-ui-bundle.js");
            assertThat(http.get("/v3/api-docs/swagger-config").json().get("url").asString()).isEqualTo("/v3/api-docs");
        }
    }

    /** The catalog's wording (messages, policies, the rules version) may change without the contract changing. */
    private static JsonNode withoutCatalogTexts(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("message", "policy", "suggestion", "rulesVersion"));
        }
        node.forEach(ApiDocsTest::strip);
    }

    private static JsonNode example(String name) {
        try (InputStream in = ApiDocsTest.class.getClassLoader().getResourceAsStream(ApiDocsConfiguration.EXAMPLES + name + ".json")) {
            assertThat(in).as("example %s", name).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "messageguard.docs.enabled=false")
    class TurnedOff {

        @LocalServerPort
        int port;

        @Test
        void theDocsAnswer404() {
            Http http = new Http(port);
            for (String path : List.of("/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui.html", "/swagger-ui/index.html")) {
                assertThat(http.get(path).status()).as(path).isEqualTo(404);
            }
            assertThat(http.postJson("/check", "{\"body\":\"Hi\",\"contactReason\":\"OTHER\",\"orderAgeDays\":1}").status())
                    .isEqualTo(200);
        }
    }
}
