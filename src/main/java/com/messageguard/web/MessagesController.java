package com.messageguard.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.messageguard.account.SellerAccount;
import com.messageguard.ledger.ConditionalOnLedgerEnabled;
import com.messageguard.ledger.LedgerProperties;
import com.messageguard.ledger.LedgerUnavailableException;
import com.messageguard.ledger.MessageRecorder;
import com.messageguard.ledger.MessageRecorder.OutgoingMessage;
import com.messageguard.ledger.SentMessageHistory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.groups.Default;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger's endpoints: {@code POST /messages} records a message being sent,
 * {@code GET|DELETE /messages/{messageId}} reads or forgets one,
 * {@code GET|DELETE /orders/{orderId}/messages} reads or erases an order's history. Every call is
 * scoped to the caller's seller account: another account's message id is as unknown as one never
 * recorded. Only while the ledger is on; off, these paths are 404 like any unknown path.
 */
@RestController
@ConditionalOnLedgerEnabled
@Tag(name = "Ledger", description = "What each seller account sent: one review request per order, the daily limit")
public class MessagesController {

    private final DraftFactory drafts;
    private final MessageRecorder recorder;
    private final SentMessageHistory history;
    private final String retryAfterSeconds;

    public MessagesController(DraftFactory drafts, MessageRecorder recorder, SentMessageHistory history,
            LedgerProperties properties) {
        this.drafts = drafts;
        this.recorder = recorder;
        this.history = history;
        this.retryAfterSeconds = Long.toString(properties.retryAfter().toSeconds());
    }

    @Operation(summary = "Check a draft and record it as sent",
            description = "A `/check` request plus `messageId` and a required `context.orderId`. Unless the verdict is "
                    + "BLOCK, the message is recorded in the same transaction. The same `messageId` again answers what "
                    + "the first call answered and records nothing twice.")
    @ApiResponse(responseCode = "201", description = "Checked and recorded (`recorded: true`); `Location` names the record")
    @ApiResponse(responseCode = "422", description = "BLOCK: checked, not recorded (`recorded: false`)")
    @ApiResponse(responseCode = "409", description = "The `messageId` was recorded before for another order, reason or verdict")
    @ApiResponse(responseCode = "503", description = "The ledger's database did not answer in time; `Retry-After` says when to retry")
    @PostMapping(path = "/messages", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<SendResponse> send(
            @Validated({Default.class, SendRequest.Sending.class}) @RequestBody SendRequest request,
            SellerAccount account) throws LedgerUnavailableException {
        CheckRequest check = request.check();
        OutgoingMessage message = new OutgoingMessage(request.messageId(), request.orderId(),
                DraftFactory.context(check), context -> drafts.create(check, context));
        MessageRecorder.Outcome outcome = recorder.send(account, message);
        if (outcome instanceof MessageRecorder.Recorded recorded) {
            return ResponseEntity.created(location(request.messageId()))
                    .body(new SendResponse(CheckResponse.of(recorded.result()), true));
        }
        if (outcome instanceof MessageRecorder.Blocked blocked) {
            return ResponseEntity.unprocessableContent()
                    .body(new SendResponse(CheckResponse.of(blocked.result()), false));
        }
        throw new MessageIdReusedException(request.messageId());
    }

    @Operation(summary = "One recorded message of the caller's account")
    @ApiResponse(responseCode = "404", description = "No such message in this account")
    @GetMapping(path = "/messages/{messageId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<SentMessageResponse> message(@PathVariable String messageId, SellerAccount account)
            throws LedgerUnavailableException {
        LedgerIds.require("messageId", messageId);
        return history.find(account, messageId)
                .map(found -> ResponseEntity.ok(SentMessageResponse.of(found)))
                .orElseThrow(() -> new UnknownMessageException(messageId));
    }

    @Operation(summary = "Forget a message whose sending failed after all")
    @ApiResponse(responseCode = "204", description = "Forgotten")
    @ApiResponse(responseCode = "404", description = "No such message in this account")
    @DeleteMapping("/messages/{messageId}")
    public ResponseEntity<Void> forget(@PathVariable String messageId, SellerAccount account)
            throws LedgerUnavailableException {
        LedgerIds.require("messageId", messageId);
        if (!history.forget(account, messageId)) {
            throw new UnknownMessageException(messageId);
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "An order's recorded messages, oldest first")
    @GetMapping(path = "/orders/{orderId}/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    public SentMessageResponse.OrderHistory orderHistory(@PathVariable String orderId, SellerAccount account)
            throws LedgerUnavailableException {
        LedgerIds.require("orderId", orderId);
        return SentMessageResponse.OrderHistory.of(orderId, history.ofOrder(account, orderId));
    }

    @Operation(summary = "Erase an order's history (a buyer's data request)")
    @ApiResponse(responseCode = "204", description = "Erased, also when there was nothing")
    @DeleteMapping("/orders/{orderId}/messages")
    public ResponseEntity<Void> eraseOrder(@PathVariable String orderId, SellerAccount account)
            throws LedgerUnavailableException {
        LedgerIds.require("orderId", orderId);
        history.erase(account, orderId);
        return ResponseEntity.noContent().build();
    }

    private static URI location(String messageId) {
        return URI.create("/messages/" + messageId); // the id's characters need no escaping in a path
    }

    /**
     * 503 with {@code Retry-After}. A record whose transaction was still running when the wait
     * ended may yet commit: sending the same messageId again then answers its 201.
     */
    @ExceptionHandler(LedgerUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(LedgerUnavailableException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "The ledger is unavailable: "
                + e.getMessage() + ". Try again after " + retryAfterSeconds + " s with the same messageId.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(at(problem, request));
    }

    @ExceptionHandler(LedgerIds.InvalidFieldsException.class)
    ResponseEntity<ProblemDetail> invalid(LedgerIds.InvalidFieldsException e, HttpServletRequest request) {
        return problem(Problems.invalidRequest(e.errors()), request);
    }

    @ExceptionHandler(UnknownMessageException.class)
    ResponseEntity<ProblemDetail> unknown(UnknownMessageException e, HttpServletRequest request) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, "No message " + e.messageId + " is recorded for this account."),
                request);
    }

    @ExceptionHandler(MessageIdReusedException.class)
    ResponseEntity<ProblemDetail> reused(MessageIdReusedException e, HttpServletRequest request) {
        return problem(Problems.of(HttpStatus.CONFLICT, "The messageId " + e.messageId
                + " is already recorded for another message (another order, contact reason or verdict)."
                + " A new message needs a new messageId."), request);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem, HttpServletRequest request) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(at(problem, request));
    }

    private static ProblemDetail at(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private static final class UnknownMessageException extends RuntimeException {

        private final String messageId;

        UnknownMessageException(String messageId) {
            super(null, null, false, false);
            this.messageId = messageId;
        }
    }

    private static final class MessageIdReusedException extends RuntimeException {

        private final String messageId;

        MessageIdReusedException(String messageId) {
            super(null, null, false, false);
            this.messageId = messageId;
        }
    }
}
