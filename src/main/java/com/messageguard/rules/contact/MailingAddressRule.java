package com.messageguard.rules.contact;

import com.messageguard.engine.Draft;
import com.messageguard.engine.Finding;
import com.messageguard.engine.Fix;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import com.messageguard.fix.Removal;
import com.messageguard.text.Span;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A street or postal address in the subject or body: house number and street, post-office box,
 * with the unit, postcode, city and state that follow. Under a {@code RETURN} the address may be
 * the return address Amazon requires, so it is reported in the {@code return} variant (WARN);
 * under every other reason it is blocked. Word lists: {@code rules/address.yaml}.
 */
@Component
public class MailingAddressRule implements Rule {

    public static final String FILE = "address.yaml";
    static final String RETURN_VARIANT = "return";
    private static final String RETURN_REASON = "RETURN";

    private final ContactSignals signals;

    /** The addresses come from {@link ContactSignals}: the off-platform rule reads the same ones. */
    public MailingAddressRule(ContactSignals signals) {
        this.signals = signals;
    }

    @Override
    public String id() {
        return "mailing-address";
    }

    @Override
    public Set<String> variants() {
        return Set.of(RETURN_VARIANT);
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        String variant = RETURN_REASON.equals(draft.reason().id()) ? RETURN_VARIANT : null;
        for (TextField field : draft.textFields()) {
            for (Span span : signals.addresses(field)) {
                findings.text(field, span.start(), span.end(), variant, Map.of());
            }
        }
    }

    /**
     * The address goes, except under a {@code RETURN}: there it may be the return address the buyer
     * needs, which only the seller can judge.
     */
    @Override
    public Fix fix(Finding finding, String text) {
        return RETURN_VARIANT.equals(finding.variant()) ? null : Removal.of(text, finding.start(), finding.end());
    }
}
