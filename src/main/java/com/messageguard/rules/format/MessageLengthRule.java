package com.messageguard.rules.format;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A body longer than its reason's limit. Length is counted in characters (Unicode code points), and
 * the finding covers the part past the limit so a UI can show what to cut.
 */
@Component
public class MessageLengthRule implements Rule {

    @Override
    public String id() {
        return "message-length";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        Integer limit = draft.reason().textLimit();
        TextField body = draft.body();
        String text = body.original();
        if (limit == null || text.length() <= limit) {
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (length > limit) {
            int overflowStart = text.offsetByCodePoints(0, limit);
            findings.original(body, overflowStart, text.length(), null,
                    Map.of("length", length, "limit", limit, "reason", draft.reason().id()));
        }
    }
}
