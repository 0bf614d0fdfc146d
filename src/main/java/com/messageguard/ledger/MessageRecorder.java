package com.messageguard.ledger;

import com.messageguard.account.SellerAccount;
import com.messageguard.engine.CheckEngine;
import com.messageguard.engine.CheckResult;
import com.messageguard.engine.Draft;
import com.messageguard.engine.MessagingContext;
import com.messageguard.engine.Verdict;
import com.messageguard.rules.metadata.ReviewRequests;
import com.messageguard.rules.review.ReviewLanguage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code POST /messages}: "I am sending this now". Checks the draft with what the ledger knows and,
 * unless the verdict is BLOCK, records it, in one transaction. The database decides every race:
 * when two requests record the same message id, or two review requests for one order, its
 * constraints refuse the second, which then reads the ledger again and answers as if it had come
 * second all along: the first call's answer for the message id, a BLOCK for the review request.
 * A repeated message id answers what its first call answered and records nothing.
 */
public class MessageRecorder {

    /** A lost race takes one more attempt; a third means the ledger keeps changing under us. */
    private static final int ATTEMPTS = 3;

    private final LedgerCalls calls;
    private final SentMessageRepository repository;
    private final TransactionTemplate transactions;
    private final CheckEngine engine;
    private final ReviewLanguage reviews;
    private final LedgerTime time;
    private final LedgerMetrics metrics;
    private final Duration timeout;

    public MessageRecorder(LedgerCalls calls, SentMessageRepository repository, TransactionTemplate transactions,
            CheckEngine engine, ReviewLanguage reviews, LedgerTime time, LedgerMetrics metrics, Duration timeout) {
        this.calls = calls;
        this.repository = repository;
        this.transactions = transactions;
        this.engine = engine;
        this.reviews = reviews;
        this.time = time;
        this.metrics = metrics;
        this.timeout = timeout;
    }

    /**
     * A message about to be sent.
     *
     * @param draftWith the draft to check, given the context to check it with (the caller's,
     *                  completed by the ledger)
     */
    public record OutgoingMessage(String messageId, String orderId, MessagingContext callerContext,
            Function<MessagingContext, Draft> draftWith) {
    }

    /** What {@link #send} did. */
    public sealed interface Outcome permits Recorded, Blocked, Reused {
    }

    /** Recorded now, or earlier under the same message id ({@code replayed}). */
    public record Recorded(CheckResult result, SentMessage message, boolean replayed) implements Outcome {
    }

    /** The verdict was BLOCK: nothing was recorded. */
    public record Blocked(CheckResult result) implements Outcome {
    }

    /** The message id is already recorded for another message: another order, reason or verdict. */
    public record Reused(SentMessage recorded) implements Outcome {
    }

    public Outcome send(SellerAccount account, OutgoingMessage message) throws LedgerUnavailableException {
        try {
            return calls.call(timeout, () -> sendNow(account, message));
        } catch (LedgerUnavailableException e) {
            metrics.writeUnavailable();
            throw e;
        }
    }

    private Outcome sendNow(SellerAccount account, OutgoingMessage message) {
        for (int attempt = 1; ; attempt++) {
            Optional<SentMessage> recorded = repository.find(account, message.messageId());
            if (recorded.isPresent()) {
                return replay(recorded.get(), message);
            }
            Instant now = time.now();
            try {
                Outcome outcome = transactions.execute(status -> checkAndRecord(account, message, now, status));
                if (outcome instanceof Recorded) {
                    metrics.recorded();
                } else {
                    metrics.blocked();
                }
                return outcome;
            } catch (DuplicateKeyException e) {
                countConflict(account, message, now);
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private Outcome checkAndRecord(SellerAccount account, OutgoingMessage message, Instant now, TransactionStatus tx) {
        LocalDate day = time.dayOf(now);
        LedgerFacts facts = repository.facts(account, message.orderId(), day);
        Draft draft = message.draftWith().apply(facts.appliedTo(message.callerContext()));
        CheckResult result = engine.check(draft);
        if (result.verdict() == Verdict.BLOCK) {
            tx.setRollbackOnly();
            return new Blocked(result);
        }
        SentMessage record = new SentMessage(message.messageId(), message.orderId(), now, draft.reason().id(),
                ReviewRequests.asksForReview(draft, reviews), result.verdict(), facts.messagesSentToday());
        repository.insert(account, record);
        if (!repository.countOneMore(account, day)) {
            repository.createDayCount(account, day, 1);
        }
        return new Recorded(result, record, false);
    }

    /**
     * The first call's answer, checked again with the day's count it saw, when the request is the
     * same message: same order, reason and verdict. The text is not kept, so that is what "the
     * same" can be judged by.
     */
    private Outcome replay(SentMessage recorded, OutgoingMessage message) {
        if (!recorded.orderId().equals(message.orderId())) {
            return new Reused(recorded);
        }
        MessagingContext asFirstSeen = new LedgerFacts(false, recorded.messagesSentTodayBefore())
                .appliedTo(message.callerContext());
        Draft draft = message.draftWith().apply(asFirstSeen);
        if (!draft.reason().id().equals(recorded.contactReason())) {
            return new Reused(recorded);
        }
        CheckResult result = engine.check(draft);
        if (result.verdict() != recorded.verdict()) {
            return new Reused(recorded);
        }
        metrics.replayed();
        return new Recorded(result, recorded, true);
    }

    /**
     * Which record got there first: this message id, or a review request for the order. The first
     * record of a day racing another only retries, and counts as neither.
     */
    private void countConflict(SellerAccount account, OutgoingMessage message, Instant now) {
        if (repository.find(account, message.messageId()).isPresent()) {
            metrics.messageIdConflict();
        } else if (repository.facts(account, message.orderId(), time.dayOf(now)).reviewRequested()) {
            metrics.reviewConflict();
        }
    }
}
