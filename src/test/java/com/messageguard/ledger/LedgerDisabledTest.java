package com.messageguard.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.Http;
import com.messageguard.testing.LedgerClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * {@code messageguard.ledger.enabled=false} is today's stateless service: no database is opened
 * (a file database configured here is never created), the ledger's paths are unknown, and
 * {@code /check} ignores {@code context.orderId}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "messageguard.ledger.enabled=false",
        "spring.datasource.url=jdbc:h2:file:${java.io.tmpdir}/message-guard-ledger-disabled-test/ledger"})
class LedgerDisabledTest {

    private static final Path DATABASE_DIR = Path.of(System.getProperty("java.io.tmpdir"),
            "message-guard-ledger-disabled-test");

    @LocalServerPort
    int port;

    @AfterAll
    static void cleanUp() throws IOException {
        FileSystemUtils.deleteRecursively(DATABASE_DIR);
    }

    @Test
    void noDatabaseNoLedgerEndpointsAndCheckAsBefore() throws IOException {
        LedgerClient client = new LedgerClient(port);
        String order = "113-0000000-0000404";

        Http.Response check = client.check(LedgerClient.draft(LedgerClient.REVIEW_REQUEST, order));
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.json().get("verdict").asString()).isEqualTo("PASS");
        assertThat(check.json().has("ledger")).isFalse();

        Http.Response send = client.send("m-1", LedgerClient.REVIEW_REQUEST, order);
        assertThat(send.status()).isEqualTo(404);
        assertThat(send.contentType()).startsWith("application/problem+json");
        assertThat(client.history(order).status()).isEqualTo(404);
        assertThat(client.delete("/messages/m-1").status()).isEqualTo(404);

        for (String probe : new String[] {"/health", "/health/readiness", "/health/liveness"}) {
            assertThat(client.get(probe).status()).as(probe).isEqualTo(200);
        }
        assertThat(client.get("/metrics").body()).doesNotContain("messageguard_ledger_records_total");
        try (Stream<Path> files = Files.exists(DATABASE_DIR) ? Files.list(DATABASE_DIR) : Stream.empty()) {
            assertThat(files).as("files of a database nobody should have opened").isEmpty();
        }
    }
}
