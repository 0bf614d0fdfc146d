package com.messageguard.rules.attachment;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reasons such as INVOICE and WARRANTY exist to send a document; without one the message is
 * suspect. Reported on {@code contactReason}: there is no attachment to point at, and API.md's
 * fields name attachments only by index.
 */
@Component
public class AttachmentMissingRule implements Rule {

    @Override
    public String id() {
        return "attachment-missing";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        if (draft.reason().attachmentExpected() && draft.attachments().isEmpty()) {
            findings.field("contactReason", null, Map.of("reason", draft.reason().id()));
        }
    }
}
