package com.messageguard.detect.contact;

import com.messageguard.ruledata.Checks;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The word lists of {@code rules/contact.yaml}: spelled separators, mail providers, guards. */
public record ContactData(
        SpelledSeparators spelledSeparators,
        List<String> mailProviders,
        List<String> fileExtensions,
        List<String> ambiguousTlds,
        List<String> allowedLinkDomains) implements Checks.Checked {

    @Override
    public void check(Checks checks) {
        checks.nested("spelledSeparators", spelledSeparators);
        checks.nonEmptyTexts("mailProviders", mailProviders);
        checks.nonEmptyTexts("fileExtensions", fileExtensions);
        checks.nonEmptyTexts("ambiguousTlds", ambiguousTlds);
        if (checks.required("allowedLinkDomains", allowedLinkDomains)) {
            for (int i = 0; i < allowedLinkDomains.size(); i++) {
                String domain = allowedLinkDomains.get(i);
                if (domain == null || !domain.matches("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+")) {
                    checks.fail("allowedLinkDomains[" + i + "]", "must be a domain such as example.com");
                }
            }
        }
    }

    static Set<String> lowerSet(List<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The written forms of '@', '.' and '/'. */
    public record SpelledSeparators(List<String> at, List<String> dot, List<String> slash) implements Checks.Checked {
        @Override
        public void check(Checks checks) {
            checks.nonEmptyTexts("at", at);
            checks.nonEmptyTexts("dot", dot);
            checks.nonEmptyTexts("slash", slash);
        }
    }
}
