package com.messageguard.rules.attachment;

import com.messageguard.engine.Attachment;
import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.ruledata.RuleSet;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The body's UTF-8 bytes plus the attachments must fit the total limit. Reported once, on the
 * attachment that takes the running total over it.
 */
@Component
public class AttachmentSizeRule implements Rule {

    private final long maxTotalBytes;

    public AttachmentSizeRule(RuleSet rules) {
        this.maxTotalBytes = rules.settings().attachments().maxTotalBytes();
    }

    @Override
    public String id() {
        return "attachment-size";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        if (draft.attachments().isEmpty()) {
            return;
        }
        long total = utf8Length(draft.body().original());
        for (Attachment attachment : draft.attachments()) {
            total = saturatedAdd(total, attachment.sizeBytes());
            if (total > maxTotalBytes) {
                findings.field(attachment.field(), null, Map.of("maxBytes", maxTotalBytes));
                return;
            }
        }
    }

    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3; // also a lone surrogate, which UTF-8 encoders replace with a 3-byte '?'-like mark
            }
        }
        return bytes;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
