package com.messageguard.rules.contact;

import com.messageguard.detect.phone.PhoneData;
import com.messageguard.detect.phone.PhoneDetector;
import com.messageguard.engine.Draft;
import com.messageguard.engine.FindingSink;
import com.messageguard.engine.Rule;
import com.messageguard.engine.TextField;
import com.messageguard.ruledata.RuleDataException;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.ruledata.RuleSetLoader;
import com.messageguard.text.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Any phone number in the subject or body, in any national or international format, spaced,
 * dotted, full-width or spelled out: contact stays in Buyer-Seller Messaging. The detector's word
 * lists come from {@code rules/phone.yaml}.
 */
@Component
public class PhoneNumberRule implements Rule {

    static final String DATA_FILE = "phone.yaml";

    private static final Logger log = LoggerFactory.getLogger(PhoneNumberRule.class);

    private final PhoneDetector detector;

    public PhoneNumberRule(RuleSet rules) {
        this.detector = new PhoneDetector(data(rules));
    }

    @Override
    public String id() {
        return "phone-number";
    }

    @Override
    public void check(Draft draft, FindingSink findings) {
        for (TextField field : draft.textFields()) {
            for (Span span : detector.find(field.normalized())) {
                findings.text(field, span.start(), span.end());
            }
        }
    }

    /**
     * The word lists of the rules folder in use. A folder that predates phone.yaml (an override
     * holding only the core files) gets the list shipped in the jar, with a warning; a phone.yaml
     * that is there but broken still stops start-up with its file and line.
     */
    private static PhoneData data(RuleSet rules) {
        try {
            return rules.data(DATA_FILE, PhoneData.class);
        } catch (RuleDataException e) {
            if (!DATA_FILE.equals(e.file()) || e.getCause() != null || !e.getMessage().contains(": not found in ")) {
                throw e;
            }
            log.warn("{}; using the copy shipped with the service", e.getMessage());
            return new RuleSetLoader(new DefaultResourceLoader(PhoneNumberRule.class.getClassLoader()), "classpath:rules/")
                    .read(DATA_FILE, PhoneData.class);
        }
    }
}
