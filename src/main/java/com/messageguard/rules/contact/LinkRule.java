package com.messageguard.rules.contact;

import com.messageguard.detect.contact.LinkMatch;
import com.messageguard.engine.Draft;
import com.messageguard.engine.Finding;
import com.messageguard.engine.Fix;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import com.messageguard.lexicon.Lexicon;
import com.messageguard.fix.Removal;
import com.messageguard.text.NormalizedText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Any web address: with or without a scheme, bare domains, shorteners, Amazon links, IP addresses,
 * spelled or spaced dots. The one exception: an https link to an allow-listed domain under a
 * reason that needs one (customization, delivery, appointment, digital key).
 */
@Component
public class LinkRule implements Rule {

    private final ContactSignals signals;
    private final Lexicon lexicon;
    private final List<String> allowedDomains;

    public LinkRule(ContactSignals signals, Lexicon lexicon) {
        this.signals = signals;
        this.lexicon = lexicon;
        this.allowedDomains = signals.data().allowedLinkDomains().stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public String id() {
        return "link";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        String language = lexicon.language(draft);
        for (TextField field : draft.textFields()) {
            NormalizedText view = signals.view(field);
            for (LinkMatch link : signals.links(field, language)) {
                if (!isAllowed(link, draft)) {
                    findings.text(field, view, link.span().start(), link.span().end(), null, Map.of());
                }
            }
        }
    }

    private boolean isAllowed(LinkMatch link, Draft draft) {
        if (!link.https() || !draft.reason().linksAllowed()) {
            return false;
        }
        for (String domain : allowedDomains) {
            if (link.host().equals(domain) || link.host().endsWith("." + domain)) {
                return true;
            }
        }
        return false;
    }

    /** The link goes, with the whole obfuscated run it was written as. */
    @Override
    public Fix fix(Finding finding, String text) {
        return Removal.of(text, finding.start(), finding.end());
    }
}
