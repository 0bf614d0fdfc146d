package com.messageguard.web;

import static com.messageguard.testing.Prometheus.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** GET /rules, /health and /metrics: what seller tools, load balancers and dashboards read. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpsEndpointsTest {

    /** Every rule id of RULES.md; the shared copy, when present, is checked against this list too. */
    static final List<String> RULE_IDS = List.of(
            "incentive", "review-manipulation", "review-request-misplaced", "link", "email-address",
            "phone-number", "social-media", "off-platform", "mailing-address", "opt-out-link", "promotion",
            "order-confirmation", "thank-you-only", "cancellation-reason", "cancellation-request",
            "offensive-language", "emoji", "special-font", "excessive-line-breaks", "html-markup",
            "important-tag-misuse", "message-length", "missing-order-id", "spelling-grammar",
            "contact-window", "buyer-opted-out", "daily-limit", "review-request-repeat", "review-request-timing",
            "attachment-type", "attachment-size", "attachment-count", "attachment-content", "attachment-missing",
            "image-size");

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void rulesListsEveryRuleOfTheCatalogWithItsStatusTheContactReasonsAndTheLanguages() {
        Http.Response response = http.get("/rules");

        assertThat(response.status()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.get("rulesVersion").asString()).isEqualTo("2026.11.0");
        Map<String, String> status = new HashMap<>();
        for (JsonNode rule : json.get("rules")) {
            status.put(rule.get("id").asString(), rule.get("status").asString());
            assertThat(rule.get("severity").asString()).isIn("BLOCK", "WARN");
            assertThat(rule.get("description").asString()).isNotBlank();
            assertThat(rule.get("policy").asString()).isNotBlank().doesNotContain("{");
        }
        assertThat(status.keySet()).containsExactlyInAnyOrderElementsOf(RULE_IDS);
        assertThat(status).containsEntry("contact-window", "active").containsEntry("email-address", "active");
        assertThat(status.values()).allMatch(s -> s.equals("active") || s.equals("planned"));

        List<String> reasons = new ArrayList<>();
        for (JsonNode reason : json.get("contactReasons")) {
            reasons.add(reason.get("id").asString());
        }
        assertThat(reasons).containsExactly("BUYER_INQUIRY_REPLY", "ORDER_ISSUE", "ADDITIONAL_INFORMATION",
                "CUSTOMIZATION", "DELIVERY_SCHEDULING", "SERVICE_APPOINTMENT", "LEGAL_DISCLOSURE",
                "DIGITAL_ACCESS_KEY", "RETURN", "INVOICE", "WARRANTY", "PRODUCT_INSTRUCTIONS", "FEEDBACK_REQUEST", "OTHER");
        JsonNode customization = json.get("contactReasons").get(3);
        assertThat(customization.get("critical").asBoolean()).isTrue();
        assertThat(customization.get("textLimit").asInt()).isEqualTo(800);
        assertThat(json.get("contactReasons").get(0).get("reply").asBoolean()).isTrue();

        List<String> languages = new ArrayList<>();
        for (JsonNode language : json.get("languages")) {
            languages.add(language.asString());
        }
        assertThat(languages).containsExactly("en", "de", "fr", "es", "it");
    }

    @Test
    void ruleIdsMatchTheSharedRulesDocumentWhenPresent() throws IOException {
        Path rulesDoc = Path.of("..", "shared", "RULES.md");
        if (!Files.isRegularFile(rulesDoc)) {
            return; // the list above is the copy the build relies on
        }
        Matcher m = Pattern.compile("^\\| `([a-z][a-z-]+)` \\|", Pattern.MULTILINE).matcher(Files.readString(rulesDoc));
        List<String> documented = new ArrayList<>();
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(RULE_IDS);
    }

    @Test
    void healthIsUpWithOnlyItsStatus() {
        Http.Response response = http.get("/health");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
        assertThat(response.json().size()).isEqualTo(1);
    }

    @Test
    void metricsAreInPrometheusTextFormatAndCountChecksByVerdictAndViolationsByRule() {
        String before = http.get("/metrics").body();
        http.postJson("/check", "{\"body\":\"mail me: ops@example.com\",\"contactReason\":\"BUYER_INQUIRY_REPLY\",\"orderAgeDays\":1}");
        Http.Response response = http.get("/metrics");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/plain");
        String metrics = response.body();
        assertThat(value(metrics, "messageguard_checks_total{verdict=\"BLOCK\"}"))
                .isEqualTo(value(before, "messageguard_checks_total{verdict=\"BLOCK\"}") + 1);
        assertThat(value(metrics, "messageguard_violations_total{rule=\"email-address\"}"))
                .isEqualTo(value(before, "messageguard_violations_total{rule=\"email-address\"}") + 1);
        assertThat(metrics).contains("messageguard_checks_total{verdict=\"PASS\"}",
                "messageguard_check_latency_seconds_bucket", "messageguard_check_latency_seconds_count",
                "http_server_requests_seconds", "jvm_memory_used_bytes");
        // The JIT ramp gate is off by default: never shut.
        assertThat(value(metrics, "messageguard_ramp_gate_shut")).isEqualTo(0.0);
    }
}
