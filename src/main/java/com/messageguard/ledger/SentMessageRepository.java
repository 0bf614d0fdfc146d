package com.messageguard.ledger;

import com.messageguard.account.SellerAccount;
import com.messageguard.engine.Verdict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger's SQL, one statement per method, every one of them scoped to a seller account (but
 * the retention purge, which spans all). Plain standard SQL that H2 and PostgreSQL both run.
 * Timestamps are bound as UTC {@link OffsetDateTime}s, which both drivers map to
 * {@code TIMESTAMP WITH TIME ZONE}.
 */
public class SentMessageRepository {

    private static final String COLUMNS =
            "message_id, order_id, sent_at, contact_reason, review_request, verdict, sent_today_before";

    private final JdbcClient jdbc;

    public SentMessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the order has a review request, and the account's count for the day: one round trip. */
    public LedgerFacts facts(SellerAccount account, String orderId, LocalDate day) {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM sent_messages
                                 WHERE account_id = :account AND review_order_id = :order) AS review_requests,
                               (SELECT sent_count FROM daily_message_counts
                                 WHERE account_id = :account AND sent_on = :day) AS sent_today
                        """)
                .param("account", account.id())
                .param("order", orderId)
                .param("day", day)
                .query((rs, row) -> new LedgerFacts(rs.getLong("review_requests") > 0, rs.getInt("sent_today")))
                .single();
    }

    public Optional<SentMessage> find(SellerAccount account, String messageId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sent_messages WHERE account_id = :account AND message_id = :message")
                .param("account", account.id())
                .param("message", messageId)
                .query(SentMessageRepository::sentMessage)
                .optional();
    }

    /** The order's messages, oldest first. */
    public List<SentMessage> history(SellerAccount account, String orderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sent_messages WHERE account_id = :account AND order_id = :order"
                        + " ORDER BY sent_at, message_id")
                .param("account", account.id())
                .param("order", orderId)
                .query(SentMessageRepository::sentMessage)
                .list();
    }

    /**
     * Inserts the record; the primary key refuses a second record of the message id, the unique
     * key a second review request for the order ({@link org.springframework.dao.DuplicateKeyException}).
     */
    public void insert(SellerAccount account, SentMessage message) {
        jdbc.sql("INSERT INTO sent_messages (account_id, " + COLUMNS + ", review_order_id)"
                        + " VALUES (:account, :message, :order, :sentAt, :reason, :review, :verdict, :before, :reviewOrder)")
                .param("account", account.id())
                .param("message", message.messageId())
                .param("order", message.orderId())
                .param("sentAt", OffsetDateTime.ofInstant(message.sentAt(), ZoneOffset.UTC))
                .param("reason", message.contactReason())
                .param("review", message.reviewRequest())
                .param("verdict", message.verdict().name())
                .param("before", message.messagesSentTodayBefore())
                .param("reviewOrder", message.reviewRequest() ? message.orderId() : null, Types.VARCHAR)
                .update();
    }

    /**
     * Starts the day's count; when another request started it first, a
     * {@link org.springframework.dao.DuplicateKeyException}.
     */
    public void createDayCount(SellerAccount account, LocalDate day, int count) {
        jdbc.sql("INSERT INTO daily_message_counts (account_id, sent_on, sent_count) VALUES (:account, :day, :count)")
                .param("account", account.id())
                .param("day", day)
                .param("count", count)
                .update();
    }

    /** Adds one to the day's count; false when the day has no row yet. */
    public boolean countOneMore(SellerAccount account, LocalDate day) {
        return jdbc.sql("UPDATE daily_message_counts SET sent_count = sent_count + 1"
                        + " WHERE account_id = :account AND sent_on = :day")
                .param("account", account.id())
                .param("day", day)
                .update() == 1;
    }

    public void countOneLess(SellerAccount account, LocalDate day) {
        jdbc.sql("UPDATE daily_message_counts SET sent_count = sent_count - 1"
                        + " WHERE account_id = :account AND sent_on = :day AND sent_count > 0")
                .param("account", account.id())
                .param("day", day)
                .update();
    }

    public boolean delete(SellerAccount account, String messageId) {
        return jdbc.sql("DELETE FROM sent_messages WHERE account_id = :account AND message_id = :message")
                .param("account", account.id())
                .param("message", messageId)
                .update() == 1;
    }

    public int deleteOrder(SellerAccount account, String orderId) {
        return jdbc.sql("DELETE FROM sent_messages WHERE account_id = :account AND order_id = :order")
                .param("account", account.id())
                .param("order", orderId)
                .update();
    }

    /** Deletes every account's records sent before {@code cutoff} and day counts before {@code cutoffDay}. */
    public int purge(Instant cutoff, LocalDate cutoffDay) {
        int records = jdbc.sql("DELETE FROM sent_messages WHERE sent_at < :cutoff")
                .param("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .update();
        jdbc.sql("DELETE FROM daily_message_counts WHERE sent_on < :day").param("day", cutoffDay).update();
        return records;
    }

    /** A round trip that touches the ledger's table: the health probe. */
    public void ping() {
        jdbc.sql("SELECT COUNT(*) FROM daily_message_counts WHERE account_id = ''").query(Long.class).single();
    }

    private static SentMessage sentMessage(ResultSet rs, int row) throws SQLException {
        return new SentMessage(
                rs.getString("message_id"),
                rs.getString("order_id"),
                rs.getObject("sent_at", OffsetDateTime.class).toInstant(),
                rs.getString("contact_reason"),
                rs.getBoolean("review_request"),
                Verdict.valueOf(rs.getString("verdict")),
                rs.getInt("sent_today_before"));
    }
}
