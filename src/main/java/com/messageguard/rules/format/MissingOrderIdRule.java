package com.messageguard.rules.format;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import org.springframework.stereotype.Component;

/** A proactive message should name the order it is about (3-7-7 digits) in the subject or body. */
@Component
public class MissingOrderIdRule implements Rule {

    @Override
    public String id() {
        return "missing-order-id";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        if (!draft.isProactive()) {
            return;
        }
        for (TextField field : draft.textFields()) {
            if (OrderIds.containsOrderId(field.text())) {
                return;
            }
        }
        findings.field("body");
    }
}
