package com.messageguard.ruledata;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One contact reason of the catalog in {@code rules/contact-reasons.yaml}. Flags left out of the
 * file are false.
 *
 * @param id                 the reason as requests name it, e.g. {@code ORDER_ISSUE}
 * @param reply              the seller answers the buyer's own message (every other reason is proactive)
 * @param critical           the message reaches buyers who opted out of messages
 * @param textLimit          the longest body allowed, in characters; null when there is no limit
 * @param attachmentExpected a message with this reason normally carries a file (invoice, warranty)
 * @param linksAllowed       an https link to an allow-listed domain is acceptable under this reason
 */
@Schema(description = "One contact reason of the catalog.")
public record ContactReason(
        @Schema(description = "The reason as requests name it.", example = "ORDER_ISSUE") String id,
        @Schema(description = "When a seller may use it.") String description,
        @Schema(description = "The seller answers the buyer's own message; every other reason is proactive.") Boolean reply,
        @Schema(description = "The message reaches buyers who opted out of messages.") Boolean critical,
        @Schema(description = "The longest body allowed, in characters; absent when there is no limit.") Integer textLimit,
        @Schema(description = "A message with this reason normally carries a file (invoice, warranty).") Boolean attachmentExpected,
        @Schema(description = "An https link to an allow-listed domain is acceptable under this reason.") Boolean linksAllowed)
        implements Checks.Checked {

    public ContactReason {
        reply = Boolean.TRUE.equals(reply);
        critical = Boolean.TRUE.equals(critical);
        attachmentExpected = Boolean.TRUE.equals(attachmentExpected);
        linksAllowed = Boolean.TRUE.equals(linksAllowed);
    }

    @Override
    public void check(Checks checks) {
        checks.text("description", description);
        if (reply && critical) {
            checks.fail("critical", "a reply reason cannot also be critical");
        }
        if (textLimit != null) {
            checks.positive("textLimit", textLimit);
        }
    }

    public boolean proactive() {
        return !reply;
    }

    ContactReason withId(String newId) {
        return new ContactReason(newId, description, reply, critical, textLimit, attachmentExpected, linksAllowed);
    }
}
