package com.messageguard.detect.address;

import static com.messageguard.detect.address.AddressTokens.MIXED;
import static com.messageguard.detect.address.AddressTokens.NEWLINE;
import static com.messageguard.detect.address.AddressTokens.NUMBER;
import static com.messageguard.detect.address.AddressTokens.WORD;

/**
 * The parts after a street line or box in one text's tokens: unit, postcode, city and state
 * ({@code , Unit 4, Columbus, OH 43215}, {@code , 10115 Berlin}, {@code , London NW1 6XE}). A weak
 * street line is an address only with such a part after it, and the span of an address runs
 * through them, so this decides both whether and how far.
 */
final class AddressTail {

    private static final int MAX_PARTS = 6;
    private static final int MAX_CITY_WORDS = 4;

    private final AddressTokens t;
    private final AddressWords words;
    private final HouseNumbers numbers;

    // Set by the part parsers.
    private boolean partHasPostcode;
    private boolean partIsCityOnly;

    AddressTail(AddressTokens tokens, AddressWords words, HouseNumbers numbers) {
        this.t = tokens;
        this.words = words;
        this.numbers = numbers;
    }

    /**
     * The end of the address parts that follow token {@code from}: units, postcodes, cities and
     * state codes, separated by commas, one line break or spaces; {@code from} when none does.
     * With {@code postcodeFirst}, the first part must hold a postcode and come after a comma or
     * a line break.
     */
    int parts(int from, boolean postcodeFirst) {
        int end = from;
        boolean afterCity = false;
        for (int count = 0; count < MAX_PARTS; count++) {
            int k = end;
            if (k >= t.size) {
                break;
            }
            boolean spaceOnly = false;
            boolean newline = false;
            if (t.punct(k, ',')) {
                k++;
                if (t.is(k, NEWLINE)) {
                    k++;
                }
            } else if (t.is(k, NEWLINE)) {
                k++;
                newline = true;
            } else if (t.spaced[k]) {
                spaceOnly = true;
            } else {
                break;
            }
            if (k >= t.size || t.is(k, NEWLINE)) {
                break;
            }
            partHasPostcode = false;
            partIsCityOnly = false;
            int partEnd = unit(k);
            if (partEnd < 0) {
                partEnd = region(k, afterCity);
            }
            if (partEnd < 0) {
                partEnd = postcodeCity(k);
            }
            if (partEnd < 0 && !spaceOnly) {
                partEnd = city(k);
            }
            if (partEnd < 0 || newline && partIsCityOnly) {
                break;
            }
            if (count == 0 && postcodeFirst && (spaceOnly || !partHasPostcode)) {
                break;
            }
            afterCity = partIsCityOnly;
            end = partEnd;
        }
        return end;
    }

    /** {@code Unit 4}, {@code Suite 200}, {@code Apt. 5B}, {@code #12}, {@code Piso 3}. */
    private int unit(int k) {
        boolean word = t.is(k, WORD) && words.unitWords.contains(t.lower(k));
        boolean hash = t.punct(k, '#') && words.unitWords.contains("#");
        if (!word && !hash) {
            return -1;
        }
        int j = k + 1;
        if (word && t.punct(j, '.') && t.attached(j)) {
            j++;
        }
        int marked = numbers.afterMarker(j);
        if (marked < 0) {
            return -1;
        }
        j = marked;
        if (j >= t.size || !(t.spaced[j] || t.punct(j - 1, '#'))) {
            return -1;
        }
        boolean value = t.is(j, NUMBER) && t.length(j) <= HouseNumbers.MAX_HOUSE_DIGITS
                || t.is(j, MIXED) && t.length(j) <= 6
                || t.is(j, WORD) && t.length(j) == 1 && t.startsUpper(j);
        return value && t.endsCleanly(j + 1) ? j + 1 : -1;
    }

    /** {@code OH 43215}, {@code NSW 2000}, {@code ON M5V 3L9}; a state code alone only right after a city. */
    private int region(int k, boolean afterCity) {
        if (!isRegion(k)) {
            return -1;
        }
        int postcodeEnd = k + 1 < t.size && t.spaced[k + 1] ? postcodeEnd(k + 1) : -1;
        if (postcodeEnd > 0) {
            partHasPostcode = true;
            return postcodeEnd;
        }
        return afterCity && t.endsLine(k + 1) ? k + 1 : -1;
    }

    /** {@code 10115 Berlin}, {@code 1017 GP Amsterdam}, {@code D-80331 München}, {@code NW1 6XE}. */
    private int postcodeCity(int k) {
        int end = postcodeEnd(k);
        if (end < 0) {
            return -1;
        }
        boolean digitsOnly = true;
        for (int p = t.start[k]; p < t.end[end - 1]; p++) {
            if (Character.isLetter(t.text.charAt(p))) {
                digitsOnly = false;
                break;
            }
        }
        if (t.is(k, WORD) && words.countryPrefixes.contains(t.original(k))) {
            digitsOnly = true; // "D-10115": the prefix is no part of the shape
        }
        int cityEnd = end < t.size && t.spaced[end] ? cityWords(end) : -1;
        if (cityEnd < 0 && digitsOnly) {
            return -1;
        }
        partHasPostcode = true;
        return Math.max(end, cityEnd);
    }

    /** {@code Columbus}, {@code London NW1 6XE}, {@code Sydney NSW 2000}, {@code Frankfurt am Main}. */
    private int city(int k) {
        int end = cityWords(k);
        if (end < 0) {
            return -1;
        }
        if (end < t.size && t.spaced[end] && isRegion(end)) {
            int regionEnd = end + 1 < t.size && t.spaced[end + 1] ? postcodeEnd(end + 1) : -1;
            if (regionEnd > 0) {
                partHasPostcode = true;
                return regionEnd;
            }
            if (t.endsLine(end + 1)) {
                return end + 1;
            }
        }
        if (end < t.size && t.spaced[end]) {
            int postcode = postcodeEnd(end);
            if (postcode > 0) {
                partHasPostcode = true;
                return postcode;
            }
        }
        if (!t.endsLine(end)) {
            return -1;
        }
        partIsCityOnly = true;
        return end;
    }

    /** One to four capitalized words with particles between them; the end, or -1. */
    private int cityWords(int k) {
        if (!isCityWord(k)) {
            return -1;
        }
        int end = k + 1;
        int j = k + 1;
        for (int count = 1; count < MAX_CITY_WORDS && j < t.size && t.spaced[j] && t.is(j, WORD); count++, j++) {
            if (isCityWord(j)) {
                end = j + 1;
            } else if (!words.particles.contains(t.lower(j))) {
                break;
            }
        }
        return end;
    }

    private boolean isCityWord(int k) {
        return t.is(k, WORD) && t.isCapitalized(k, words.particles) && !isRegion(k) && !words.unitWords.contains(t.lower(k));
    }

    private boolean isRegion(int k) {
        return t.is(k, WORD) && t.length(k) <= 3 && t.allUpper(k) && words.regionCodes.contains(t.original(k));
    }

    /**
     * The token after a postcode starting at token {@code k}, by the longest shape that fits
     * ({@code 99999}, {@code A9A 9A9}, ...), with an optional country prefix ({@code D-}); -1 when none fits.
     */
    private int postcodeEnd(int k) {
        if (k < 0 || k >= t.size) {
            return -1;
        }
        if (t.is(k, WORD) && words.countryPrefixes.contains(t.original(k)) && t.punct(k + 1, '-') && t.attached(k + 1)
                && t.attached(k + 2)) {
            int end = postcodeEnd(k + 2);
            return end > 0 && t.is(k + 2, NUMBER) ? end : -1;
        }
        if (!(t.is(k, NUMBER) || t.is(k, MIXED) || t.is(k, WORD) && t.allUpper(k))) {
            return -1;
        }
        String text = t.text;
        int from = t.start[k];
        int best = -1;
        for (String shape : words.postcodeShapes) {
            int end = from + shape.length();
            if (end > text.length() || end - from <= best - from) {
                continue;
            }
            boolean fits = true;
            for (int s = 0; s < shape.length() && fits; s++) {
                char c = text.charAt(from + s);
                char want = shape.charAt(s);
                fits = want == '9' ? c >= '0' && c <= '9'
                        : want == 'A' ? c >= 'A' && c <= 'Z'
                        : c == want;
            }
            if (fits && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                best = end;
            }
        }
        if (best < 0) {
            return -1;
        }
        int j = k;
        while (j < t.size && t.end[j] < best) {
            j++;
        }
        return j < t.size && t.end[j] == best && t.endsCleanly(j + 1) ? j + 1 : -1;
    }
}
