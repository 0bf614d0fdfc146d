package com.messageguard.ledger;

import static com.messageguard.ledger.LedgerApiTest.messageIds;
import static com.messageguard.ledger.LedgerApiTest.newOrder;
import static com.messageguard.ledger.LedgerApiTest.rules;
import static com.messageguard.testing.LedgerClient.CUSTOMIZATION;
import static com.messageguard.testing.LedgerClient.REVIEW_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.messageguard.testing.Http;
import com.messageguard.testing.LedgerClient;
import com.messageguard.testing.Postgres;
import com.messageguard.testing.PostgresServer;
import com.messageguard.testing.ServiceInstance;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the service sharing one real PostgreSQL database, as two replicas would: the
 * database's constraints, not a lock in either JVM, keep one review request per order and one
 * record per message id, and every account sees only its own messages on both.
 */
@Postgres
class PostgresLedgerTest {

    private static final String KEYS = "--messageguard.api-keys=acme:acme-key,globex:globex-key";

    private static String database;
    private static ServiceInstance first;
    private static ServiceInstance second;

    @BeforeAll
    static void twoReplicas(PostgresServer postgres) {
        database = postgres.createDatabase();
        first = ServiceInstance.onPostgres(database, KEYS);
        second = ServiceInstance.onPostgres(database, KEYS);
    }

    @AfterAll
    static void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    private static LedgerClient on(ServiceInstance instance, String key) {
        return new LedgerClient(instance.port(), key);
    }

    @Test
    void sixteenConcurrentReviewRequestsForOneOrderOnTwoInstancesRecordExactlyOne() throws Exception {
        String order = newOrder();
        List<Http.Response> answers = Concurrently.run(16,
                i -> on(i % 2 == 0 ? first : second, "acme-key").send("race-" + i + "-" + order, REVIEW_REQUEST, order));

        assertThat(answers).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(r -> r.status() == 422).hasSize(15)
                .allSatisfy(r -> assertThat(rules(r.json())).containsExactly("review-request-repeat"));
        assertThat(on(first, "acme-key").history(order).json().get("messages")).hasSize(1);
        assertThat(on(second, "acme-key").history(order).json().get("messages")).hasSize(1);
        assertThat(rowsFor(order)).isEqualTo(1);
    }

    @Test
    void oneMessageIdSentToBothInstancesAtOnceIsRecordedOnce() throws Exception {
        String order = newOrder();
        List<Http.Response> answers = Concurrently.run(16,
                i -> on(i % 2 == 0 ? first : second, "acme-key").send("same-" + order, CUSTOMIZATION, order));

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
        assertThat(answers).extracting(Http.Response::body).containsOnly(answers.get(0).body());
        assertThat(rowsFor(order)).isEqualTo(1);
    }

    @Test
    void whatOneInstanceRecordsTheOtherKnows() {
        String order = newOrder();
        assertThat(on(first, "acme-key").send("known-" + order, REVIEW_REQUEST, order).status()).isEqualTo(201);

        Http.Response check = on(second, "acme-key").check(LedgerClient.draft(REVIEW_REQUEST, order));
        assertThat(rules(check.json())).containsExactly("review-request-repeat");
        assertThat(check.json().get("ledger").asString()).isEqualTo("consulted");
        assertThat(on(second, "acme-key").send("again-" + order, REVIEW_REQUEST, order).status()).isEqualTo(422);
        assertThat(messageIds(on(second, "acme-key").history(order).json())).containsExactly("known-" + order);

        assertThat(on(second, "acme-key").delete("/messages/known-" + order).status()).isEqualTo(204);
        assertThat(on(first, "acme-key").get("/messages/known-" + order).status()).isEqualTo(404);
    }

    @Test
    void accountsStaySeparateOnEveryInstance() {
        String order = newOrder();
        on(first, "acme-key").send("acct-" + order, REVIEW_REQUEST, order);

        for (ServiceInstance instance : List.of(first, second)) {
            LedgerClient globex = on(instance, "globex-key");
            assertThat(globex.get("/messages/acct-" + order).status()).isEqualTo(404);
            assertThat(globex.history(order).json().get("messages")).isEmpty();
            assertThat(globex.delete("/messages/acct-" + order).status()).isEqualTo(404);
            assertThat(rules(globex.check(LedgerClient.draft(REVIEW_REQUEST, order)).json())).isEmpty();
        }
        assertThat(messageIds(on(second, "acme-key").history(order).json())).containsExactly("acct-" + order);
    }

    @Test
    void theDatabaseItselfRefusesASecondReviewRequestForAnOrder() throws SQLException {
        String order = newOrder();
        on(first, "acme-key").send("db-" + order, REVIEW_REQUEST, order);

        try (Connection connection = DriverManager.getConnection(database, "postgres", "");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO sent_messages (account_id, message_id,"
                     + " order_id, sent_at, contact_reason, review_request, review_order_id, verdict, sent_today_before)"
                     + " VALUES ('acme', ?, ?, CURRENT_TIMESTAMP, 'FEEDBACK_REQUEST', TRUE, ?, 'PASS', 0)")) {
            insert.setString(1, "sql-" + order);
            insert.setString(2, order);
            insert.setString(3, order);
            assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class)
                    .hasMessageContaining("one_review_request_per_order");
        }
    }

    private static int rowsFor(String order) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, "postgres", "");
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM sent_messages WHERE order_id = ?")) {
            count.setString(1, order);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
