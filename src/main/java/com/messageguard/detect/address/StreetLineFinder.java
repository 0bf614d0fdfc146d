package com.messageguard.detect.address;

import static com.messageguard.detect.address.AddressTokens.MIXED;
import static com.messageguard.detect.address.AddressTokens.WORD;

import com.messageguard.detect.address.StreetTypes.TypeWord;
import java.util.List;

/**
 * Street lines in one text's tokens, from a street-type word, one recognizer per word order:
 * {@code 1250 Industrial Parkway} (number, name, type), {@code 12 rue de la Paix} (number, type,
 * name), {@code Calle Mayor 15} (type, name, number), {@code Berliner Straße 5} (name, type,
 * number) and {@code Musterstraße 12} (compound, number). Each finds where the line starts and
 * ends, its house number if any, and whether it is written as a proper name, and leaves the
 * verdict to {@link AddressCandidates}.
 */
final class StreetLineFinder {

    private static final int MAX_NAME_WORDS_BEFORE = 4;
    private static final int MAX_NAME_WORDS_AFTER = 6;

    private final AddressTokens t;
    private final AddressWords words;
    private final StreetTypes types;
    private final HouseNumbers numbers;
    private final AddressCandidates candidates;

    StreetLineFinder(AddressTokens tokens, AddressWords words, StreetTypes types, HouseNumbers numbers,
                     AddressCandidates candidates) {
        this.t = tokens;
        this.words = words;
        this.types = types;
        this.numbers = numbers;
        this.candidates = candidates;
    }

    /** The street lines around word {@code i}, as a street type of its own or ending in a compound suffix, to the candidates. */
    void at(int i) {
        List<TypeWord> typesOfWord = types.typesOf(t, i);
        if (typesOfWord != null) {
            for (TypeWord type : typesOfWord) {
                street(i, type);
            }
        }
        TypeWord[] suffixes = types.suffixesLike(t, i);
        if (suffixes != null) {
            for (TypeWord suffix : suffixes) {
                String word = t.lower(i);
                if (word.length() >= suffix.word().length() + 2 && word.endsWith(suffix.word())) {
                    compound(i, suffix);
                }
            }
        }
    }

    private void street(int i, TypeWord type) {
        int typeEnd = typeEnd(i, type);
        if (typeEnd < 0) {
            return;
        }
        switch (type.order()) {
            case NUMBER_NAME_TYPE -> numberNameType(i, typeEnd, type);
            case NUMBER_TYPE_NAME -> numberTypeName(i, typeEnd, type);
            case TYPE_NAME_NUMBER -> typeNameNumber(i, typeEnd, type);
            case NAME_TYPE_NUMBER -> nameTypeNumber(i, typeEnd, type);
            case COMPOUND_NUMBER -> compound(i, type);
        }
    }

    /** English: {@code 1250 Industrial Parkway}, {@code 120 5th Ave.}. */
    private void numberNameType(int i, int typeEnd, TypeWord type) {
        int k = i - 1;
        int names = 0;
        while (k >= 0 && names < MAX_NAME_WORDS_BEFORE && t.spaced[k + 1]) {
            if (t.is(k, WORD) && t.startsUpper(k) && !words.particles.contains(t.lower(k))) {
                k--;
            } else if (t.is(k, MIXED) && t.isOrdinal(k)) {
                k--;
            } else if (t.punct(k, '.') && t.attached(k) && t.is(k - 1, WORD) && t.startsUpper(k - 1)
                    && t.length(k - 1) <= 3) {
                k -= 2;
            } else {
                break;
            }
            names++;
        }
        if (names == 0) {
            return;
        }
        int firstName = k + 1;
        int number = t.spaced[firstName] ? numbers.endingAt(firstName) : -1;
        boolean proper = t.startsUpper(i);
        boolean dotted = typeEnd == i + 2;
        if (t.is(typeEnd, WORD) && t.spaced[typeEnd] && t.startsUpper(typeEnd) && words.directions.contains(t.lower(typeEnd))) {
            typeEnd++;
            dotted = t.punct(typeEnd, '.') && t.attached(typeEnd);
            if (dotted) {
                typeEnd++;
            }
        }
        boolean lineEnds = dotted || t.endsLine(typeEnd)
                || t.is(typeEnd, WORD) && !t.startsUpper(typeEnd) && words.wordsAfterStreet.contains(t.lower(typeEnd));
        if (number >= 0) {
            candidates.accept(number, typeEnd, type.strong(), proper, lineEnds);
        } else {
            candidates.acceptWithoutNumber(firstName, typeEnd, proper);
        }
    }

    /** French: {@code 12 rue de la Paix}, {@code 12, rue ...}, {@code 1211 Avenue of the Americas}. */
    private void numberTypeName(int i, int typeEnd, TypeWord type) {
        int nameEnd = nameAfter(typeEnd);
        if (nameEnd < 0) {
            return;
        }
        int before = t.punct(i - 1, ',') ? i - 1 : i;
        int number = t.spaced[i] && before > 0 ? numbers.endingAt(before) : -1;
        if (number >= 0) {
            candidates.accept(number, nameEnd, type.strong(), true, true);
        } else {
            candidates.acceptWithoutNumber(i, nameEnd, true);
        }
    }

    /** Spanish, Italian, Portuguese, Dutch: {@code Calle Mayor 15}, {@code Via Roma, 10}, {@code Avenida de América nº 3}. */
    private void typeNameNumber(int i, int typeEnd, TypeWord type) {
        int nameEnd = nameAfter(typeEnd);
        if (nameEnd < 0) {
            return;
        }
        int k = nameEnd;
        if (t.punct(k, ',')) {
            k++;
        }
        int numberEnd = numbers.after(k);
        if (numberEnd >= 0) {
            candidates.accept(i, numberEnd, type.strong(), true, true);
        } else {
            candidates.acceptWithoutNumber(i, nameEnd, true);
        }
    }

    /** German, type as its own word: {@code Berliner Straße 5}, {@code Frankfurter Allee 12}. */
    private void nameTypeNumber(int i, int typeEnd, TypeWord type) {
        int k = i - 1;
        int names = 0;
        while (k >= 0 && names < MAX_NAME_WORDS_BEFORE && t.spaced[k + 1] && t.is(k, WORD)
                && t.startsUpper(k) && !words.particles.contains(t.lower(k))) {
            k--;
            names++;
        }
        if (names == 0) {
            return;
        }
        boolean proper = t.startsUpper(i);
        int numberEnd = numbers.after(afterDirection(typeEnd));
        if (numberEnd >= 0) {
            candidates.accept(k + 1, numberEnd, type.strong(), proper, true);
        } else {
            candidates.acceptWithoutNumber(k + 1, typeEnd, proper);
        }
    }

    /** German and Dutch compounds: {@code Musterstraße 12}, {@code Hauptstr. 5}, {@code Kerkstraat 12}. */
    private void compound(int i, TypeWord suffix) {
        int typeEnd = typeEnd(i, suffix);
        if (typeEnd < 0) {
            return;
        }
        boolean proper = suffix.strong() || t.startsUpper(i);
        int numberEnd = numbers.after(afterDirection(typeEnd));
        if (numberEnd >= 0) {
            candidates.accept(i, numberEnd, suffix.strong(), proper, true);
        } else {
            candidates.acceptWithoutNumber(i, typeEnd, proper);
        }
    }

    /** After a capitalized direction that names part of the street ("Gewerbepark Süd 14"), else {@code at}. */
    private int afterDirection(int at) {
        return at < t.size && t.is(at, WORD) && t.spaced[at] && t.startsUpper(at) && words.directions.contains(t.lower(at))
                ? at + 1 : at;
    }

    /** Where a street-type word ends: after its optional '.' or its required '/'; -1 when the '/' is missing. */
    private int typeEnd(int i, TypeWord type) {
        if (type.trailing() == 0) {
            return i + 1;
        }
        if (t.punct(i + 1, type.trailing()) && t.attached(i + 1)) {
            return i + 2;
        }
        return type.trailing() == '.' ? i + 1 : -1;
    }

    /**
     * The street name after a type word: capitalized words and particles, ending on a capitalized
     * word ({@code de la Paix}, {@code Mayor}, {@code of the Americas}); -1 when there is none.
     */
    private int nameAfter(int from) {
        int lastCapital = -1;
        int j = from;
        for (int count = 0; count < MAX_NAME_WORDS_AFTER && j < t.size && (t.spaced[j] || t.punct(j - 1, '/'))
                && t.is(j, WORD); count++, j++) {
            if (t.isCapitalized(j, words.particles)) {
                lastCapital = j;
            } else if (!words.particles.contains(t.lower(j))) {
                break;
            }
        }
        return lastCapital < 0 ? -1 : lastCapital + 1;
    }
}
