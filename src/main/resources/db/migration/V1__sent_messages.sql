-- The ledger of sent messages. Written to run unchanged on H2 and PostgreSQL: standard types and
-- constraints only (no partial indexes, no ON CONFLICT, no SERIAL).
-- No column holds message text: no subject, no body, no buyer name.

-- One row per message a seller account sent.
CREATE TABLE sent_messages (
    account_id        VARCHAR(64)              NOT NULL,
    message_id        VARCHAR(100)             NOT NULL,
    order_id          VARCHAR(100)             NOT NULL,
    sent_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    contact_reason    VARCHAR(40)              NOT NULL,
    review_request    BOOLEAN                  NOT NULL,
    -- The order id again for a review request, NULL for any other message: the unique key below
    -- then allows one review request per order, as NULLs never collide. A partial unique index
    -- would say the same, but H2 has none.
    review_order_id   VARCHAR(100),
    -- What the check answered (PASS or WARN) and the day's count it saw: with the caller's
    -- request, enough to give a repeated messageId the first call's answer without keeping the text.
    verdict           VARCHAR(8)               NOT NULL,
    sent_today_before INTEGER                  NOT NULL,
    CONSTRAINT sent_messages_pk PRIMARY KEY (account_id, message_id),
    CONSTRAINT one_review_request_per_order UNIQUE (account_id, review_order_id),
    CONSTRAINT review_order_id_is_the_order CHECK (
        (review_request AND review_order_id = order_id) OR (NOT review_request AND review_order_id IS NULL))
);

-- An order's history, oldest first.
CREATE INDEX sent_messages_by_order ON sent_messages (account_id, order_id, sent_at);
-- The retention purge.
CREATE INDEX sent_messages_by_time ON sent_messages (sent_at);

-- Messages sent per account and day (in messageguard.ledger.zone): daily-limit reads one row
-- instead of counting a large seller's tens of thousands of rows on every check.
CREATE TABLE daily_message_counts (
    account_id VARCHAR(64) NOT NULL,
    sent_on    DATE        NOT NULL,
    sent_count INTEGER     NOT NULL,
    CONSTRAINT daily_message_counts_pk PRIMARY KEY (account_id, sent_on),
    CONSTRAINT sent_count_not_negative CHECK (sent_count >= 0)
);
