package com.messageguard.grammar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LanguageTool for one language: checkers configured from {@code grammar.yaml}, kept for reuse
 * because a {@link JLanguageTool} is not thread-safe and the first one of a language costs seconds
 * (later ones share the language's dictionaries and are cheap). At most as many exist as checks
 * ran at once. The only class that touches LanguageTool's types: it is loaded, and LanguageTool
 * with it, when the first check in its language needs it.
 */
final class LanguageToolPool {

    private static final Logger log = LoggerFactory.getLogger(LanguageToolPool.class);
    /** Replacements shown per finding: the first few are the likely ones. */
    static final int REPLACEMENTS = 3;
    private static final Pattern SUGGESTION_TAG = Pattern.compile("</?suggestion>");

    private final String code;
    private final Language language;
    private final List<Language> alsoCorrectIn;
    private final Set<String> disabledCategories;
    /** This language's own disabled categories; those of every language need not exist in each. */
    private final Set<String> ownCategories;
    private final Set<String> disabledRules;
    private final ConcurrentLinkedDeque<JLanguageTool> idle = new ConcurrentLinkedDeque<>();

    LanguageToolPool(String code, GrammarData.Language settings, Collection<String> disabledEverywhere) {
        this.code = code;
        this.language = Languages.getLanguageForShortCode(settings.languageTool());
        this.alsoCorrectIn = settings.alsoCorrectIn().stream().map(Languages::getLanguageForShortCode).toList();
        this.disabledCategories = new TreeSet<>(disabledEverywhere);
        disabledCategories.addAll(settings.disabledCategories());
        this.ownCategories = new TreeSet<>(settings.disabledCategories());
        this.disabledRules = new TreeSet<>(settings.disabledRules());
        JLanguageTool first = create();
        try {
            // LanguageTool reads rule data and dictionaries on first use: at load, not in a request.
            first.check(settings.warmUp());
            correctInAnotherVariant("warm");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        idle.push(first);
        reportUnknownIds();
    }

    String languageTool() {
        return language.getShortCodeWithCountryAndVariant();
    }

    /**
     * Checks {@code text}; stops early (and returns what it has) once {@code deadline}
     * ({@link System#nanoTime()}) has passed.
     */
    List<GrammarMatch> check(String text, long deadline) throws IOException {
        JLanguageTool checker = borrow();
        try {
            checker.setCheckCancelledCallback(() -> System.nanoTime() - deadline > 0);
            List<GrammarMatch> matches = new ArrayList<>();
            for (RuleMatch match : checker.check(text)) {
                boolean spelling = match.getRule().isDictionaryBasedSpellingRule();
                if (spelling && correctInAnotherVariant(text.substring(match.getFromPos(), match.getToPos()))) {
                    continue;
                }
                List<String> replacements = match.getSuggestedReplacements();
                matches.add(new GrammarMatch(match.getFromPos(), match.getToPos(), match.getRule().getId(),
                        SUGGESTION_TAG.matcher(match.getMessage()).replaceAll("\""),
                        replacements.subList(0, Math.min(REPLACEMENTS, replacements.size())), spelling));
            }
            return matches;
        } finally {
            checker.setCheckCancelledCallback(null);
            idle.push(checker);
        }
    }

    private JLanguageTool borrow() {
        JLanguageTool checker = idle.poll();
        return checker != null ? checker : create();
    }

    /** Creating checkers one at a time: LanguageTool fills a language's shared caches on first use. */
    private synchronized JLanguageTool create() {
        JLanguageTool tool = new JLanguageTool(language);
        for (String category : disabledCategories) {
            tool.disableCategory(new CategoryId(category));
        }
        tool.disableRules(List.copyOf(disabledRules));
        return tool;
    }

    /**
     * Whether another variant spells {@code word} so. Its speller is the one LanguageTool keeps per
     * language (its grammar rules are not needed to ask about a word), shared by every checker: asked
     * one at a time, as a speller need not be thread-safe. Few words get here (those the main
     * variant's speller flags), so the lock is hardly ever waited for.
     */
    private boolean correctInAnotherVariant(String word) throws IOException {
        for (Language variant : alsoCorrectIn) {
            SpellingCheckRule speller = variant.getDefaultSpellingRule();
            synchronized (speller) {
                if (!speller.isMisspelled(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An id of grammar.yaml LanguageTool does not know is a typo there: said once, when the language loads. */
    private void reportUnknownIds() {
        Set<String> unknown = new TreeSet<>(disabledRules);
        unknown.addAll(ownCategories);
        unknown.removeAll(knownIds());
        if (!unknown.isEmpty()) {
            log.warn("{}: languages.{}: LanguageTool {} has no rule or category {}", GrammarData.FILE, code,
                    languageTool(), unknown);
        }
    }

    /** LanguageTool's ids of every rule and every category of this language, for checking grammar.yaml. */
    Set<String> knownIds() {
        JLanguageTool checker = borrow();
        try {
            Set<String> ids = new TreeSet<>();
            for (Rule rule : checker.getAllRules()) {
                ids.add(rule.getId());
                ids.add(rule.getCategory().getId().toString());
            }
            return ids;
        } finally {
            idle.push(checker);
        }
    }
}
