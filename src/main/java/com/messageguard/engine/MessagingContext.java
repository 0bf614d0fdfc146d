package com.messageguard.engine;

/** What the seller's tool knows about the order and account; any value may be unknown (null). */
public record MessagingContext(
        Boolean reviewAlreadyRequested,
        Boolean buyerOptedOut,
        Integer averageDailyOrders,
        Integer messagesSentToday) {

    public static final MessagingContext UNKNOWN = new MessagingContext(null, null, null, null);

    public boolean isReviewAlreadyRequested() {
        return Boolean.TRUE.equals(reviewAlreadyRequested);
    }

    public boolean isBuyerOptedOut() {
        return Boolean.TRUE.equals(buyerOptedOut);
    }
}
