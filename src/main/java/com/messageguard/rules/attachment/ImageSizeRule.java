package com.messageguard.rules.attachment;

import com.messageguard.engine.Attachment;
import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.ruledata.RuleSet;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Large images may not reach the buyer intact; a warning per image over the threshold. */
@Component
public class ImageSizeRule implements Rule {

    private final AttachmentTypes types;
    private final long imageMaxBytes;

    public ImageSizeRule(RuleSet rules) {
        this.types = new AttachmentTypes(rules.settings().attachments());
        this.imageMaxBytes = rules.settings().attachments().imageMaxBytes();
    }

    @Override
    public String id() {
        return "image-size";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        for (Attachment attachment : draft.attachments()) {
            if (attachment.sizeBytes() > imageMaxBytes && types.isImage(attachment)) {
                findings.field(attachment.field(), null, Map.of("maxBytes", imageMaxBytes));
            }
        }
    }
}
