package com.messageguard.ruledata;

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
public record ContactReason(
        String id,
        String description,
        Boolean reply,
        Boolean critical,
        Integer textLimit,
        Boolean attachmentExpected,
        Boolean linksAllowed) implements Checks.Checked {

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
