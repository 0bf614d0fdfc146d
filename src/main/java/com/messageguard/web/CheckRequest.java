package com.messageguard.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /check}, as API.md defines it, and one item of {@code POST /check/batch}.
 * Unknown fields are ignored. {@code suggestFix}: also answer the draft with every safe fix applied
 * and checked again. {@code POST /messages} takes the same fields ({@link SendRequest}) and needs
 * {@code context.orderId} ({@link SendRequest.Sending}).
 */
@Schema(description = "One draft message a seller wants to send to an Amazon buyer.")
public record CheckRequest(
        @Schema(description = "Subject line, at most 200 characters; `[Important]` here marks a critical message.",
                example = "Your custom engraving")
        @Size(max = 200) String subject,
        @Schema(description = "The message text, plain text, 1 to 20,000 characters, not blank.",
                example = "Hello Anna, could you confirm the name to engrave on your order 113-4567890-1234567?")
        @NotBlank @Size(max = 20_000) String body,
        @Schema(description = "One of the contact reasons of the catalog (`GET /rules`); tells whether the seller writes "
                + "proactively or answers the buyer. `BUYER_INQUIRY_REPLY` answers the buyer's own message.",
                example = "CUSTOMIZATION")
        @NotBlank @KnownContactReason String contactReason,
        @Schema(description = "Whole days since the order was placed, 0 or more.", example = "3")
        @NotNull @PositiveOrZero Integer orderAgeDays,
        @Schema(description = "Whole days since delivery, 0 or more; used for review-request timing and the contact window.")
        @PositiveOrZero Integer daysSinceDelivery,
        @Schema(description = "At most 10 attachments.")
        @Size(max = 10) List<@NotNull @Valid AttachmentPayload> attachments,
        @Schema(description = "What the seller's tool knows about the order and account; every field optional.")
        @NotNull(groups = SendRequest.Sending.class) @Valid ContextPayload context,
        @Schema(description = "The buyer's language, ISO 639-1 code (`en`, `de`, `fr`, `es`, `it`, ...); detected from the "
                + "text when absent. `GET /rules` lists the languages with a language pack.", example = "en")
        @Pattern(regexp = "[A-Za-z]{2}([-_][A-Za-z0-9]{2,8})?", message = "must be an ISO 639-1 language code such as 'en'")
        String language,
        @Schema(description = "`true` adds spelling and grammar findings (`spelling-grammar`, WARN, LanguageTool) and "
                + "`grammarChecked` to the answer; default `false`.")
        Boolean checkGrammar,
        @Schema(description = "`true` also answers `fixedBody`, `fixedSubject`, `fixedVerdict` and `remainingViolations`: "
                + "the draft with every safe fix applied and checked again; default `false`.")
        Boolean suggestFix) {

    public boolean wantsFix() {
        return Boolean.TRUE.equals(suggestFix);
    }

    /** The same request with other texts: the draft with its fixes applied. */
    public CheckRequest withText(String newSubject, String newBody) {
        return new CheckRequest(newSubject, newBody, contactReason, orderAgeDays, daysSinceDelivery, attachments,
                context, language, checkGrammar, suggestFix);
    }

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
    @Schema(description = "One attachment of the message; only its name, type and size are checked.")
    public record AttachmentPayload(
            @Schema(description = "File name; its extension decides the type.", example = "proof.png")
            @NotBlank @Size(max = 255) String fileName,
            @Schema(description = "MIME type; when given it must agree with the extension.", example = "image/png")
            @Size(max = 255) String contentType,
            @Schema(description = "Size in bytes, 0 or more.", example = "240000")
            @NotNull @PositiveOrZero Long sizeBytes) {
    }

    /**
     * What the seller's tool knows about the order and the account; every field optional. With
     * {@code orderId} and the ledger on, the ledger completes {@code reviewAlreadyRequested} and
     * {@code messagesSentToday} from what the account recorded.
     */
    @Schema(description = "What the seller's tool knows about the order and the account.")
    public record ContextPayload(
            @Schema(description = "A review or feedback request was already sent for this order.")
            Boolean reviewAlreadyRequested,
            @Schema(description = "The buyer opted out of messages that are not critical.")
            Boolean buyerOptedOut,
            @Schema(description = "The seller's average orders per day, 0 or more: the daily limit is 5 times this plus 600 messages.")
            @PositiveOrZero Integer averageDailyOrders,
            @Schema(description = "Messages the seller already sent today, 0 or more.")
            @PositiveOrZero Integer messagesSentToday,
            @Schema(description = "The Amazon order id the draft is about. With the ledger on, the ledger of sent messages "
                    + "completes `reviewAlreadyRequested` and `messagesSentToday`; required by `POST /messages`.",
                    example = "113-4567890-1234567")
            @NotNull(groups = SendRequest.Sending.class) @Pattern(regexp = LedgerIds.PATTERN, message = LedgerIds.MESSAGE)
            String orderId) {

        /** The context without the ledger's part, as existing callers build it. */
        public ContextPayload(Boolean reviewAlreadyRequested, Boolean buyerOptedOut, Integer averageDailyOrders,
                Integer messagesSentToday) {
            this(reviewAlreadyRequested, buyerOptedOut, averageDailyOrders, messagesSentToday, null);
        }
    }
}
