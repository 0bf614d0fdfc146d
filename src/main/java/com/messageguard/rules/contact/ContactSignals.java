package com.messageguard.rules.contact;

import com.messageguard.detect.address.AddressData;
import com.messageguard.detect.address.AddressDetector;
import com.messageguard.detect.contact.ContactData;
import com.messageguard.detect.contact.ContactView;
import com.messageguard.detect.contact.EmailDetector;
import com.messageguard.detect.contact.LinkDetector;
import com.messageguard.detect.contact.LinkMatch;
import com.messageguard.detect.phone.PhoneData;
import com.messageguard.detect.phone.PhoneDetector;
import com.messageguard.engine.Analysis;
import com.messageguard.engine.TextField;
import com.messageguard.ruledata.RuleSet;
import com.messageguard.text.NormalizedText;
import com.messageguard.text.Span;
import com.messageguard.text.TriggerWords;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the contact detectors find in a text field, each computed at most once per field and
 * shared by the rules that need it: the contact view (spelled-out and spaced-out addresses
 * resolved), the e-mail addresses and links in it, and the phone numbers and postal addresses of
 * the normalized text.
 * The e-mail, link and phone rules report them;
 * the off-platform rule uses them as evidence that an invitation points off Amazon.
 */
@Component
public class ContactSignals {

    public static final String FILE = "contact.yaml";
    public static final String PHONE_FILE = "phone.yaml";

    private final ContactData data;
    private final Analysis<TextField, NormalizedText> view;
    private final Analysis<TextField, List<Span>> emails;
    private final Analysis<TextField, List<LinkMatch>> links;
    private final Analysis<TextField, List<Span>> phones;
    private final Analysis<TextField, List<Span>> addresses;
    /** By language: the country domains under which a bare host on a word-like TLD is an address. */
    private final Map<String, Set<String>> countryTlds;

    public ContactSignals(RuleSet rules) {
        this.data = rules.data(FILE, ContactData.class);
        this.countryTlds = new HashMap<>();
        data.countryTlds().forEach((language, tlds) -> countryTlds.put(language, ContactData.lowerSet(tlds)));
        ContactView builder = new ContactView(data);
        EmailDetector emailDetector = new EmailDetector(data);
        LinkDetector linkDetector = new LinkDetector(data);
        // Without its trigger the view would be the normalized text itself.
        this.view = new Analysis<>("contact view", field -> field.fires(builder.trigger()) ? builder.of(field.normalized()) : field.normalized());
        this.emails = new Analysis<>("emails", field -> emailDetector.find(view(field)));
        this.links = new Analysis<>("links", field -> outsideEmails(linkDetector.find(view(field).text()), emails(field)));
        PhoneDetector phoneDetector = new PhoneDetector(rules.data(PHONE_FILE, PhoneData.class));
        this.phones = new Analysis<>("phones", field -> phoneDetector.find(field.normalized()));
        AddressDetector addressDetector = new AddressDetector(rules.data(MailingAddressRule.FILE, AddressData.class));
        this.addresses = new Analysis<>("addresses", field -> addressDetector.find(field.normalized()));
    }

    /** The words the normalizer counts for the triggers of the phone detector and the contact view. */
    public static TriggerWords triggerWords(RuleSet rules) {
        return TriggerWords.of(Map.of(
                TriggerWords.Kind.NUMBER_WORD, PhoneDetector.triggerWords(rules.data(PHONE_FILE, PhoneData.class)),
                TriggerWords.Kind.SPELLED_SEPARATOR, ContactView.triggerWords(rules.data(FILE, ContactData.class))));
    }

    /** The links that are no part of an e-mail address: "anna.shop" in "anna.shop@example.com" is its name. */
    private static List<LinkMatch> outsideEmails(List<LinkMatch> links, List<Span> emails) {
        if (links.isEmpty() || emails.isEmpty()) {
            return links;
        }
        return links.stream().filter(link -> emails.stream().noneMatch(email ->
                link.span().start() < email.end() && email.start() < link.span().end())).toList();
    }

    public ContactData data() {
        return data;
    }

    /** The contact view: the spans of {@link #emails} and {@link #links} are offsets into it. */
    public NormalizedText view(TextField field) {
        return field.analysis(view);
    }

    public List<Span> emails(TextField field) {
        return field.analysis(emails);
    }

    /**
     * The links of a field in a draft written in {@code language}: a bare host on a TLD that is
     * also an English word ({@code ok.so}) only where the TLD is the language's country domain
     * ({@code oliodellacollina.it} in Italian).
     */
    public List<LinkMatch> links(TextField field, String language) {
        Set<String> own = countryTlds.getOrDefault(language, Set.of());
        return field.analysis(links).stream().filter(l -> l.wordTld() == null || own.contains(l.wordTld())).toList();
    }

    /** Postal addresses, as offsets into the field's normalized text. */
    public List<Span> addresses(TextField field) {
        return field.analysis(addresses);
    }

    /** Phone numbers, as offsets into the field's normalized text. */
    public List<Span> phones(TextField field) {
        return field.analysis(phones);
    }
}
