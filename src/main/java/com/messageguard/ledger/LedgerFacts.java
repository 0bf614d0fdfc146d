package com.messageguard.ledger;

import com.messageguard.engine.MessagingContext;

/**
 * What the ledger knows that the metadata rules need: whether the order already had a review
 * request, and how many messages the account sent today.
 */
public record LedgerFacts(boolean reviewRequested, int messagesSentToday) {

    /**
     * The caller's context completed by the ledger: a review request either of them knows of
     * stands, and the larger of the two counts is taken, since the caller may count messages sent
     * outside this service and the ledger those of every other worker.
     */
    public MessagingContext appliedTo(MessagingContext caller) {
        Integer callerCount = caller.messagesSentToday();
        return new MessagingContext(
                caller.isReviewAlreadyRequested() || reviewRequested,
                caller.buyerOptedOut(),
                caller.averageDailyOrders(),
                callerCount == null ? messagesSentToday : Math.max(callerCount, messagesSentToday));
    }
}
