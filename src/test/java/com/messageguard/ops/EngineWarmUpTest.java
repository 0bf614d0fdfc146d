package com.messageguard.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.CheckEngine;
import com.messageguard.testing.Http;
import com.messageguard.web.DraftFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** The start-up warm-up checks the bundled corpus drafts, then lets readiness report UP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "messageguard.warm-up.duration=500ms")
class EngineWarmUpTest {

    @Autowired
    EngineWarmUp warmUp;
    @Autowired
    CheckEngine engine;
    @Autowired
    DraftFactory drafts;
    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    @Test
    void checksEveryBundledDraftAtLeastOnceThenTheServiceIsReady() throws InterruptedException, IOException {
        assertThat(warmUp.awaitFinished(Duration.ofSeconds(60))).isTrue();

        // Whole passes over the bundled drafts: a warm-up that stopped on one of them reports 0.
        long drafts = bundledDrafts();
        assertThat(drafts).isGreaterThan(100);
        assertThat(warmUp.checks()).isGreaterThanOrEqualTo((int) drafts);
        assertThat(warmUp.checks() % drafts).isZero();
        Http http = new Http(port);
        assertThat(http.get("/health/readiness").status()).isEqualTo(200);
        assertThat(http.get("/health").status()).isEqualTo(200);
    }

    private static long bundledDrafts() throws IOException {
        try (InputStream in = new ClassPathResource(EngineWarmUp.DRAFTS).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
        }
    }

    @Test
    void aWarmUpThatHasNotEndedKeepsTheServiceOutOfService() {
        EngineWarmUp notStarted = new EngineWarmUp(engine, drafts, json, new WarmUpProperties(Duration.ofSeconds(1)));

        assertThat(notStarted.finished()).isFalse();
        assertThat(new WarmUpHealthIndicator(notStarted).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    }

    @Test
    void aWarmUpOfZeroDurationIsFinishedAtOnceAndChecksNothing() {
        EngineWarmUp off = new EngineWarmUp(engine, drafts, json, new WarmUpProperties(Duration.ZERO));
        off.afterSingletonsInstantiated();

        assertThat(off.finished()).isTrue();
        assertThat(off.checks()).isZero();
        assertThat(new WarmUpHealthIndicator(off).health().getStatus()).isEqualTo(Status.UP);
    }
}
