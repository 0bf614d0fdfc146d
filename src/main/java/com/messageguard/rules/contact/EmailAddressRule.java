package com.messageguard.rules.contact;

import com.messageguard.engine.Draft;
import com.messageguard.engine.Finding;
import com.messageguard.engine.Fix;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import com.messageguard.fix.Removal;
import com.messageguard.text.NormalizedText;
import com.messageguard.text.Span;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Any e-mail address in the subject or body, also written to dodge the robots
 * ({@code anna at gmail dot com}, {@code service[at]example.com}, look-alike letters, zero-width
 * characters): contact stays in Buyer-Seller Messaging. The finding covers the whole written form.
 */
@Component
public class EmailAddressRule implements Rule {

    private final ContactSignals signals;

    public EmailAddressRule(ContactSignals signals) {
        this.signals = signals;
    }

    @Override
    public String id() {
        return "email-address";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        for (TextField field : draft.textFields()) {
            NormalizedText view = signals.view(field);
            for (Span span : signals.emails(field)) {
                findings.text(field, view, span.start(), span.end(), null, Map.of());
            }
        }
    }

    /** The address goes; the buyer can answer in Buyer-Seller Messaging. */
    @Override
    public Fix fix(Finding finding, String text) {
        return Removal.of(text, finding.start(), finding.end());
    }
}
