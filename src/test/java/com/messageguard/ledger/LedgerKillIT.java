package com.messageguard.ledger;

import static com.messageguard.ledger.LedgerApiTest.messageIds;
import static com.messageguard.ledger.LedgerApiTest.rules;
import static com.messageguard.testing.LedgerClient.CUSTOMIZATION;
import static com.messageguard.testing.LedgerClient.REVIEW_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.Http;
import com.messageguard.testing.LedgerClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message acknowledged with 201 survives {@code kill -9} of the service at once: the packaged
 * jar on its embedded default (the H2 file under {@code ./data/} of its working folder) records ten
 * messages, is killed with SIGKILL right after the last 201, and is started again on the same
 * folder, where all ten are in the history and the order's review request still counts.
 */
class LedgerKillIT {

    private static final String ORDER = "113-9999999-0000001";

    @TempDir
    Path workDir;

    @Test
    void everyRecordAcknowledgedWith201SurvivesAKill9() throws Exception {
        int port = freePort();
        LedgerClient client = new LedgerClient(port);
        List<String> acknowledged = new ArrayList<>();

        Process service = start(port, "first");
        try {
            awaitUp(client, service, "first");
            assertThat(client.send("kill-review", REVIEW_REQUEST, ORDER).status()).isEqualTo(201);
            acknowledged.add("kill-review");
            for (int i = 1; i < 10; i++) {
                assertThat(client.send("kill-" + i, CUSTOMIZATION, ORDER).status()).isEqualTo(201);
                acknowledged.add("kill-" + i);
            }
        } finally {
            service.destroyForcibly(); // SIGKILL: no shutdown hook, no pool closing, no H2 close
            assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(service.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(workDir.resolve("data/message-guard.mv.db")).exists();

        Process restarted = start(port, "restarted");
        try {
            awaitUp(client, restarted, "restarted");
            assertThat(messageIds(client.history(ORDER).json())).containsExactlyElementsOf(acknowledged);
            Http.Response again = client.send("kill-review-2", REVIEW_REQUEST, ORDER);
            assertThat(again.status()).isEqualTo(422);
            assertThat(rules(again.json())).containsExactly("review-request-repeat");
        } finally {
            restarted.destroy();
            if (!restarted.waitFor(30, TimeUnit.SECONDS)) {
                restarted.destroyForcibly();
            }
        }
    }

    /** {@code java -jar} on the packaged jar, in the temporary working folder, with the defaults. */
    private Process start(int port, String name) throws IOException {
        Path jar = Path.of(System.getProperty("messageguard.jar", "target/message-guard-0.1.0-SNAPSHOT.jar"))
                .toAbsolutePath();
        assertThat(jar).as("the packaged jar (./mvnw verify builds it before this test)").exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString(), "--server.port=" + port)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve(name + ".log").toFile())
                .start();
    }

    private void awaitUp(LedgerClient client, Process process, String name) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the " + name + " jar exited: " + Files.readString(workDir.resolve(name + ".log")));
            }
            try {
                if (client.get("/health/readiness").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYetListening) {
                // the port is not open yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the " + name + " jar was not ready within 120 s: "
                + Files.readString(workDir.resolve(name + ".log")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
