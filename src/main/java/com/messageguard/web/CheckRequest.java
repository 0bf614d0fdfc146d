package com.messageguard.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /check}, as API.md defines it. Unknown fields are ignored.
 * {@code POST /messages} takes the same fields ({@link SendRequest}) and needs
 * {@code context.orderId} ({@link SendRequest.Sending}).
 */
public record CheckRequest(
        @Size(max = 200) String subject,
        @NotBlank @Size(max = 20_000) String body,
        @NotBlank @KnownContactReason String contactReason,
        @NotNull @PositiveOrZero Integer orderAgeDays,
        @PositiveOrZero Integer daysSinceDelivery,
        @Size(max = 10) List<@NotNull @Valid AttachmentPayload> attachments,
        @NotNull(groups = SendRequest.Sending.class) @Valid ContextPayload context,
        @Pattern(regexp = "[A-Za-z]{2}([-_][A-Za-z0-9]{2,8})?", message = "must be an ISO 639-1 language code such as 'en'")
        String language,
        Boolean checkGrammar) {

    /**
     * Subject and body are buyers' personal data, and every other string comes from the client
     * too: none of them may reach a log line, also not at DEBUG.
     */
    @Override
    public String toString() {
        return "CheckRequest[subject=" + (subject == null ? 0 : subject.length()) + " chars, body="
                + (body == null ? 0 : body.length()) + " chars, orderAgeDays=" + orderAgeDays
                + ", attachments=" + (attachments == null ? 0 : attachments.size()) + "]";
    }

    /** One attachment: its name decides the type; the content type, when given, must agree. */
    public record AttachmentPayload(
            @NotBlank @Size(max = 255) String fileName,
            @Size(max = 255) String contentType,
            @NotNull @PositiveOrZero Long sizeBytes) {
    }

    /**
     * What the seller's tool knows about the order and the account; every field optional. With
     * {@code orderId} and the ledger on, the ledger completes {@code reviewAlreadyRequested} and
     * {@code messagesSentToday} from what the account recorded.
     */
    public record ContextPayload(
            Boolean reviewAlreadyRequested,
            Boolean buyerOptedOut,
            @PositiveOrZero Integer averageDailyOrders,
            @PositiveOrZero Integer messagesSentToday,
            @NotNull(groups = SendRequest.Sending.class) @Pattern(regexp = LedgerIds.PATTERN, message = LedgerIds.MESSAGE)
            String orderId) {

        /** The context without the ledger's part, as existing callers build it. */
        public ContextPayload(Boolean reviewAlreadyRequested, Boolean buyerOptedOut, Integer averageDailyOrders,
                Integer messagesSentToday) {
            this(reviewAlreadyRequested, buyerOptedOut, averageDailyOrders, messagesSentToday, null);
        }
    }
}
