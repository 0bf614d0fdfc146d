package com.messageguard.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The body of {@code POST /messages}: a {@code /check} request, whose fields stand at the top level
 * beside {@code messageId}, the caller's id of the message. {@code context.orderId} is required
 * here ({@link Sending}).
 */
public record SendRequest(
        @NotNull @Pattern(regexp = LedgerIds.PATTERN, message = LedgerIds.MESSAGE) String messageId,
        @Valid @JsonUnwrapped CheckRequest check) {

    /** The validation group of what sending needs beyond a check: {@code context} and its {@code orderId}. */
    public interface Sending {
    }

    public String orderId() {
        return check.context().orderId();
    }

    /** The check's fields are buyers' data; a log line gets the ids and the check's sizes only. */
    @Override
    public String toString() {
        return "SendRequest[messageId=" + messageId + ", " + check + "]";
    }
}
