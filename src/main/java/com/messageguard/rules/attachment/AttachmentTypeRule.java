package com.messageguard.rules.attachment;

import com.messageguard.engine.Attachment;
import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.ruledata.RuleSet;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Only documents and images of the accepted types; {@code invoice.pdf.exe} is an .exe. */
@Component
public class AttachmentTypeRule implements Rule {

    private final AttachmentTypes types;

    public AttachmentTypeRule(RuleSet rules) {
        this.types = new AttachmentTypes(rules.settings().attachments());
    }

    @Override
    public String id() {
        return "attachment-type";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        for (Attachment attachment : draft.attachments()) {
            if (!types.isAllowed(attachment)) {
                String extension = attachment.extension();
                findings.field(attachment.field(), null, Map.of(
                        "extension", extension.isEmpty() ? "(none)" : "." + extension,
                        "contentType", attachment.mediaType().isEmpty() ? "(none)" : attachment.mediaType()));
            }
        }
    }
}
