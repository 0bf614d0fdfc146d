package com.messageguard.detect.phone;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.messageguard.ruledata.Checks;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists of the phone-number detector, from {@code rules/phone.yaml}: the regions a
 * national number is tried against, context words that make a number a phone number (or rule it
 * out), digits written as words per language, and the currency and unit words that make a
 * number a price or a measure. Words are trimmed and lower-cased; each must be one word of letters,
 * because the detector compares whole words.
 */
public record PhoneData(
        List<String> regions,
        Context context,
        Map<String, NumberWords> numberWords,
        List<String> currencies,
        List<String> units) implements Checks.Checked {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    public PhoneData {
        regions = regions == null ? null : regions.stream().map(r -> r == null ? "" : r.strip().toUpperCase(Locale.ROOT)).toList();
        numberWords = numberWords == null ? null : new LinkedHashMap<>(numberWords);
        currencies = lowerCase(currencies);
        units = lowerCase(units);
    }

    @Override
    public void check(Checks checks) {
        if (checks.required("regions", regions)) {
            if (regions.isEmpty()) {
                checks.fail("regions", "must list at least one entry");
            }
            Set<String> known = PhoneNumberUtil.getInstance().getSupportedRegions();
            for (int i = 0; i < regions.size(); i++) {
                if (!known.contains(regions.get(i))) {
                    checks.fail("regions[" + i + "]", "'" + regions.get(i) + "' is not a region code libphonenumber knows (e.g. US, DE)");
                }
            }
        }
        checks.nested("context", context);
        if (checks.required("numberWords", numberWords)) {
            if (numberWords.isEmpty()) {
                checks.fail("numberWords", "must list at least one language");
            }
            numberWords.forEach((language, words) -> {
                if (!LANGUAGE.matcher(language).matches()) {
                    checks.fail("numberWords." + language, "is not a two-letter language code");
                }
            });
            checks.eachEntry("numberWords", numberWords);
            checkNumberWordsAgree(checks);
        }
        words(checks, "currencies", currencies);
        words(checks, "units", units);
    }

    /** A word written the same in two languages must mean the same digit, or a run could not be read. */
    private void checkNumberWordsAgree(Checks checks) {
        Map<String, String> meaning = new HashMap<>();
        Map<String, String> where = new HashMap<>();
        numberWords.forEach((language, words) -> {
            if (words == null) {
                return;
            }
            words.meanings().forEach((word, value) -> {
                String path = "numberWords." + language;
                String earlier = meaning.putIfAbsent(word, value);
                if (earlier != null && !earlier.equals(value)) {
                    checks.fail(path, "'" + word + "' is " + describe(value) + " here but " + describe(earlier) + " in " + where.get(word));
                }
                where.putIfAbsent(word, path);
            });
        });
    }

    private static String describe(String meaning) {
        String value = meaning.substring(1);
        return switch (meaning.charAt(0)) {
            case 'm' -> "the multiplier " + value;
            case 't' -> "the number " + value;
            case 'j' -> "a word joining a ten and its unit";
            default -> "the digit " + value;
        };
    }

    /** All number words of every language: word to its meaning ({@code d5}, {@code m2}, {@code t50}). */
    Map<String, String> allNumberWords() {
        Map<String, String> all = new HashMap<>();
        numberWords.values().forEach(w -> all.putAll(w.meanings()));
        return all;
    }

    /**
     * Context words around a number, per language: positive ones, negative ones, and the filler
     * words that may stand between a negative word and its number ("order number is ...").
     */
    public record Context(Map<String, List<String>> positive, Map<String, List<String>> negative,
                          Map<String, List<String>> filler) implements Checks.Checked {

        public Context {
            positive = lowerCase(positive);
            negative = lowerCase(negative);
            filler = lowerCase(filler);
        }

        @Override
        public void check(Checks checks) {
            languageLists(checks, "positive", positive);
            languageLists(checks, "negative", negative);
            languageLists(checks, "filler", filler);
            overlap(checks, "negative", negative, "positive", positive);
            overlap(checks, "filler", filler, "positive", positive);
            overlap(checks, "filler", filler, "negative", negative);
        }

        private static void overlap(Checks checks, String key, Map<String, List<String>> lists,
                                    String otherKey, Map<String, List<String>> others) {
            if (lists == null || others == null) {
                return;
            }
            Set<String> both = new java.util.HashSet<>(PhoneData.flatten(lists));
            both.retainAll(PhoneData.flatten(others));
            if (!both.isEmpty()) {
                checks.fail(key, "lists words that are " + otherKey + " too: " + new java.util.TreeSet<>(both));
            }
        }

        private static void languageLists(Checks checks, String key, Map<String, List<String>> lists) {
            if (!checks.required(key, lists)) {
                return;
            }
            if (lists.isEmpty()) {
                checks.fail(key, "must list at least one language");
            }
            lists.forEach((language, words) -> {
                String path = key + "." + language;
                if (!LANGUAGE.matcher(language).matches()) {
                    checks.fail(path, "is not a two-letter language code");
                }
                PhoneData.words(checks, path, words);
            });
        }

        private static Map<String, List<String>> lowerCase(Map<String, List<String>> lists) {
            if (lists == null) {
                return null;
            }
            Map<String, List<String>> copy = new LinkedHashMap<>();
            lists.forEach((language, words) -> copy.put(language, PhoneData.lowerCase(words)));
            return copy;
        }
    }

    /**
     * Digits written as words in one language: {@code digits} (word to 0-9), {@code multipliers}
     * ("double five" = 55: word to 2 or 3), {@code tens} (word to 10-99, read as two digits;
     * "fifty five" = 55), {@code zeros} (word to the zeros it writes: "nine hundred" = 900) and
     * {@code tenJoiners} (words between a round ten and its unit: "treinta y cuatro" = 34).
     */
    public record NumberWords(Map<String, Integer> digits, Map<String, Integer> multipliers, Map<String, Integer> tens,
                              Map<String, Integer> zeros, List<String> tenJoiners) implements Checks.Checked {

        public NumberWords {
            digits = lowerCaseKeys(digits);
            multipliers = multipliers == null ? Map.of() : lowerCaseKeys(multipliers);
            tens = tens == null ? Map.of() : lowerCaseKeys(tens);
            zeros = zeros == null ? Map.of() : lowerCaseKeys(zeros);
            tenJoiners = tenJoiners == null ? List.of()
                    : tenJoiners.stream().map(w -> w == null ? null : w.strip().toLowerCase(Locale.ROOT)).toList();
        }

        @Override
        public void check(Checks checks) {
            if (checks.required("digits", digits) && digits.isEmpty()) {
                checks.fail("digits", "must list at least one word");
            }
            values(checks, "digits", digits, 0, 9);
            values(checks, "multipliers", multipliers, 2, 3);
            values(checks, "tens", tens, 10, 99);
            values(checks, "zeros", zeros, 2, 3);
            if (!tenJoiners.isEmpty()) {
                words(checks, "tenJoiners", tenJoiners); // optional: only languages that join tens and units
            }
        }

        /** Each word with its meaning: {@code d} digit, {@code m} multiplier, {@code t} two-digit number, {@code z} zeros. */
        Map<String, String> meanings() {
            Map<String, String> all = new LinkedHashMap<>();
            if (digits != null) {
                digits.forEach((w, v) -> all.put(w, "d" + v));
            }
            multipliers.forEach((w, v) -> all.put(w, "m" + v));
            tens.forEach((w, v) -> all.put(w, "t" + v));
            zeros.forEach((w, v) -> all.put(w, "z" + v));
            tenJoiners.forEach(w -> all.put(w, SpelledDigits.JOINER));
            return all;
        }

        private static void values(Checks checks, String key, Map<String, Integer> words, int min, int max) {
            if (words == null) {
                return;
            }
            words.forEach((word, value) -> {
                String path = key + "." + word;
                if (!isWord(word)) {
                    checks.fail(path, "must be one word of letters, was '" + word + "'");
                }
                if (value == null || value < min || value > max) {
                    checks.fail(path, "must be a number from " + min + " to " + max + ", was " + value);
                }
            });
        }

        private static Map<String, Integer> lowerCaseKeys(Map<String, Integer> words) {
            if (words == null) {
                return null;
            }
            Map<String, Integer> copy = new LinkedHashMap<>();
            words.forEach((w, v) -> copy.put(w == null ? "" : w.strip().toLowerCase(Locale.ROOT), v));
            return copy;
        }
    }

    static void words(Checks checks, String key, List<String> words) {
        checks.nonEmptyTexts(key, words);
        if (words == null) {
            return;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word != null && !word.isBlank() && !isWord(word)) {
                checks.fail(key + "[" + i + "]", "must be one word of letters, was '" + word + "'");
            }
        }
    }

    static boolean isWord(String word) {
        return !word.isEmpty() && word.codePoints().allMatch(Character::isLetter);
    }

    static Set<String> flatten(Map<String, List<String>> lists) {
        Set<String> all = new java.util.HashSet<>();
        lists.values().forEach(words -> {
            if (words != null) {
                all.addAll(words);
            }
        });
        return all;
    }

    private static List<String> lowerCase(List<String> values) {
        if (values == null) {
            return null;
        }
        return values.stream().map(v -> v == null ? "" : v.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
