package com.messageguard.rules.metadata;

import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import org.springframework.stereotype.Component;

/** Buyers who opted out still receive critical messages and replies, nothing else. */
@Component
public class BuyerOptedOutRule implements Rule {

    @Override
    public String id() {
        return "buyer-opted-out";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        if (draft.context().isBuyerOptedOut() && draft.isProactive() && !draft.reason().critical()) {
            findings.field("context.buyerOptedOut");
        }
    }
}
