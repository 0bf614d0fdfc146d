package com.messageguard.rules.contact;

import com.messageguard.testing.TestRules;

/** The contact view and word lists of the repository's rules, shared by the contact rule tests. */
final class ContactRulesFixture {

    static final ContactSignals VIEWS = new ContactSignals(TestRules.ruleSet());

    private ContactRulesFixture() {
    }

    /** The repository's rules with {@code allowedLinkDomains} set to the given domains. */
    static com.messageguard.ruledata.RuleSet allowing(String... domains) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("rules");
            try (var files = java.nio.file.Files.list(java.nio.file.Path.of("rules"))) {
                for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    java.nio.file.Files.copy(file, dir.resolve(file.getFileName()));
                }
            }
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
