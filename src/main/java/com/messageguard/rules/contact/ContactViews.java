package com.messageguard.rules.contact;

import com.messageguard.detect.contact.ContactData;
import com.messageguard.detect.contact.ContactView;
import com.messageguard.engine.TextField;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.text.NormalizedText;
import org.springframework.stereotype.Component;

/**
 * The contact view of a text field (spelled-out and spaced-out addresses resolved), built at most
 * once per field and shared by the e-mail and link rules; and the word lists of
 * {@code rules/contact.yaml} they read.
 */
@Component
public class ContactViews {

    public static final String FILE = "contact.yaml";

    private final ContactData data;
    private final TextField.Analysis<NormalizedText> view;

    public ContactViews(RuleSet rules) {
        this.data = rules.data(FILE, ContactData.class);
        ContactView builder = new ContactView(data);
        this.view = new TextField.Analysis<>("contact view", field -> builder.of(field.normalized()));
    }

    public ContactData data() {
        return data;
    }

    public NormalizedText of(TextField field) {
        return field.analysis(view);
    }
}
