package com.messageguard.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.messageguard.ledger.SentMessage;
import java.time.Instant;
import java.util.List;

/** A recorded message as the ledger endpoints show it: ids and facts, never text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SentMessageResponse(String messageId, String orderId, Instant sentAt, String contactReason,
        boolean reviewRequest) {

    /** {@code GET /messages/{messageId}}: with its order. */
    static SentMessageResponse of(SentMessage message) {
        return new SentMessageResponse(message.messageId(), message.orderId(), message.sentAt(),
                message.contactReason(), message.reviewRequest());
    }

    /** An entry of an order's history, where the order is said once, above. */
    static SentMessageResponse inHistory(SentMessage message) {
        return new SentMessageResponse(message.messageId(), null, message.sentAt(), message.contactReason(),
                message.reviewRequest());
    }

    /** {@code GET /orders/{orderId}/messages}. */
    public record OrderHistory(String orderId, List<SentMessageResponse> messages) {

        static OrderHistory of(String orderId, List<SentMessage> messages) {
            return new OrderHistory(orderId, messages.stream().map(SentMessageResponse::inHistory).toList());
        }
    }
}
