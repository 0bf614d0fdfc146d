package com.messageguard.detect.address;

import com.messageguard.ruledata.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists of {@code rules/address.yaml}: street-type words per language and word order,
 * post-office-box words, unit words, state codes, postcode shapes and the guards that keep
 * counts and measures from passing for house numbers. Words are compared lower-cased, except
 * region codes and country prefixes, which are capitals.
 */
public record AddressData(
        List<StreetTypeGroup> streetTypes,
        List<String> streetDirections,
        List<String> wordsAfterStreet,
        List<String> particles,
        List<String> numberMarkers,
        List<String> houseNumberSuffixes,
        List<String> quantityWords,
        PoBoxes poBoxes,
        List<String> unitWords,
        List<String> regionCodes,
        List<String> postcodeShapes,
        List<String> postcodeCountryPrefixes) implements Checks.Checked {

    /** The word orders a street line may take; see {@code rules/address.yaml}. */
    public static final List<String> ORDERS = List.of(
            "numberNameType", "numberTypeName", "typeNameNumber", "nameTypeNumber", "compoundNumber");

    private static final Pattern STREET_TYPE = Pattern.compile("\\p{L}+[./]?");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern PARTICLE = Pattern.compile("\\p{L}+'?");
    private static final Pattern MARKER = Pattern.compile("\\p{L}+\\.?|#");
    private static final Pattern PHRASE = Pattern.compile("\\p{L}[\\p{L}. ]*");
    private static final Pattern CAPITALS = Pattern.compile("[A-Z]{1,3}");
    private static final Pattern SHAPE = Pattern.compile("[9A]([9A -]*[9A])?");

    @Override
    public void check(Checks checks) {
        checks.each("streetTypes", streetTypes);
        matching(checks, "streetDirections", streetDirections, WORD, "a single word");
        matching(checks, "wordsAfterStreet", wordsAfterStreet, WORD, "a single word");
        matching(checks, "particles", particles, PARTICLE, "a word, optionally ending in an apostrophe");
        matching(checks, "numberMarkers", numberMarkers, MARKER, "a word, optionally ending in '.', or '#'");
        matching(checks, "houseNumberSuffixes", houseNumberSuffixes, WORD, "a single word");
        matching(checks, "quantityWords", quantityWords, WORD, "a single word");
        checks.nested("poBoxes", poBoxes);
        matching(checks, "unitWords", unitWords, MARKER, "a word, optionally ending in '.', or '#'");
        matching(checks, "regionCodes", regionCodes, CAPITALS, "one to three capital letters");
        matching(checks, "postcodeShapes", postcodeShapes, SHAPE,
                "made of 9 (a digit), A (a capital letter), spaces and '-', starting and ending with 9 or A");
        matching(checks, "postcodeCountryPrefixes", postcodeCountryPrefixes, CAPITALS, "one to three capital letters");
    }

    /** Street-type words of one word order; a weak word needs a second address part. */
    public record StreetTypeGroup(String name, String order, List<String> strong, List<String> weak)
            implements Checks.Checked {

        public StreetTypeGroup {
            weak = weak == null ? List.of() : weak;
        }

        @Override
        public void check(Checks checks) {
            checks.text("name", name);
            if (checks.required("order", order) && !ORDERS.contains(order)) {
                checks.fail("order", "must be one of " + ORDERS + ", was '" + order + "'");
            }
            matching(checks, "strong", strong, STREET_TYPE, "a word, optionally ending in '.' or '/'");
            Set<String> seen = new HashSet<>();
            if (strong != null) {
                strong.forEach(w -> seen.add(lower(w)));
            }
            for (int i = 0; i < weak.size(); i++) {
                String word = weak.get(i);
                if (word == null || !STREET_TYPE.matcher(word.strip()).matches()) {
                    checks.fail("weak[" + i + "]", "must be a word, optionally ending in '.' or '/', was '" + word + "'");
                } else if (seen.contains(lower(word))) {
                    checks.fail("weak[" + i + "]", "'" + word + "' is listed as strong too");
                }
            }
        }
    }

    /** Post-office-box words: strong ones with a number are an address; weak ones need a second part. */
    public record PoBoxes(List<String> strong, List<String> weak) implements Checks.Checked {

        public PoBoxes {
            weak = weak == null ? List.of() : weak;
        }

        @Override
        public void check(Checks checks) {
            matching(checks, "strong", strong, PHRASE, "words of letters, dots and spaces");
            for (int i = 0; i < weak.size(); i++) {
                if (weak.get(i) == null || !PHRASE.matcher(weak.get(i).strip()).matches()) {
                    checks.fail("weak[" + i + "]", "must be words of letters, dots and spaces, was '" + weak.get(i) + "'");
                }
            }
        }
    }

    static String lower(String value) {
        return value.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    private static void matching(Checks checks, String key, List<String> values, Pattern pattern, String what) {
        checks.nonEmptyTexts(key, values);
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value != null && !value.isBlank() && !pattern.matcher(value.strip()).matches()) {
                checks.fail(key + "[" + i + "]", "must be " + what + ", was '" + value + "'");
            }
        }
    }
}
