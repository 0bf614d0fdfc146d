package com.messageguard.detect.address;

import com.messageguard.text.WordSignatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The street-type words of {@code rules/address.yaml} (street, rue, calle, Straße, -straat...),
 * each with the word order of its language and its strength, indexed so that the scan rejects
 * the many words that are no street type by their letters and length, without lower-casing them.
 */
final class StreetTypes {

    /** The word orders of {@link AddressData#ORDERS}, in the same order. */
    enum Order { NUMBER_NAME_TYPE, NUMBER_TYPE_NAME, TYPE_NAME_NUMBER, NAME_TYPE_NUMBER, COMPOUND_NUMBER }

    /** A street-type word: its order, strength and its trailing character ('.' optional, '/' required). */
    record TypeWord(String word, Order order, boolean strong, char trailing) {
    }

    private final Map<String, List<TypeWord>> typeWords = new HashMap<>();
    private final List<TypeWord> compoundSuffixes = new ArrayList<>();
    /**
     * The compound suffixes by their last letter, modulo the table's size: most words end in a
     * letter some suffix ends in ('e', 's', 'g'), so a word is tested against those few suffixes only.
     */
    private final TypeWord[][] suffixesByLastLetter = new TypeWord[64][];
    private final WordSignatures typeSignatures = new WordSignatures();

    StreetTypes(AddressData data) {
        for (AddressData.StreetTypeGroup group : data.streetTypes()) {
            Order order = Order.values()[AddressData.ORDERS.indexOf(group.order())];
            addTypes(order, group.strong(), true);
            addTypes(order, group.weak(), false);
        }
        typeWords.keySet().forEach(typeSignatures::add);
        for (TypeWord suffix : compoundSuffixes) {
            int bucket = lastLetterBucket(suffix.word(), 0, suffix.word().length());
            TypeWord[] known = suffixesByLastLetter[bucket];
            TypeWord[] grown = known == null ? new TypeWord[1] : Arrays.copyOf(known, known.length + 1);
            grown[grown.length - 1] = suffix;
            suffixesByLastLetter[bucket] = grown;
        }
    }

    private void addTypes(Order order, List<String> words, boolean strong) {
        if (words == null) {
            return;
        }
        for (String entry : words) {
            String word = AddressData.lower(entry);
            char last = word.charAt(word.length() - 1);
            char trailing = last == '.' || last == '/' ? last : 0;
            String bare = trailing == 0 ? word : word.substring(0, word.length() - 1);
            TypeWord type = new TypeWord(bare, order, strong, trailing);
            if (order == Order.COMPOUND_NUMBER) {
                compoundSuffixes.add(type);
            } else {
                typeWords.computeIfAbsent(bare, w -> new ArrayList<>()).add(type);
            }
        }
    }

    /** The street types word {@code i} is, as a word of its own; null when none. */
    List<TypeWord> typesOf(AddressTokens t, int i) {
        return typeSignatures.mightContain(t.text, t.start[i], t.end[i]) ? typeWords.get(t.lower(i)) : null;
    }

    /** The compound suffixes that end in the last letter of word {@code i} (or share its bucket); null when none. */
    TypeWord[] suffixesLike(AddressTokens t, int i) {
        return suffixesByLastLetter[lastLetterBucket(t.text, t.start[i], t.end[i])];
    }

    /** The bucket of {@link #suffixesByLastLetter} for the word {@code [start, end)} of {@code text}. */
    private int lastLetterBucket(String text, int start, int end) {
        return Character.toLowerCase(text.charAt(end - 1)) & suffixesByLastLetter.length - 1;
    }
}
