package com.messageguard.rules.attachment;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.ruledata.RuleSet;
import java.util.Map;
import org.springframework.stereotype.Component;

/** At most so many files per message; reported on the first one over the limit. */
@Component
public class AttachmentCountRule implements Rule {

    private final int maxCount;

    public AttachmentCountRule(RuleSet rules) {
        this.maxCount = rules.settings().attachments().maxCount();
    }

    @Override
    public String id() {
        return "attachment-count";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        int count = draft.attachments().size();
        if (count > maxCount) {
            findings.field(draft.attachments().get(maxCount).field(), null, Map.of("count", count, "maxCount", maxCount));
        }
    }
}
