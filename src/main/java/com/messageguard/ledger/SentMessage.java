package com.messageguard.ledger;

import com.messageguard.engine.Verdict;
import java.time.Instant;

/**
 * One message a seller account sent, as the ledger keeps it: identifiers and facts, no text.
 *
 * @param messageId              the caller's id of the message
 * @param orderId                the order it was about
 * @param sentAt                 when it was recorded (microsecond precision, as both databases store it)
 * @param contactReason          its contact reason
 * @param reviewRequest          whether it asks for a review or seller feedback
 * @param verdict                what its check answered: PASS or WARN (a BLOCK is never recorded)
 * @param messagesSentTodayBefore the account's count for the day when it was checked
 */
public record SentMessage(
        String messageId,
        String orderId,
        Instant sentAt,
        String contactReason,
        boolean reviewRequest,
        Verdict verdict,
        int messagesSentTodayBefore) {
}
