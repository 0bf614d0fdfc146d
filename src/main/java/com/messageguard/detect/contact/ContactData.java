package com.messageguard.detect.contact;

import com.messageguard.ruledata.Checks;
import com.messageguard.text.MatchText;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The word lists of {@code rules/contact.yaml}: spelled separators, mail providers, guards, and the
 * phrases of the off-platform rule that are no language pack's: the words that offer a contact
 * detail as a way to reach the seller, and the ways to pay outside Amazon.
 */
public record ContactData(
        SpelledSeparators spelledSeparators,
        List<String> mailProviders,
        List<String> prepositionAt,
        List<String> fileExtensions,
        List<String> ambiguousTlds,
        Map<String, List<String>> countryTlds,
        List<String> allowedLinkDomains,
        List<String> reachCues,
        List<String> offPlatformPayments,
        List<String> vouchers,
        List<String> replyPrefixes,
        List<String> destinationWords) implements Checks.Checked {

    @Override
    public void check(Checks checks) {
        checks.nested("spelledSeparators", spelledSeparators);
        checks.nonEmptyTexts("mailProviders", mailProviders);
        checks.nonEmptyTexts("prepositionAt", prepositionAt);
        checks.nonEmptyTexts("fileExtensions", fileExtensions);
        checks.nonEmptyTexts("ambiguousTlds", ambiguousTlds);
        if (checks.required("countryTlds", countryTlds)) {
            countryTlds.forEach((language, tlds) -> checks.nonEmptyTexts("countryTlds." + language, tlds));
        }
        phrases(checks, "reachCues", reachCues);
        phrases(checks, "offPlatformPayments", offPlatformPayments);
        phrases(checks, "vouchers", vouchers);
        checks.nonEmptyTexts("replyPrefixes", replyPrefixes);
        checks.nonEmptyTexts("destinationWords", destinationWords);
        if (replyPrefixes != null) {
            for (int i = 0; i < replyPrefixes.size(); i++) {
                String prefix = replyPrefixes.get(i);
                if (prefix != null && !prefix.isBlank() && !prefix.strip().codePoints().allMatch(Character::isLetter)) {
                    checks.fail("replyPrefixes[" + i + "]", "must be one word of letters (the ':' is implied), was '" + prefix + "'");
                }
            }
        }
        if (checks.required("allowedLinkDomains", allowedLinkDomains)) {
            for (int i = 0; i < allowedLinkDomains.size(); i++) {
                String domain = allowedLinkDomains.get(i);
                if (domain == null || !domain.matches("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+")) {
                    checks.fail("allowedLinkDomains[" + i + "]", "must be a domain such as example.com");
                }
            }
        }
    }

    /** A list of phrases matched on words ({@link WordPhrases}): each with a word in it, none twice. */
    /** The shortest stem a word list may hold ({@code "escríb*"}). */
    static final int MIN_STEM = 4;

    private static void phrases(Checks checks, String key, List<String> phrases) {
        checks.nonEmptyTexts(key, phrases);
        if (phrases == null) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < phrases.size(); i++) {
            String phrase = phrases.get(i);
            if (phrase == null || phrase.isBlank()) {
                continue;
            }
            boolean stem = WordPhrases.isStem(phrase);
            String canonical = WordPhrases.canonical(phrase);
            if (canonical.isEmpty()) {
                checks.fail(key + "[" + i + "]", "must hold a word, was '" + phrase + "'");
                continue;
            }
            if (stem && (canonical.indexOf(MatchText.WORD_GAP) >= 0 || canonical.length() < MIN_STEM)) {
                // A short stem ("ca*") would match everyday words of every language.
                checks.fail(key + "[" + i + "]", "a stem ending in '*' must be one word of at least " + MIN_STEM
                        + " letters, was '" + phrase + "'");
                continue;
            }
            Integer earlier = seen.putIfAbsent(stem ? canonical + "*" : canonical, i);
            if (earlier != null) {
                checks.fail(key + "[" + i + "]", "'" + phrase + "' is listed twice (as " + key + "[" + earlier + "] too)");
            }
        }
    }

    public static Set<String> lowerSet(List<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The written forms of '@', '.' and '/'; {@code dotInAddress} are words for '.' that count only
     * near an '@' or a spelled one other than a bare "at", since alone they are everyday words.
     */
    public record SpelledSeparators(List<String> at, List<String> dot, List<String> dotInAddress,
                                    List<String> tldsAfterDotWord, List<String> slash) implements Checks.Checked {
        @Override
        public void check(Checks checks) {
            checks.nonEmptyTexts("at", at);
            checks.nonEmptyTexts("dot", dot);
            checks.nonEmptyTexts("dotInAddress", dotInAddress);
            checks.nonEmptyTexts("tldsAfterDotWord", tldsAfterDotWord);
            checks.nonEmptyTexts("slash", slash);
        }
    }
}
