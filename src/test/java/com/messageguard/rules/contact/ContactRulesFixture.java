package com.messageguard.rules.contact;

import com.messageguard.testing.TestRules;

/** The contact view and word lists of the repository's rules, shared by the contact rule tests. */
final class ContactRulesFixture {

    static final ContactSignals VIEWS = new ContactSignals(TestRules.ruleSet());
    static final ContactSignals SIGNALS = VIEWS;

    private ContactRulesFixture() {
    }

    /** The repository's rules with {@code allowedLinkDomains} set to the given domains. */
    static com.messageguard.ruledata.RuleSet allowing(String... domains) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("rules");
            com.messageguard.testing.RulesFolder.copyTo(dir);
            java.nio.file.Path contact = dir.resolve(ContactSignals.FILE);
            java.nio.file.Files.writeString(contact, java.nio.file.Files.readString(contact)
                    .replace("allowedLinkDomains: []", "allowedLinkDomains: [" + String.join(", ", domains) + "]"));
            return new com.messageguard.ruledata.RuleSetLoader(new org.springframework.core.io.DefaultResourceLoader(),
                    "file:" + dir + "/").load();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
