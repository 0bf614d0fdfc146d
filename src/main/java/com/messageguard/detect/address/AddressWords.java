package com.messageguard.detect.address;

import com.messageguard.text.WordSignatures;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of {@code rules/address.yaml} other than the street types ({@link StreetTypes}),
 * made ready for lookup once: lower-cased, dots dropped where they are optional, post-office-box
 * phrases reduced to their letters with every prefix known. Shared, read-only, by every search.
 */
final class AddressWords {

    final Set<String> directions;
    final Set<String> wordsAfterStreet;
    /** Lower-case words between the capitalized words of a name: de, la, of, am; elided ones end in '. */
    final Set<String> particles;
    final Set<String> numberMarkers;
    final Set<String> houseNumberSuffixes;
    final Set<String> quantityWords;
    final Set<String> unitWords;
    /** Capitals, as written. */
    final Set<String> regionCodes;
    /** Capitals, as written. */
    final Set<String> countryPrefixes;
    /** Shapes of 9 (a digit), A (a capital), spaces and '-'. */
    final List<String> postcodeShapes;
    /** Post-office-box words by their letters ({@code pobox}), true when strong. */
    final Map<String, Boolean> poBoxes = new HashMap<>();
    /** Every prefix of a key of {@link #poBoxes}. */
    final Set<String> poBoxPrefixes = new HashSet<>();
    final int longestPoBox;
    /** Tells by its first letters and length that a word begins no post-office-box word, without lower-casing it. */
    final WordSignatures boxStarts = new WordSignatures();

    AddressWords(AddressData data) {
        directions = lowerSet(data.streetDirections());
        wordsAfterStreet = lowerSet(data.wordsAfterStreet());
        particles = lowerSet(data.particles());
        numberMarkers = withoutDots(data.numberMarkers());
        houseNumberSuffixes = lowerSet(data.houseNumberSuffixes());
        quantityWords = lowerSet(data.quantityWords());
        unitWords = withoutDots(data.unitWords());
        regionCodes = Set.copyOf(data.regionCodes().stream().map(String::strip).toList());
        countryPrefixes = Set.copyOf(data.postcodeCountryPrefixes().stream().map(String::strip).toList());
        int longest = 0;
        for (String box : data.poBoxes().weak()) {
            poBoxes.put(lettersOf(box), false);
        }
        for (String box : data.poBoxes().strong()) {
            poBoxes.put(lettersOf(box), true);
        }
        for (String key : poBoxes.keySet()) {
            longest = Math.max(longest, key.length());
            for (int end = 1; end <= key.length(); end++) {
                poBoxPrefixes.add(key.substring(0, end));
            }
        }
        longestPoBox = longest;
        poBoxPrefixes.forEach(boxStarts::add);
        postcodeShapes = data.postcodeShapes().stream().map(String::strip).toList();
    }

    private static Set<String> lowerSet(List<String> values) {
        Set<String> set = new HashSet<>();
        for (String value : values) {
            set.add(AddressData.lower(value));
        }
        return Set.copyOf(set);
    }

    private static Set<String> withoutDots(List<String> values) {
        Set<String> set = new HashSet<>();
        for (String value : values) {
            String word = AddressData.lower(value);
            set.add(word.length() > 1 && word.endsWith(".") ? word.substring(0, word.length() - 1) : word);
        }
        return Set.copyOf(set);
    }

    private static String lettersOf(String phrase) {
        StringBuilder letters = new StringBuilder();
        for (char c : AddressData.lower(phrase).toCharArray()) {
            if (Character.isLetter(c)) {
                letters.append(c);
            }
        }
        return letters.toString();
    }
}
