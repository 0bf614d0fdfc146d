package com.messageguard.ledger;

import static com.messageguard.ledger.LedgerApiTest.messageIds;
import static com.messageguard.ledger.LedgerApiTest.newOrder;
import static com.messageguard.ledger.LedgerApiTest.rules;
import static com.messageguard.testing.LedgerClient.CUSTOMIZATION;
import static com.messageguard.testing.LedgerClient.REVIEW_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.Http;
import com.messageguard.testing.LedgerClient;
import com.messageguard.testing.PostgresServer;
import com.messageguard.testing.ServiceInstance;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real PostgreSQL that stops, or that answers nothing because a lock holds the ledger's tables:
 * {@code /check} answers from the request's own context within its bounded wait and says so,
 * the ledger's endpoints answer 503 with Retry-After, readiness goes down and liveness stays up;
 * when the database is back, so is the ledger, with nothing lost. The server is this class's own,
 * as it stops it.
 */
class PostgresOutageTest {

    /** The lookup wait is 300 ms; the answer may take longer on a loaded machine, never seconds. */
    private static final Duration CHECK_BOUND = Duration.ofMillis(2_500);
    private static final Duration WRITE_BOUND = Duration.ofMillis(4_000);

    private static PostgresServer postgres;
    private static String database;
    private static ServiceInstance service;
    private static LedgerClient client;

    @BeforeAll
    static void start() {
        postgres = PostgresServer.start();
        database = postgres.createDatabase();
        service = ServiceInstance.onPostgres(database, "--messageguard.ledger.lookup-timeout=300ms",
                "--messageguard.ledger.write-timeout=1s");
        client = new LedgerClient(service.port());
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aStoppedDatabaseDegradesTheAnswersWithoutHangingThemAndNothingIsLost() {
        String order = newOrder();
        assertThat(client.send("before-" + order, REVIEW_REQUEST, order).status()).isEqualTo(201);

        postgres.stopServer();
        try {
            assertDegraded(order);
            assertThat(client.get("/health/readiness").status()).isEqualTo(503);
            assertThat(client.get("/health/liveness").status()).isEqualTo(200);
        } finally {
            postgres.startServer();
        }

        awaitLedger(order);
        assertThat(messageIds(client.history(order).json())).containsExactly("before-" + order);
        assertThat(client.send("after-" + order, REVIEW_REQUEST, order).status()).isEqualTo(422);
        assertThat(client.send("plain-" + order, CUSTOMIZATION, order).status()).isEqualTo(201);
        assertThat(client.get("/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void aDatabaseThatDoesNotAnswerCostsTheBoundedWaitAndARetriedSendIsRecordedOnce() throws Exception {
        String order = newOrder();
        client.send("seen-" + order, REVIEW_REQUEST, order);
        Http.Response during;
        try (Connection blocker = DriverManager.getConnection(database, "postgres", "");
             Statement lock = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            lock.execute("LOCK TABLE sent_messages, daily_message_counts IN ACCESS EXCLUSIVE MODE");

            assertDegraded(order);
            during = timed(WRITE_BOUND, () -> client.send("during-" + order, CUSTOMIZATION, order));
            blocker.rollback();
        }

        assertThat(during.status()).isEqualTo(503);
        awaitLedger(order);
        // The record whose wait ended may have committed once the lock went: the same messageId
        // answers 201 either way, and it is there once.
        assertThat(client.send("during-" + order, CUSTOMIZATION, order).status()).isEqualTo(201);
        assertThat(messageIds(client.history(order).json())).containsExactly("seen-" + order, "during-" + order);
    }

    /** /check answers 200 from the caller's context in time; the ledger's endpoints answer 503 in time. */
    @SuppressWarnings("unchecked")
    private static void assertDegraded(String order) {
        Map<String, Object> review = LedgerClient.draft(REVIEW_REQUEST, order);
        Http.Response check = timed(CHECK_BOUND, () -> client.check(review));
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.json().get("ledger").asString()).isEqualTo("unavailable");
        assertThat(check.json().get("verdict").asString()).as("the ledger's review request is unknown").isEqualTo("PASS");

        Map<String, Object> callerKnows = LedgerClient.draft(REVIEW_REQUEST, order);
        ((Map<String, Object>) callerKnows.get("context")).put("reviewAlreadyRequested", true);
        assertThat(rules(timed(CHECK_BOUND, () -> client.check(callerKnows)).json()))
                .as("the caller's own context still counts").containsExactly("review-request-repeat");

        Http.Response send = timed(WRITE_BOUND, () -> client.send("down-" + order, CUSTOMIZATION, order));
        assertThat(send.status()).isEqualTo(503);
        assertThat(send.contentType()).startsWith("application/problem+json");
        assertThat(send.header("Retry-After")).isEqualTo("5");
        assertThat(send.json().get("type").asString()).isEqualTo("urn:message-guard:problem:service-unavailable");
        assertThat(timed(WRITE_BOUND, () -> client.history(order)).status()).isEqualTo(503);
    }

    /** Waits (up to 20 s) until /check consults the ledger again. */
    private static void awaitLedger(String order) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Http.Response check = client.check(LedgerClient.draft(CUSTOMIZATION, order));
            if ("consulted".equals(check.json().get("ledger").asString())) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        throw new AssertionError("the ledger did not come back within 20 s of the database");
    }

    private static Http.Response timed(Duration bound, Supplier<Http.Response> call) {
        long started = System.nanoTime();
        Http.Response response = call.get();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answered within %s", bound).isLessThan(bound);
        return response;
    }
}
