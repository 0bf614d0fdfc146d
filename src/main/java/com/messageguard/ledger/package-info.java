/**
 * The ledger of sent messages: per seller account, what was sent for which order and when, and
 * whether it asked for a review, never the text. {@code POST /messages} records a message after
 * checking it with what the ledger knows; {@code POST /check} with {@code context.orderId} reads
 * the review request and the day's count from it. The database enforces one record per message id
 * and one review request per order, so replicas sharing one PostgreSQL stay exact without a lock in
 * the JVM. Every database call runs with a bounded wait ({@link LedgerCalls}): a database that is
 * down or slow degrades the answers, it never hangs them.
 */
package com.messageguard.ledger;
