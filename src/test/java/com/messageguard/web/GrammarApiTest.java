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

/**
 * spelling-grammar through the real server: what a seller tool receives for {@code checkGrammar},
 * and what it keeps receiving without it. English is preloaded and the time bound generous, so a
 * busy build machine cannot turn the findings into {@code grammarChecked: false}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"messageguard.grammar.preload=en", "messageguard.grammar.timeout=30s"})
class GrammarApiTest {

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private JsonNode check(String body, Boolean checkGrammar) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("body", body);
        request.put("contactReason", "BUYER_INQUIRY_REPLY");
        request.put("orderAgeDays", 3);
        if (checkGrammar != null) {
            request.put("checkGrammar", checkGrammar);
        }
        Http.Response response = http.postJson("/check", Http.json(request));
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    @Test
    void theIssuesExampleGetsFourWarningsWithLanguageToolsRuleIdAsDetail() {
        JsonNode json = check("Your ordr has shiped and will arive tomorow.", true);

        assertThat(json.get("verdict").asString()).isEqualTo("WARN");
        assertThat(json.get("compliant").asBoolean()).isTrue();
        assertThat(json.get("grammarChecked").asBoolean()).isTrue();
        List<String> excerpts = new ArrayList<>();
        for (JsonNode v : json.get("violations")) {
            assertThat(v.get("rule").asString()).isEqualTo("spelling-grammar");
            assertThat(v.get("severity").asString()).isEqualTo("WARN");
            assertThat(v.get("field").asString()).isEqualTo("body");
            assertThat(v.get("detail").asString()).isEqualTo("MORFOLOGIK_RULE_EN_US");
            assertThat(v.get("suggestion").asString()).startsWith("Did you mean \"");
            excerpts.add(v.get("excerpt").asString());
        }
        assertThat(excerpts).containsExactly("ordr", "shiped", "arive", "tomorow");
        assertThat(json.get("violations").get(3).get("start").asInt()).isEqualTo(36);
        assertThat(json.get("violations").get(3).get("end").asInt()).isEqualTo(43);
    }

    @Test
    void withoutCheckGrammarTheAnswerIsAsBeforeWithNeitherGrammarCheckedNorDetail() {
        String body = "Your ordr has shiped; write to anna@example.com.";
        for (Boolean checkGrammar : new Boolean[] {null, false}) {
            JsonNode json = check(body, checkGrammar);

            assertThat(json.has("grammarChecked")).as("grammarChecked for checkGrammar %s", checkGrammar).isFalse();
            assertThat(rulesOf(json)).containsExactly("off-platform:write to anna@example.com:false",
                    "email-address:anna@example.com:false");
        }
    }

    @Test
    void otherRulesKeepTheirAnswerBesideTheGrammarFindingsAndTheAddressIsNoMisspelling() {
        JsonNode json = check("Your ordr has shiped; write to anna.shopp@example.com.", true);

        assertThat(json.get("verdict").asString()).isEqualTo("BLOCK");
        assertThat(rulesOf(json)).containsExactly("spelling-grammar:ordr:true", "spelling-grammar:shiped:true",
                "off-platform:write to anna.shopp@example.com:false", "email-address:anna.shopp@example.com:false");
    }

    /** rule:excerpt:whether it has a detail, per violation. */
    private static List<String> rulesOf(JsonNode json) {
        List<String> rules = new ArrayList<>();
        json.get("violations").forEach(v -> rules.add(v.get("rule").asString() + ":" + v.get("excerpt").asString()
                + ":" + v.has("detail")));
        return rules;
    }

    @Test
    void rulesListsSpellingGrammarAsActiveAndMetricsCountTheGrammarChecks() {
        for (JsonNode rule : http.get("/rules").json().get("rules")) {
            if (rule.get("id").asString().equals("spelling-grammar")) {
                assertThat(rule.get("status").asString()).isEqualTo("active");
                assertThat(rule.get("severity").asString()).isEqualTo("WARN");
            }
        }
        double before = done(http.get("/metrics").body());
        check("Thanks, it ships today.", true);

        String metrics = http.get("/metrics").body();
        assertThat(done(metrics)).isEqualTo(before + 1);
        assertThat(metrics).contains("messageguard_grammar_checks_total{outcome=\"busy\"}",
                "messageguard_grammar_checks_total{outcome=\"timeout\"}",
                "messageguard_violations_total{rule=\"spelling-grammar\"}");
    }

    private static double done(String metrics) {
        String series = "messageguard_grammar_checks_total{outcome=\"done\"} ";
        for (String line : metrics.split("\n")) {
            if (line.startsWith(series)) {
                return Double.parseDouble(line.substring(series.length()).trim());
            }
        }
        throw new AssertionError("no series " + series);
    }
}
