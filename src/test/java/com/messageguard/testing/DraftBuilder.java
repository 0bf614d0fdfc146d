package com.messageguard.testing;

import com.messageguard.engine.Attachment;
import com.messageguard.engine.Draft;
import com.messageguard.engine.ReplySubject;
import com.messageguard.web.DraftFactory;
import com.messageguard.engine.MessagingContext;
import com.messageguard.engine.TextField;
import com.messageguard.text.Confusables;
import com.messageguard.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds drafts for rule unit tests, with the same normalization the service applies. Defaults:
 * a reply ({@code BUYER_INQUIRY_REPLY}) to a 3-day-old order, no subject, no attachments.
 */
public final class DraftBuilder {

    private static final TextNormalizer NORMALIZER = new TextNormalizer(new Confusables());

    private String subject;
    private String body = "Hello, your order 113-4567890-1234567 ships today.";
    private String reason = "BUYER_INQUIRY_REPLY";
    private int orderAgeDays = 3;
    private Integer daysSinceDelivery;
    private final List<Attachment> attachments = new ArrayList<>();
    private MessagingContext context = MessagingContext.UNKNOWN;
    private String language;
    private boolean checkGrammar;

    public static DraftBuilder draft() {
        return new DraftBuilder();
    }

    public DraftBuilder subject(String subject) {
        this.subject = subject;
        return this;
    }

    public DraftBuilder body(String body) {
        this.body = body;
        return this;
    }

    public DraftBuilder reason(String reason) {
        this.reason = reason;
        return this;
    }

    public DraftBuilder orderAgeDays(int days) {
        this.orderAgeDays = days;
        return this;
    }

    public DraftBuilder daysSinceDelivery(Integer days) {
        this.daysSinceDelivery = days;
        return this;
    }

    public DraftBuilder attachment(String fileName, String contentType, long sizeBytes) {
        attachments.add(new Attachment(attachments.size(), fileName, contentType, sizeBytes));
        return this;
    }

    public DraftBuilder context(Boolean reviewAlreadyRequested, Boolean buyerOptedOut,
                                Integer averageDailyOrders, Integer messagesSentToday) {
        this.context = new MessagingContext(reviewAlreadyRequested, buyerOptedOut, averageDailyOrders, messagesSentToday);
        return this;
    }

    public DraftBuilder language(String language) {
        this.language = language;
        return this;
    }

    public DraftBuilder checkGrammar(boolean checkGrammar) {
        this.checkGrammar = checkGrammar;
        return this;
    }

    public Draft build() {
        return new Draft(
                Optional.ofNullable(subject).map(s -> new TextField("subject", NORMALIZER.normalize(s))),
                new TextField("body", NORMALIZER.normalize(body)),
                TestRules.ruleSet().reason(reason).orElseThrow(() -> new IllegalArgumentException("unknown reason " + reason)),
                orderAgeDays, daysSinceDelivery, attachments, context, language, checkGrammar,
                subject != null && ReplySubject.quotesTheBuyer(subject, DraftFactory.replyPrefixes(TestRules.ruleSet())));
    }
}
