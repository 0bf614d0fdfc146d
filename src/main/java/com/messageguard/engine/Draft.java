package com.messageguard.engine;

import com.messageguard.ruledata.ContactReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message prepared for checking: its text fields already normalized, its contact reason
 * resolved against the catalog. Every rule reads the same draft, so per-request work happens once.
 */
public record Draft(
        Optional<TextField> subject,
        TextField body,
        ContactReason reason,
        int orderAgeDays,
        Integer daysSinceDelivery,
        List<Attachment> attachments,
        MessagingContext context,
        String language,
        boolean checkGrammar) {

    public Draft {
        attachments = List.copyOf(attachments);
    }

    /** The subject (when there is one) and the body, in that order. */
    public List<TextField> textFields() {
        List<TextField> fields = new ArrayList<>(2);
        subject.ifPresent(fields::add);
        fields.add(body);
        return fields;
    }

    /** True when the seller starts the conversation rather than answering the buyer. */
    public boolean isProactive() {
        return !reason.reply();
    }
}
