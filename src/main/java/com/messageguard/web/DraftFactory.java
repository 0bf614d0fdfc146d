package com.messageguard.web;

import com.messageguard.engine.Attachment;
import com.messageguard.detect.contact.ContactData;
import com.messageguard.engine.Draft;
import com.messageguard.engine.ReplySubject;
import com.messageguard.engine.MessagingContext;
import com.messageguard.engine.TextField;
import com.messageguard.ruledata.ContactReason;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.rules.contact.ContactSignals;
import com.messageguard.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Turns a validated request into the draft every rule reads, normalizing each text field once. */
@Component
public class DraftFactory {

    private final RuleSet rules;
    private final TextNormalizer normalizer;
    private final Set<String> replyPrefixes;

    public DraftFactory(RuleSet rules, TextNormalizer normalizer) {
        this.rules = rules;
        this.normalizer = normalizer;
        this.replyPrefixes = replyPrefixes(rules);
    }

    /** The reply prefixes of {@code contact.yaml} ("re", "aw", "rv"), lower case. */
    public static Set<String> replyPrefixes(RuleSet rules) {
        return rules.data(ContactSignals.FILE, ContactData.class).replyPrefixes().stream()
                .map(p -> p.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public Draft create(CheckRequest request) {
        return create(request, context(request));
    }

    /** The draft of {@code request}, checked with {@code context} instead of the request's own (the ledger's view). */
    public Draft create(CheckRequest request, MessagingContext context) {
        ContactReason reason = rules.reason(request.contactReason())
                .orElseThrow(() -> new IllegalArgumentException("contact reason was not validated"));
        Optional<TextField> subject = Optional.ofNullable(request.subject())
                .filter(s -> !s.isEmpty())
                .map(s -> new TextField("subject", normalizer.normalize(s)));
        TextField body = new TextField("body", normalizer.normalize(request.body()));
        return new Draft(
                subject,
                body,
                reason,
                request.orderAgeDays(),
                request.daysSinceDelivery(),
                attachments(request.attachments()),
                context,
                request.language() == null ? null : request.language().substring(0, 2).toLowerCase(Locale.ROOT),
                Boolean.TRUE.equals(request.checkGrammar()),
                request.subject() != null && ReplySubject.quotesTheBuyer(request.subject(), replyPrefixes));
    }

    private static List<Attachment> attachments(List<CheckRequest.AttachmentPayload> payloads) {
        if (payloads == null) {
            return List.of();
        }
        List<Attachment> attachments = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            CheckRequest.AttachmentPayload p = payloads.get(i);
            attachments.add(new Attachment(i, p.fileName(), p.contentType(), p.sizeBytes()));
        }
        return attachments;
    }

    /** The request's own context. */
    public static MessagingContext context(CheckRequest request) {
        CheckRequest.ContextPayload payload = request.context();
        if (payload == null) {
            return MessagingContext.UNKNOWN;
        }
        return new MessagingContext(payload.reviewAlreadyRequested(), payload.buyerOptedOut(),
                payload.averageDailyOrders(), payload.messagesSentToday());
    }
}
