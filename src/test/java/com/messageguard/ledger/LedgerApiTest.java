package com.messageguard.ledger;

import static com.messageguard.testing.LedgerClient.CUSTOMIZATION;
import static com.messageguard.testing.LedgerClient.REVIEW_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.account.SellerAccount;
import com.messageguard.testing.Http;
import com.messageguard.testing.LedgerClient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The ledger over real HTTP on the embedded H2 (in memory here): recording, the review request
 * that may be sent once, idempotent message ids, history, forgetting, erasing, /check with the
 * ledger's knowledge, and seller accounts that never see each other's messages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "messageguard.api-keys=acme:acme-key-1,acme:acme-key-2,globex:globex-key,counted:counted-key")
class LedgerApiTest {

    private static final AtomicInteger ORDERS = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    SentMessageRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerTime time;

    private LedgerClient acme;
    private LedgerClient acmeOtherKey;
    private LedgerClient globex;

    @BeforeEach
    void clients() {
        acme = new LedgerClient(port, "acme-key-1");
        acmeOtherKey = new LedgerClient(port, "acme-key-2");
        globex = new LedgerClient(port, "globex-key");
    }

    /** A new Amazon-style order id per call, so tests sharing the database never share an order. */
    static String newOrder() {
        return String.format("113-%07d-%07d", ProcessHandle.current().pid() % 10_000_000, ORDERS.incrementAndGet());
    }

    @Test
    void aSentMessageIsRecordedWith201AndALocationThatReadsItBack() {
        String order = newOrder();
        Http.Response sent = acme.send("msg-" + order, REVIEW_REQUEST, order);

        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.contentType()).startsWith("application/json");
        assertThat(sent.header("Location")).isEqualTo("/messages/msg-" + order);
        JsonNode body = sent.json();
        assertThat(body.get("recorded").asBoolean()).isTrue();
        assertThat(body.get("verdict").asString()).isEqualTo("PASS");
        assertThat(body.get("rulesVersion").asString()).isNotBlank();

        JsonNode record = acme.get(sent.header("Location")).json();
        assertThat(record.get("messageId").asString()).isEqualTo("msg-" + order);
        assertThat(record.get("orderId").asString()).isEqualTo(order);
        assertThat(record.get("contactReason").asString()).isEqualTo(REVIEW_REQUEST);
        assertThat(record.get("reviewRequest").asBoolean()).isTrue();
        Instant sentAt = Instant.parse(record.get("sentAt").asString());
        assertThat(sentAt).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
    }

    @Test
    void theSecondReviewRequestForAnOrderIsRefusedWith422AndNotRecorded() {
        String order = newOrder();
        assertThat(acme.send("first-" + order, REVIEW_REQUEST, order).status()).isEqualTo(201);

        Http.Response second = acme.send("second-" + order, REVIEW_REQUEST, order);

        assertThat(second.status()).isEqualTo(422);
        assertThat(second.json().get("recorded").asBoolean()).isFalse();
        assertThat(second.json().get("verdict").asString()).isEqualTo("BLOCK");
        assertThat(rules(second.json())).containsExactly("review-request-repeat");
        assertThat(messageIds(acme.history(order).json())).containsExactly("first-" + order);
        assertThat(acme.get("/messages/second-" + order).status()).isEqualTo(404);
    }

    @Test
    void otherMessagesForTheOrderAreRecordedAfterItsReviewRequestAndTheHistoryIsOldestFirst() {
        String order = newOrder();
        acme.send("a-" + order, CUSTOMIZATION, order);
        acme.send("b-" + order, REVIEW_REQUEST, order);
        acme.send("c-" + order, CUSTOMIZATION, order);

        JsonNode history = acme.history(order).json();

        assertThat(history.get("orderId").asString()).isEqualTo(order);
        assertThat(messageIds(history)).containsExactly("a-" + order, "b-" + order, "c-" + order);
        List<Instant> times = new ArrayList<>();
        for (JsonNode message : history.get("messages")) {
            times.add(Instant.parse(message.get("sentAt").asString()));
            assertThat(message.has("orderId")).as("the order is named once, above").isFalse();
        }
        assertThat(times).isSorted();
        assertThat(history.get("messages").get(1).get("reviewRequest").asBoolean()).isTrue();
        assertThat(history.get("messages").get(0).get("reviewRequest").asBoolean()).isFalse();
    }

    @Test
    void aReviewRequestInTheWordsOfAnotherReasonIsRecordedAsOne() {
        String order = newOrder();
        Map<String, Object> warranty = LedgerClient.draft("WARRANTY", order);
        warranty.put("messageId", "w-" + order);
        warranty.put("body", "Your warranty card for order " + order + " is attached. We would appreciate an honest review.");
        warranty.put("attachments", List.of(Map.of("fileName", "warranty.pdf", "sizeBytes", 20_000)));

        Http.Response sent = acme.send(warranty);

        assertThat(sent.status()).isEqualTo(201);
        assertThat(rules(sent.json())).contains("review-request-misplaced");
        assertThat(acme.get("/messages/w-" + order).json().get("reviewRequest").asBoolean()).isTrue();
        assertThat(acme.send("r-" + order, REVIEW_REQUEST, order).status()).isEqualTo(422);
    }

    @Test
    void theSameMessageIdAgainAnswersWhatTheFirstCallAnsweredAndRecordsNothingTwice() {
        String order = newOrder();
        Map<String, Object> draft = LedgerClient.draft(REVIEW_REQUEST, order);
        draft.put("messageId", "once-" + order);
        Http.Response first = acme.send(draft);
        int countAfterFirst = sentToday("acme");

        Http.Response again = acme.send(draft);
        Http.Response viaOtherKey = acmeOtherKey.send(draft);

        for (Http.Response repeat : List.of(again, viaOtherKey)) {
            assertThat(repeat.status()).isEqualTo(201);
            assertThat(repeat.body()).isEqualTo(first.body());
            assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
        }
        assertThat(messageIds(acme.history(order).json())).containsExactly("once-" + order);
        assertThat(sentToday("acme")).isEqualTo(countAfterFirst);
    }

    @Test
    void aMessageIdAlreadyRecordedForAnotherMessageIs409() {
        String order = newOrder();
        assertThat(acme.send("reused-" + order, CUSTOMIZATION, order).status()).isEqualTo(201);

        Http.Response otherOrder = acme.send("reused-" + order, CUSTOMIZATION, newOrder());
        Http.Response otherReason = acme.send("reused-" + order, REVIEW_REQUEST, order);

        for (Http.Response conflict : List.of(otherOrder, otherReason)) {
            assertThat(conflict.status()).isEqualTo(409);
            assertThat(conflict.contentType()).startsWith("application/problem+json");
            assertThat(conflict.json().get("detail").asString()).contains("reused-" + order);
        }
    }

    @Test
    void aBlockedDraftIs422AndLeavesItsMessageIdFreeForTheCorrectedDraft() {
        String order = newOrder();
        Map<String, Object> blocked = LedgerClient.draft(CUSTOMIZATION, order);
        blocked.put("messageId", "fix-" + order);
        blocked.put("body", "Please confirm the engraving for order " + order + " at anna.shop@example.com.");

        Http.Response refused = acme.send(blocked);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("recorded").asBoolean()).isFalse();
        assertThat(rules(refused.json())).contains("email-address");
        assertThat(acme.history(order).json().get("messages")).isEmpty();
        assertThat(acme.send("fix-" + order, CUSTOMIZATION, order).status()).isEqualTo(201);
    }

    @Test
    void checkWithAnOrderIdTakesTheReviewRequestFromTheLedgerAndSaysSo() {
        String order = newOrder();
        Map<String, Object> draft = LedgerClient.draft(REVIEW_REQUEST, order);
        Http.Response before = acme.check(draft);
        acme.send("rv-" + order, REVIEW_REQUEST, order);

        Http.Response after = acme.check(draft);
        Map<String, Object> withoutOrder = LedgerClient.draft(REVIEW_REQUEST, order);
        withoutOrder.remove("context");
        Http.Response stateless = acme.check(withoutOrder);

        assertThat(before.status()).isEqualTo(200);
        assertThat(before.json().get("verdict").asString()).isEqualTo("PASS");
        assertThat(before.json().get("ledger").asString()).isEqualTo("consulted");
        assertThat(after.status()).isEqualTo(200);
        assertThat(rules(after.json())).containsExactly("review-request-repeat");
        assertThat(after.json().get("ledger").asString()).isEqualTo("consulted");
        assertThat(stateless.json().get("verdict").asString()).isEqualTo("PASS");
        assertThat(stateless.json().has("ledger")).isFalse();
    }

    @Test
    void aCallersReviewAlreadyRequestedStandsAndTheLargerCountIsTaken() {
        LedgerClient counted = new LedgerClient(port, "counted-key");
        String order = newOrder();
        Map<String, Object> draft = LedgerClient.draft(CUSTOMIZATION, order);
        assertThat(rules(counted.check(draft).json())).isEmpty();

        // The account has sent 599 messages today: this one is the 600th of 600 (a WARN), one
        // more would be over. The caller's lower count does not hide the ledger's.
        repository.createDayCount(new SellerAccount("counted"), time.today(), 599);
        withContext(draft, "messagesSentToday", 10);
        JsonNode nearLimit = counted.check(draft).json();
        repository.countOneMore(new SellerAccount("counted"), time.today());
        JsonNode overLimit = counted.check(draft).json();
        withContext(draft, "messagesSentToday", 900);
        JsonNode callerHigher = counted.check(draft).json();

        assertThat(nearLimit.get("verdict").asString()).isEqualTo("WARN");
        assertThat(rules(nearLimit)).containsExactly("daily-limit");
        assertThat(overLimit.get("verdict").asString()).isEqualTo("BLOCK");
        assertThat(overLimit.get("violations").get(0).get("message").asString()).contains("601");
        assertThat(callerHigher.get("violations").get(0).get("message").asString()).contains("901");

        Map<String, Object> review = LedgerClient.draft(REVIEW_REQUEST, newOrder());
        withContext(review, "reviewAlreadyRequested", true);
        assertThat(rules(acme.check(review).json())).containsExactly("review-request-repeat");
    }

    @Test
    void forgettingAMessageDeletesItAndItsPlaceInTheDaysCount() {
        String order = newOrder();
        acme.send("gone-" + order, REVIEW_REQUEST, order);
        int count = sentToday("acme");

        Http.Response deleted = acme.delete("/messages/gone-" + order);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(sentToday("acme")).isEqualTo(count - 1);
        assertThat(acme.get("/messages/gone-" + order).status()).isEqualTo(404);
        Http.Response again = acme.delete("/messages/gone-" + order);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(acme.send("new-" + order, REVIEW_REQUEST, order).status())
                .as("the failed review request no longer counts").isEqualTo(201);
    }

    @Test
    void erasingAnOrdersHistoryDeletesItsMessagesButNotTheirPlaceInTheDaysCount() {
        String order = newOrder();
        String other = newOrder();
        acme.send("e1-" + order, CUSTOMIZATION, order);
        acme.send("e2-" + order, REVIEW_REQUEST, order);
        acme.send("e3-" + other, CUSTOMIZATION, other);
        int count = sentToday("acme");

        assertThat(acme.delete("/orders/" + order + "/messages").status()).isEqualTo(204);

        assertThat(acme.history(order).json().get("messages")).isEmpty();
        assertThat(messageIds(acme.history(other).json())).containsExactly("e3-" + other);
        assertThat(sentToday("acme")).as("the messages were sent").isEqualTo(count);
        assertThat(acme.delete("/orders/" + order + "/messages").status()).isEqualTo(204);
    }

    @Test
    void oneAccountNeverReadsCountsOrDeletesAnothersMessages() {
        String order = newOrder();
        acme.send("iso-" + order, REVIEW_REQUEST, order);
        int globexCount = sentToday("globex");

        assertThat(globex.get("/messages/iso-" + order).status()).isEqualTo(404);
        assertThat(globex.history(order).json().get("messages")).isEmpty();
        assertThat(globex.delete("/messages/iso-" + order).status()).isEqualTo(404);
        assertThat(globex.delete("/orders/" + order + "/messages").status()).isEqualTo(204);
        assertThat(rules(globex.check(LedgerClient.draft(REVIEW_REQUEST, order)).json())).isEmpty();
        assertThat(globex.send("iso-" + order, REVIEW_REQUEST, order).status())
                .as("the same message id and order, in another account").isEqualTo(201);
        assertThat(sentToday("globex")).isEqualTo(globexCount + 1);

        assertThat(messageIds(acme.history(order).json())).containsExactly("iso-" + order);
        assertThat(messageIds(acmeOtherKey.history(order).json())).as("another key of the same account")
                .containsExactly("iso-" + order);
        assertThat(new LedgerClient(port).history(order).status()).as("no key").isEqualTo(401);
        assertThat(new LedgerClient(port, "nope").send("x-" + order, REVIEW_REQUEST, order).status()).isEqualTo(401);
    }

    @Test
    void badInputIsA400NamingTheFieldsAsTheClientWroteThem() {
        Map<String, Object> noContext = LedgerClient.draft(CUSTOMIZATION, newOrder());
        noContext.remove("context");
        noContext.put("messageId", "has space");
        noContext.put("body", "");
        Http.Response invalid = acme.send(noContext);

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(fields(invalid.json())).containsExactly("body", "context", "messageId");

        Map<String, Object> noOrder = LedgerClient.draft(CUSTOMIZATION, newOrder());
        noOrder.put("context", Map.of("messagesSentToday", 3));
        assertThat(fields(acme.send(noOrder).json())).containsExactly("context.orderId", "messageId");

        Map<String, Object> longOrder = LedgerClient.draft(CUSTOMIZATION, "x".repeat(101));
        assertThat(acme.check(longOrder).status()).isEqualTo(400);
        assertThat(fields(acme.check(longOrder).json())).containsExactly("context.orderId");

        Http.Response wrongType = acme.post("/messages", "{\"messageId\":5,\"body\":\"Hi\",\"contactReason\":\"OTHER\",\"orderAgeDays\":1}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(fields(wrongType.json())).containsExactly("messageId");

        for (String path : List.of("/orders/" + "9".repeat(101) + "/messages", "/messages/a%20b", "/orders/a%24b/messages")) {
            Http.Response badPath = acme.get(path);
            assertThat(badPath.status()).as(path).isEqualTo(400);
            assertThat(badPath.contentType()).startsWith("application/problem+json");
        }
        assertThat(acme.delete("/messages/" + "m".repeat(101)).status()).isEqualTo(400);
        assertThat(acme.post("/messages", "{\"messageId\":").status()).isEqualTo(400);
    }

    @Test
    void theLedgerHoldsNoMessageTextOnlyIdsAndFacts() {
        String marker = "ZQXLEDGERMARKER";
        String order = newOrder();
        Map<String, Object> draft = LedgerClient.draft(CUSTOMIZATION, order);
        draft.put("messageId", "priv-" + order);
        draft.put("subject", "Engraving for " + marker);
        draft.put("body", "Hello " + marker + ", could you confirm the name to engrave on your order " + order + "?");
        assertThat(acme.send(draft).status()).isEqualTo(201);

        assertThat(columns("SENT_MESSAGES")).containsExactlyInAnyOrder("ACCOUNT_ID", "MESSAGE_ID", "ORDER_ID",
                "SENT_AT", "CONTACT_REASON", "REVIEW_REQUEST", "REVIEW_ORDER_ID", "VERDICT", "SENT_TODAY_BEFORE");
        assertThat(columns("DAILY_MESSAGE_COUNTS")).containsExactlyInAnyOrder("ACCOUNT_ID", "SENT_ON", "SENT_COUNT");
        for (String table : List.of("sent_messages", "daily_message_counts", "\"flyway_schema_history\"")) {
            for (Map<String, Object> row : jdbc.sql("SELECT * FROM " + table).query().listOfRows()) {
                assertThat(row.values().toString()).doesNotContainIgnoringCase(marker);
            }
        }
    }

    @Test
    void sixteenConcurrentReviewRequestsForOneOrderRecordExactlyOne() throws Exception {
        String order = newOrder();
        List<Http.Response> answers = Concurrently.run(16,
                i -> (i % 2 == 0 ? acme : acmeOtherKey).send("race-" + i + "-" + order, REVIEW_REQUEST, order));

        assertThat(answers).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(r -> r.status() == 422).hasSize(15)
                .allSatisfy(r -> assertThat(rules(r.json())).containsExactly("review-request-repeat"));
        assertThat(acme.history(order).json().get("messages")).hasSize(1);
    }

    @Test
    void sixteenConcurrentSendsOfOneMessageIdRecordItOnceAndAllAnswer201() throws Exception {
        String order = newOrder();
        int count = sentToday("acme");
        List<Http.Response> answers = Concurrently.run(16, i -> acme.send("same-" + order, CUSTOMIZATION, order));

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
        assertThat(answers).extracting(Http.Response::body).containsOnly(answers.get(0).body());
        assertThat(messageIds(acme.history(order).json())).containsExactly("same-" + order);
        assertThat(sentToday("acme")).isEqualTo(count + 1);
    }

    @Test
    void recordsOlderThanTheRetentionArePurgedWithTheirDaysCounts(@Autowired RetentionPurge purge) {
        SellerAccount old = new SellerAccount("old-records");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant longAgo = now.minus(91, ChronoUnit.DAYS);
        repository.insert(old, new SentMessage("old-1", "113-0000000-0000091", longAgo, CUSTOMIZATION, false,
                com.messageguard.engine.Verdict.PASS, 0));
        repository.createDayCount(old, LocalDate.ofInstant(longAgo, ZoneOffset.UTC), 1);
        repository.insert(old, new SentMessage("recent-1", "113-0000000-0000091", now.minus(89, ChronoUnit.DAYS),
                CUSTOMIZATION, false, com.messageguard.engine.Verdict.PASS, 0));

        int deleted = purge.purge(now);

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(repository.find(old, "old-1")).isEmpty();
        assertThat(repository.find(old, "recent-1")).isPresent();
        assertThat(repository.facts(old, "113-0000000-0000091", LocalDate.ofInstant(longAgo, ZoneOffset.UTC))
                .messagesSentToday()).isZero();
        assertThat(metric("messageguard_ledger_purged_total")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void metricsCountRecordsAndLookUpsAndShowTheConnectionPool() {
        double recorded = metric("messageguard_ledger_records_total{outcome=\"recorded\"}");
        double blocked = metric("messageguard_ledger_records_total{outcome=\"blocked\"}");
        long lookups = (long) metric("messageguard_ledger_lookup_seconds_count");
        String order = newOrder();
        acme.send("m1-" + order, REVIEW_REQUEST, order);
        acme.send("m2-" + order, REVIEW_REQUEST, order);
        acme.check(LedgerClient.draft(CUSTOMIZATION, order));

        assertThat(metric("messageguard_ledger_records_total{outcome=\"recorded\"}")).isEqualTo(recorded + 1);
        assertThat(metric("messageguard_ledger_records_total{outcome=\"blocked\"}")).isEqualTo(blocked + 1);
        assertThat((long) metric("messageguard_ledger_lookup_seconds_count")).isEqualTo(lookups + 1);
        String metrics = acme.get("/metrics").body();
        assertThat(metrics).contains("messageguard_ledger_conflicts_total{kind=\"review-request\"}",
                "messageguard_ledger_unavailable_total{operation=\"lookup\"}", "hikaricp_connections_active{",
                "hikaricp_connections_max{", "hikaricp_connections_acquire_seconds_count{");
    }

    @Test
    void readinessAndLivenessAreUp() {
        for (String probe : List.of("/health/readiness", "/health/liveness", "/health")) {
            Http.Response health = new LedgerClient(port).get(probe);
            assertThat(health.status()).as(probe).isEqualTo(200);
            assertThat(health.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    private double metric(String series) {
        for (String line : acme.get("/metrics").body().split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        throw new AssertionError("no series " + series);
    }

    private int sentToday(String account) {
        return repository.facts(new SellerAccount(account), "-", time.today()).messagesSentToday();
    }

    private List<String> columns(String table) {
        return jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = :table")
                .param("table", table).query(String.class).list();
    }

    @SuppressWarnings("unchecked")
    private static void withContext(Map<String, Object> draft, String field, Object value) {
        ((Map<String, Object>) draft.get("context")).put(field, value);
    }

    static List<String> rules(JsonNode answer) {
        List<String> rules = new ArrayList<>();
        for (JsonNode violation : answer.get("violations")) {
            rules.add(violation.get("rule").asString());
        }
        return rules;
    }

    static List<String> messageIds(JsonNode history) {
        List<String> ids = new ArrayList<>();
        for (JsonNode message : history.get("messages")) {
            ids.add(message.get("messageId").asString());
        }
        return ids;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        for (JsonNode error : problem.get("errors")) {
            fields.add(error.get("field").asString());
        }
        return fields;
    }
}
