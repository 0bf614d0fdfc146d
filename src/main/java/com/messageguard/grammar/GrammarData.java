package com.messageguard.grammar;

import com.messageguard.ruledata.Checks;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code rules/grammar.yaml}: which LanguageTool language checks each language of the packs, the
 * words it must accept and the LanguageTool rules and categories switched off (see rules/README.md).
 * LanguageTool itself is loaded lazily, so what can be checked without it is checked at start-up:
 * the shape, the id formats and that nothing is blank; that an id exists in LanguageTool is
 * checked when the language loads (logged) and for the shipped file by {@code GrammarDataTest}.
 *
 * @param accept             words never flagged in any language
 * @param disabledCategories LanguageTool category ids switched off in every language
 * @param notProse           rules whose findings mark what is no prose (an address, a link, markup):
 *                           a grammar finding on one of their spans is dropped
 * @param heapReserveMb      heap the service keeps for itself under load: a language's LanguageTool
 *                           loads only while the maximum heap holds this and every loaded language
 * @param languages          per language code of the packs
 */
public record GrammarData(List<String> accept, List<String> disabledCategories, List<String> notProse,
                          Integer heapReserveMb, Map<String, Language> languages) implements Checks.Checked {

    static final String FILE = "grammar.yaml";
    static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}");
    static final Pattern LANGUAGE_TOOL_CODE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");
    static final Pattern LANGUAGE_TOOL_ID = Pattern.compile("[A-Z][A-Z0-9_]*");

    public GrammarData {
        accept = accept == null ? List.of() : List.copyOf(accept);
        disabledCategories = disabledCategories == null ? List.of() : List.copyOf(disabledCategories);
        notProse = notProse == null ? List.of() : List.copyOf(notProse);
    }

    @Override
    public void check(Checks checks) {
        words(checks, "accept", accept);
        ids(checks, "disabledCategories", disabledCategories);
        words(checks, "notProse", notProse);
        checks.notNegative("heapReserveMb", heapReserveMb);
        if (!checks.required("languages", languages)) {
            return;
        }
        if (languages.isEmpty()) {
            checks.fail("languages", "must list at least one language");
        }
        languages.forEach((code, language) -> {
            if (!LANGUAGE_CODE.matcher(code).matches()) {
                checks.fail("languages." + code, "is not an ISO 639-1 code such as 'en'");
            }
            checks.nested("languages." + code, language);
        });
    }

    /**
     * One language.
     *
     * @param languageTool       the LanguageTool language that checks it, e.g. {@code en-US}
     * @param alsoCorrectIn      variants whose spelling counts as correct too ({@code en-GB}: "colour")
     * @param capitalizedNouns   true where every noun is capitalized (German): a capital then says
     *                           nothing about a name
     * @param nameCues           words after which a capitalized word is a name ({@code Herr}, {@code Frau})
     * @param accept             words never flagged in this language
     * @param disabledCategories LanguageTool category ids switched off in this language
     * @param disabledRules      LanguageTool rule ids switched off in this language
     * @param heapMb             heap its LanguageTool keeps once loaded, in MB (measured, see the README)
     * @param warmUp             a message checked once when the language loads: LanguageTool reads much
     *                           of its rule data on first use, which would otherwise slow the first requests
     */
    public record Language(String languageTool, List<String> alsoCorrectIn, Boolean capitalizedNouns,
                           List<String> nameCues, List<String> accept, List<String> disabledCategories,
                           List<String> disabledRules, Integer heapMb, String warmUp) implements Checks.Checked {

        public Language {
            alsoCorrectIn = alsoCorrectIn == null ? List.of() : List.copyOf(alsoCorrectIn);
            capitalizedNouns = capitalizedNouns != null && capitalizedNouns;
            nameCues = nameCues == null ? List.of() : List.copyOf(nameCues);
            accept = accept == null ? List.of() : List.copyOf(accept);
            disabledCategories = disabledCategories == null ? List.of() : List.copyOf(disabledCategories);
            disabledRules = disabledRules == null ? List.of() : List.copyOf(disabledRules);
        }

        @Override
        public void check(Checks checks) {
            if (checks.required("languageTool", languageTool) && !LANGUAGE_TOOL_CODE.matcher(languageTool).matches()) {
                checks.fail("languageTool", "must be a LanguageTool language code such as 'en-US' or 'fr', was '"
                        + languageTool + "'");
            }
            for (int i = 0; i < alsoCorrectIn.size(); i++) {
                String code = alsoCorrectIn.get(i);
                if (code == null || !LANGUAGE_TOOL_CODE.matcher(code).matches()) {
                    checks.fail("alsoCorrectIn[" + i + "]", "must be a LanguageTool language code such as 'en-GB'");
                }
            }
            words(checks, "nameCues", nameCues);
            words(checks, "accept", accept);
            ids(checks, "disabledCategories", disabledCategories);
            ids(checks, "disabledRules", disabledRules);
            checks.positive("heapMb", heapMb);
            checks.text("warmUp", warmUp);
        }
    }

    /** Words and phrases: not blank, on one line. */
    private static void words(Checks checks, String key, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word == null || word.isBlank()) {
                checks.fail(key + "[" + i + "]", "must not be blank");
            } else if (word.strip().chars().anyMatch(Character::isWhitespace)) {
                checks.fail(key + "[" + i + "]", "must be one word (no spaces), was '" + word + "'");
            }
        }
    }

    private static void ids(Checks checks, String key, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || !LANGUAGE_TOOL_ID.matcher(id).matches()) {
                checks.fail(key + "[" + i + "]", "must be a LanguageTool id in capitals such as 'DASH_RULE', was '"
                        + id + "'");
            }
        }
    }
}
