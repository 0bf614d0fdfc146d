package com.messageguard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.grammar.GrammarChecker;
import com.messageguard.testing.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A preloaded language is ready when the service is, and no other is loaded; a grammar check
 * that cannot finish in time is answered without grammar, with grammarChecked false, never an error.
 * Italian: the quickest language to load.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"messageguard.grammar.preload=it", "messageguard.grammar.timeout=1ms"})
class GrammarPreloadTest {

    @LocalServerPort
    int port;

    @Autowired
    GrammarChecker grammar;

    @Test
    void thePreloadedLanguageIsReadyAtStartAndATinyTimeoutGivesGrammarCheckedFalse() {
        assertThat(grammar.loadedLanguages()).containsExactly("it");

        Http.Response response = new Http(port).postJson("/check", "{\"body\":\"Ci scusiamo per la spedizzione, "
                + "scriva a anna@example.com.\",\"contactReason\":\"ORDER_ISSUE\",\"orderAgeDays\":3,\"language\":\"it\","
                + "\"checkGrammar\":true}");

        assertThat(response.status()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.get("grammarChecked").asBoolean()).isFalse();
        assertThat(json.get("violations")).isNotEmpty().allSatisfy(v ->
                assertThat(v.get("rule").asString()).isNotEqualTo("spelling-grammar"));
        assertThat(json.get("violations").findValuesAsString("rule")).contains("email-address");
        assertThat(grammar.loadedLanguages()).containsExactly("it");
        assertThat(new Http(port).get("/metrics").body()).contains("messageguard_grammar_checks_total{outcome=\"timeout\"} 1.0");
    }
}
