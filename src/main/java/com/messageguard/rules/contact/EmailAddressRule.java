package com.messageguard.rules.contact;

import com.messageguard.detect.EmailDetector;
import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import com.messageguard.text.Span;
import org.springframework.stereotype.Component;

/** Any e-mail address in the subject or body: contact stays in Buyer-Seller Messaging. */
@Component
public class EmailAddressRule implements Rule {

    private final EmailDetector detector = new EmailDetector();

    @Override
    public String id() {
        return "email-address";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        for (TextField field : draft.textFields()) {
            for (Span span : detector.find(field.text())) {
                findings.text(field, span.start(), span.end());
            }
        }
    }
}
