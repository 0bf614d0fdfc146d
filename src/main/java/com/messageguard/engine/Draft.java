package com.messageguard.engine;

import com.messageguard.ruledata.ContactReason;
import java.util.List;
import java.util.Optional;

/**
 * A message prepared for checking: its text fields already normalized, its contact reason
 * resolved against the catalog. Every rule reads the same draft, so per-request work happens once;
 * what several rules derive from the whole draft (its language) is computed on first use and kept
 * here ({@link Analysis}).
 */
public final class Draft {

    private final Optional<TextField> subject;
    private final TextField body;
    private final ContactReason reason;
    private final int orderAgeDays;
    private final Integer daysSinceDelivery;
    private final List<Attachment> attachments;
    private final MessagingContext context;
    private final String language;
    private final boolean checkGrammar;
    private final boolean subjectQuotesTheBuyer;
    /** Asked for by most rules: built once, read-only. */
    private final List<TextField> textFields;
    private final List<TextField> wordingFields;
    private final Analysis.Cache<Draft> analyses = new Analysis.Cache<>();

    public Draft(Optional<TextField> subject, TextField body, ContactReason reason, int orderAgeDays,
                 Integer daysSinceDelivery, List<Attachment> attachments, MessagingContext context, String language,
                 boolean checkGrammar, boolean subjectQuotesTheBuyer) {
        this.subject = subject;
        this.body = body;
        this.reason = reason;
        this.orderAgeDays = orderAgeDays;
        this.daysSinceDelivery = daysSinceDelivery;
        this.attachments = List.copyOf(attachments);
        this.context = context;
        this.language = language;
        this.checkGrammar = checkGrammar;
        this.subjectQuotesTheBuyer = subjectQuotesTheBuyer && reason.reply() && subject.isPresent();
        this.textFields = subject.isPresent() ? List.of(subject.get(), body) : List.of(body);
        this.wordingFields = this.subjectQuotesTheBuyer ? List.of(body) : textFields;
    }

    public Optional<TextField> subject() {
        return subject;
    }

    public TextField body() {
        return body;
    }

    public ContactReason reason() {
        return reason;
    }

    public int orderAgeDays() {
        return orderAgeDays;
    }

    /** Days since delivery, or null when the request did not say. */
    public Integer daysSinceDelivery() {
        return daysSinceDelivery;
    }

    public List<Attachment> attachments() {
        return attachments;
    }

    public MessagingContext context() {
        return context;
    }

    /** The request's ISO 639-1 language code, or null when the request gave none. */
    public String language() {
        return language;
    }

    public boolean checkGrammar() {
        return checkGrammar;
    }

    /** The subject (when there is one) and the body, in that order; read-only. */
    public List<TextField> textFields() {
        return textFields;
    }

    /**
     * The fields whose wording is the seller's: the body, and the subject unless it quotes the
     * buyer's ("Re: Please cancel", see {@link ReplySubject}). The wording rules read these.
     */
    public List<TextField> wordingFields() {
        return wordingFields;
    }

    /** Whether the subject is the buyer's, quoted in a reply. */
    public boolean subjectQuotesTheBuyer() {
        return subjectQuotesTheBuyer;
    }

    /** True when the seller starts the conversation rather than answering the buyer. */
    public boolean isProactive() {
        return !reason.reply();
    }

    /** The result of {@code analysis} for this draft, computed on first use. */
    public <T> T analysis(Analysis<Draft, T> analysis) {
        return analyses.get(analysis, this);
    }
}
