package com.messageguard.rules.contact;

import com.messageguard.engine.Draft;
import com.messageguard.engine.Finding;
import com.messageguard.engine.Fix;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import com.messageguard.fix.Removal;
import com.messageguard.text.Span;
import org.springframework.stereotype.Component;

/**
 * Any phone number in the subject or body, in any national or international format, spaced,
 * dotted, full-width or spelled out: contact stays in Buyer-Seller Messaging. The detector's word
 * lists come from {@code rules/phone.yaml}.
 */
@Component
public class PhoneNumberRule implements Rule {

    private final ContactSignals signals;

    public PhoneNumberRule(ContactSignals signals) {
        this.signals = signals;
    }

    @Override
    public String id() {
        return "phone-number";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        for (TextField field : draft.textFields()) {
            for (Span span : signals.phones(field)) {
                findings.text(field, span.start(), span.end());
            }
        }
    }

    /** The number goes, however it was spelled. */
    @Override
    public Fix fix(Finding finding, String text) {
        return Removal.of(text, finding.start(), finding.end());
    }
}
