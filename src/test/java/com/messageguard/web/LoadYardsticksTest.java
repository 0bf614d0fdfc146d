package com.messageguard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The load test's yardsticks, which answer only under the loadtest profile (see CheckApiTest for the default). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("loadtest")
class LoadYardsticksTest {

    private static final String DRAFT = """
            {"body": "Thanks for your order! Email me at seller@example.com for a 10% discount.",
             "contactReason": "ORDER_ISSUE", "orderAgeDays": 3}""";

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void baselineParsesAndValidatesButAnswersAConstantPass() {
        Http.Response answer = http.postJson("/check-baseline", DRAFT);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("verdict").asString()).isEqualTo("PASS");
        assertThat(answer.json().get("violations").size()).isZero();
        assertThat(http.postJson("/check-baseline", "{\"body\": \"x\"}").status()).isEqualTo(400);
    }

    @Test
    void replayAnswersWhatCheckAnswersAlsoWhenItRemembers() {
        Http.Response checked = http.postJson("/check", DRAFT);

        Http.Response first = http.postJson("/check-replay", DRAFT);
        Http.Response remembered = http.postJson("/check-replay", DRAFT);

        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.json().get("verdict").asString()).isEqualTo("BLOCK");
        assertThat(first.json()).isEqualTo(checked.json());
        assertThat(remembered.json()).isEqualTo(checked.json());
        assertThat(http.postJson("/check-replay", "{\"body\": \"x\"}").status()).isEqualTo(400);
    }
}
