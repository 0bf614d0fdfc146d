package com.messageguard.detect.address;

import static com.messageguard.detect.address.AddressTokens.MIXED;
import static com.messageguard.detect.address.AddressTokens.NEWLINE;
import static com.messageguard.detect.address.AddressTokens.NUMBER;
import static com.messageguard.detect.address.AddressTokens.PUNCT;
import static com.messageguard.detect.address.AddressTokens.WORD;

import com.messageguard.text.Span;
import com.messageguard.text.WordSignatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds postal addresses in a normalized text, one span per address, from the house number or
 * street through the unit, postcode, city and state that follow it.
 *
 * <p>An address starts from one of three signals, all word lists from {@code rules/address.yaml}:
 * <ul>
 * <li>a street-type word with a house number in its language's order ({@code 1250 Industrial
 *     Parkway}, {@code 12 rue de la Paix}, {@code Calle Mayor 15}, {@code Berliner Straße 5},
 *     {@code Musterstraße 12}, {@code Kerkstraat 12});</li>
 * <li>a street line without a number directly followed by a postcode ({@code Musterstraße,
 *     10115 Berlin});</li>
 * <li>a post-office-box word and a number ({@code P.O. Box 4471}, {@code Postfach 1234}).</li>
 * </ul>
 * A strong street type (street, avenue, rue, calle, Straße...) with a house number is an address
 * by itself; an English one also needs the line to end there (punctuation, a line break, an
 * address part or a word such as {@code and}) so a product name ({@code our 5 Solar Street
 * Lamps}, {@code 2 Main Street signs}) stays out. A weak type (way, place, court, drive, via, Weg,
 * Platz, Ring...) counts only followed by a second part: a unit, a postcode, a city after a comma
 * or a state code; in English and German it must be capitalized, too. House numbers are one to
 * five digits with at most one letter; numbers glued to other digits or signs (order ids, prices,
 * dates, times, decimals, model numbers) and numbers followed by a count or a measure ({@code 2
 * business days}, {@code 5 nights}) are no house numbers.
 *
 * <p>The scan is linear: the text is cut into tokens once, and every street word or box word
 * looks at a bounded number of tokens around it. Thread-safe; build it once.
 */
public final class AddressDetector {

    private static final int MAX_NAME_WORDS_BEFORE = 4;
    private static final int MAX_NAME_WORDS_AFTER = 6;
    private static final int MAX_PARTS = 6;
    private static final int MAX_CITY_WORDS = 4;
    private static final int MAX_HOUSE_DIGITS = 5;
    private static final int MAX_BOX_DIGITS = 8;
    private static final int MAX_RANGE = 50;
    private static final String LINE_END = ",.;:!?)\"'»”";

    private enum Order { NUMBER_NAME_TYPE, NUMBER_TYPE_NAME, TYPE_NAME_NUMBER, NAME_TYPE_NUMBER, COMPOUND_NUMBER }

    /** A street-type word: its order, strength and its trailing character ('.' optional, '/' required). */
    private record TypeWord(String word, Order order, boolean strong, char trailing) {
    }

    private final Map<String, List<TypeWord>> typeWords = new HashMap<>();
    private final List<TypeWord> compoundSuffixes = new ArrayList<>();
    /**
     * The compound suffixes by their last letter, modulo the table's size: most words end in a
     * letter some suffix ends in ('e', 's', 'g'), so a word is tested against those few suffixes only.
     */
    private final TypeWord[][] suffixesByLastLetter = new TypeWord[64][];
    private final WordSignatures typeSignatures = new WordSignatures();
    private final BitSet boxFirstLetters = new BitSet();
    private final Set<String> directions;
    private final Set<String> wordsAfterStreet;
    private final Set<String> particles;
    private final Set<String> numberMarkers;
    private final Set<String> houseNumberSuffixes;
    private final Set<String> quantityWords;
    private final Set<String> unitWords;
    private final Set<String> regionCodes;
    private final Set<String> countryPrefixes;
    private final Map<String, Boolean> poBoxes = new HashMap<>();
    private final Set<String> poBoxPrefixes = new HashSet<>();
    private final int longestPoBox;
    private final List<String> postcodeShapes;
    /** Every form needs a digit (house number, postcode, box number) while no postcode shape is letters only. */
    private final boolean needsDigit;

    public AddressDetector(AddressData data) {
        for (AddressData.StreetTypeGroup group : data.streetTypes()) {
            Order order = Order.values()[AddressData.ORDERS.indexOf(group.order())];
            addTypes(order, group.strong(), true);
            addTypes(order, group.weak(), false);
        }
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
        typeWords.keySet().forEach(typeSignatures::add);
        for (TypeWord suffix : compoundSuffixes) {
            int bucket = lastLetterBucket(suffix.word(), 0, suffix.word().length());
            TypeWord[] known = suffixesByLastLetter[bucket];
            TypeWord[] grown = known == null ? new TypeWord[1] : Arrays.copyOf(known, known.length + 1);
            grown[grown.length - 1] = suffix;
            suffixesByLastLetter[bucket] = grown;
        }
        poBoxes.keySet().forEach(box -> boxFirstLetters.set(box.charAt(0)));
        postcodeShapes = data.postcodeShapes().stream().map(String::strip).toList();
        needsDigit = postcodeShapes.stream().allMatch(shape -> shape.indexOf('9') >= 0);
    }

    /** The bucket of {@link #suffixesByLastLetter} for the word {@code [start, end)} of {@code text}. */
    private int lastLetterBucket(String text, int start, int end) {
        return Character.toLowerCase(text.charAt(end - 1)) & suffixesByLastLetter.length - 1;
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

    /** The addresses in {@code text}, in order, not overlapping. */
    public List<Span> find(String text) {
        if (needsDigit && text.chars().noneMatch(Character::isDigit)) {
            return List.of(); // most messages: no need to cut the text into tokens
        }
        return new Scan(AddressTokens.of(text)).run();
    }

    /** One search over one text; holds the tokens and what the part parsers found last. */
    private final class Scan {

        private final AddressTokens t;
        private final List<int[]> found = new ArrayList<>();

        // Set by the part parsers.
        private boolean partHasPostcode;
        private boolean partIsCityOnly;

        Scan(AddressTokens tokens) {
            this.t = tokens;
        }

        List<Span> run() {
            for (int i = 0; i < t.size; i++) {
                if (t.kind[i] != WORD) {
                    continue;
                }
                // Most words are no street type, start no box word and end no compound suffix:
                // their letters and length tell, without lower-casing the word.
                char first = Character.toLowerCase(t.text.charAt(t.start[i]));
                if (typeSignatures.mightContain(t.text, t.start[i], t.end[i])) {
                    List<TypeWord> types = typeWords.get(t.lower(i));
                    if (types != null) {
                        for (TypeWord type : types) {
                            street(i, type);
                        }
                    }
                }
                TypeWord[] suffixes = suffixesByLastLetter[lastLetterBucket(t.text, t.start[i], t.end[i])];
                if (suffixes != null) {
                    for (TypeWord suffix : suffixes) {
                        String word = t.lower(i);
                        if (word.length() >= suffix.word().length() + 2 && word.endsWith(suffix.word())) {
                            compound(i, suffix);
                        }
                    }
                }
                if (boxFirstLetters.get(first)) {
                    poBox(i);
                }
            }
            return merged();
        }

        private List<Span> merged() {
            found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
            List<Span> spans = new ArrayList<>();
            int start = -1;
            int end = -1;
            for (int[] span : found) {
                if (span[0] < end) {
                    end = Math.max(end, span[1]);
                } else {
                    if (start >= 0) {
                        spans.add(new Span(start, end));
                    }
                    start = span[0];
                    end = span[1];
                }
            }
            if (start >= 0) {
                spans.add(new Span(start, end));
            }
            return spans;
        }

        // ---- street lines -------------------------------------------------------------------

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
                if (t.is(k, WORD) && t.startsUpper(k) && !particles.contains(t.lower(k))) {
                    k--;
                } else if (t.is(k, MIXED) && isOrdinal(k)) {
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
            int number = t.spaced[firstName] ? houseNumberEndingAt(firstName) : -1;
            boolean proper = t.startsUpper(i);
            boolean dotted = typeEnd == i + 2;
            if (t.is(typeEnd, WORD) && t.spaced[typeEnd] && t.startsUpper(typeEnd) && directions.contains(t.lower(typeEnd))) {
                typeEnd++;
                dotted = t.punct(typeEnd, '.') && t.attached(typeEnd);
                if (dotted) {
                    typeEnd++;
                }
            }
            boolean lineEnds = dotted || endsLine(typeEnd)
                    || t.is(typeEnd, WORD) && !t.startsUpper(typeEnd) && wordsAfterStreet.contains(t.lower(typeEnd));
            if (number >= 0) {
                accept(number, typeEnd, type.strong(), proper, lineEnds);
            } else {
                acceptWithoutNumber(firstName, typeEnd, proper);
            }
        }

        /** French: {@code 12 rue de la Paix}, {@code 12, rue ...}, {@code 1211 Avenue of the Americas}. */
        private void numberTypeName(int i, int typeEnd, TypeWord type) {
            int nameEnd = nameAfter(typeEnd);
            if (nameEnd < 0) {
                return;
            }
            int before = t.punct(i - 1, ',') ? i - 1 : i;
            int number = t.spaced[i] && before > 0 ? houseNumberEndingAt(before) : -1;
            if (number >= 0) {
                accept(number, nameEnd, type.strong(), true, true);
            } else {
                acceptWithoutNumber(i, nameEnd, true);
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
            int numberEnd = houseNumberAfter(k);
            if (numberEnd >= 0) {
                accept(i, numberEnd, type.strong(), true, true);
            } else {
                acceptWithoutNumber(i, nameEnd, true);
            }
        }

        /** German, type as its own word: {@code Berliner Straße 5}, {@code Frankfurter Allee 12}. */
        private void nameTypeNumber(int i, int typeEnd, TypeWord type) {
            int k = i - 1;
            int names = 0;
            while (k >= 0 && names < MAX_NAME_WORDS_BEFORE && t.spaced[k + 1] && t.is(k, WORD)
                    && t.startsUpper(k) && !particles.contains(t.lower(k))) {
                k--;
                names++;
            }
            if (names == 0) {
                return;
            }
            boolean proper = t.startsUpper(i);
            int numberEnd = houseNumberAfter(typeEnd);
            if (numberEnd >= 0) {
                accept(k + 1, numberEnd, type.strong(), proper, true);
            } else {
                acceptWithoutNumber(k + 1, typeEnd, proper);
            }
        }

        /** German and Dutch compounds: {@code Musterstraße 12}, {@code Hauptstr. 5}, {@code Kerkstraat 12}. */
        private void compound(int i, TypeWord suffix) {
            int typeEnd = typeEnd(i, suffix);
            if (typeEnd < 0) {
                return;
            }
            boolean proper = suffix.strong() || t.startsUpper(i);
            int numberEnd = houseNumberAfter(typeEnd);
            if (numberEnd >= 0) {
                accept(i, numberEnd, suffix.strong(), proper, true);
            } else {
                acceptWithoutNumber(i, typeEnd, proper);
            }
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
            for (int words = 0; words < MAX_NAME_WORDS_AFTER && j < t.size && (t.spaced[j] || t.punct(j - 1, '/'))
                    && t.is(j, WORD); words++, j++) {
                if (isCapitalized(j)) {
                    lastCapital = j;
                } else if (!particles.contains(t.lower(j))) {
                    break;
                }
            }
            return lastCapital < 0 ? -1 : lastCapital + 1;
        }

        /** Skips an optional number marker ({@code nº}, {@code Nr.}, {@code #}) at {@code k}. */
        private int afterMarker(int k) {
            if (k < t.size && (t.is(k, WORD) && numberMarkers.contains(t.lower(k)) || t.punct(k, '#') && numberMarkers.contains("#"))) {
                k++;
                if (t.punct(k, '.') && t.attached(k)) {
                    k++;
                }
                if (k < t.size && t.attached(k) && t.punct(k - 1, '#')) {
                    // "#12": the number may be glued to the sign
                    return t.is(k, NUMBER) || t.is(k, MIXED) ? k : -1;
                }
            }
            return k;
        }

        // ---- post-office boxes --------------------------------------------------------------

        private void poBox(int i) {
            if (!t.is(i, WORD) || !poBoxPrefixes.contains(t.lower(i))) {
                return; // most words start no box word: skip the key building below
            }
            StringBuilder key = new StringBuilder();
            int matched = -1;
            boolean strong = false;
            int j = i;
            while (j < t.size) {
                if (t.is(j, WORD) && (j == i || t.spaced[j] || t.punct(j - 1, '.'))) {
                    key.append(t.lower(j));
                    String soFar = key.toString();
                    if (key.length() > longestPoBox || !poBoxPrefixes.contains(soFar)) {
                        break;
                    }
                    Boolean kind = poBoxes.get(soFar);
                    if (kind != null) {
                        matched = j;
                        strong = kind;
                    }
                    j++;
                } else if (t.punct(j, '.') && t.attached(j) && j > i) {
                    j++;
                } else {
                    break;
                }
            }
            if (matched < 0) {
                return;
            }
            int k = matched + 1;
            if (t.punct(k, '.') && t.attached(k)) {
                k++;
            }
            if (t.punct(k, ':') && t.attached(k)) {
                k++;
            }
            k = afterMarker(k);
            if (k < 0 || k >= t.size || !t.is(k, NUMBER) || t.length(k) > MAX_BOX_DIGITS
                    || !(t.spaced[k] || t.punct(k - 1, '#'))) {
                return;
            }
            int end = k + 1;
            if (t.length(k) <= 3) {
                // "Postfach 12 34 56": digits in pairs
                for (int groups = 0; groups < 3 && t.is(end, NUMBER) && t.spaced[end] && t.length(end) == 2; groups++) {
                    end++;
                }
            }
            if (!endsCleanly(end)) {
                return;
            }
            accept(i, end, strong, true, true);
        }

        // ---- deciding -----------------------------------------------------------------------

        /**
         * A street line (or box) with a number over tokens {@code [first, last)}: a strong one ends
         * the address by itself when it is written as a proper name and its line ends; anything
         * else needs a second part after it.
         */
        private void accept(int first, int last, boolean strong, boolean proper, boolean lineEnds) {
            int partsEnd = parts(last, false);
            boolean hasPart = partsEnd > last;
            if (strong && proper && lineEnds || hasPart && (strong || proper)) {
                add(first, Math.max(last, partsEnd));
            }
        }

        /** A street line without a house number counts when a postcode follows on the next line or after a comma. */
        private void acceptWithoutNumber(int first, int last, boolean proper) {
            if (!proper) {
                return;
            }
            int partsEnd = parts(last, true);
            if (partsEnd > last) {
                add(first, partsEnd);
            }
        }

        private void add(int firstToken, int endToken) {
            found.add(new int[] {t.start[firstToken], t.end[endToken - 1]});
        }

        // ---- the parts after a street line: unit, postcode, city, state -------------------

        /**
         * The end of the address parts that follow token {@code from}: units, postcodes, cities and
         * state codes, separated by commas, one line break or spaces; {@code from} when none does.
         * With {@code postcodeFirst}, the first part must hold a postcode and come after a comma or
         * a line break.
         */
        private int parts(int from, boolean postcodeFirst) {
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
            boolean word = t.is(k, WORD) && unitWords.contains(t.lower(k));
            boolean hash = t.punct(k, '#') && unitWords.contains("#");
            if (!word && !hash) {
                return -1;
            }
            int j = k + 1;
            if (word && t.punct(j, '.') && t.attached(j)) {
                j++;
            }
            int marked = afterMarker(j);
            if (marked < 0) {
                return -1;
            }
            j = marked;
            if (j >= t.size || !(t.spaced[j] || t.punct(j - 1, '#'))) {
                return -1;
            }
            boolean value = t.is(j, NUMBER) && t.length(j) <= MAX_HOUSE_DIGITS
                    || t.is(j, MIXED) && t.length(j) <= 6
                    || t.is(j, WORD) && t.length(j) == 1 && t.startsUpper(j);
            return value && endsCleanly(j + 1) ? j + 1 : -1;
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
            return afterCity && endsLine(k + 1) ? k + 1 : -1;
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
            if (t.is(k, WORD) && countryPrefixes.contains(t.original(k))) {
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
                if (endsLine(end + 1)) {
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
            if (!endsLine(end)) {
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
            for (int words = 1; words < MAX_CITY_WORDS && j < t.size && t.spaced[j] && t.is(j, WORD); words++, j++) {
                if (isCityWord(j)) {
                    end = j + 1;
                } else if (!particles.contains(t.lower(j))) {
                    break;
                }
            }
            return end;
        }

        private boolean isCityWord(int k) {
            return t.is(k, WORD) && isCapitalized(k) && !isRegion(k) && !unitWords.contains(t.lower(k));
        }

        private boolean isRegion(int k) {
            return t.is(k, WORD) && t.length(k) <= 3 && t.allUpper(k) && regionCodes.contains(t.original(k));
        }

        /**
         * The token after a postcode starting at token {@code k}, by the longest shape that fits
         * ({@code 99999}, {@code A9A 9A9}, ...), with an optional country prefix ({@code D-}); -1 when none fits.
         */
        private int postcodeEnd(int k) {
            if (k < 0 || k >= t.size) {
                return -1;
            }
            if (t.is(k, WORD) && countryPrefixes.contains(t.original(k)) && t.punct(k + 1, '-') && t.attached(k + 1)
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
            for (String shape : postcodeShapes) {
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
            return j < t.size && t.end[j] == best && endsCleanly(j + 1) ? j + 1 : -1;
        }

        // ---- numbers ------------------------------------------------------------------------

        /** The end of a house number after a street name at {@code k}, behind an optional marker; -1 when there is none. */
        private int houseNumberAfter(int k) {
            int n = afterMarker(k);
            if (n < 0 || n >= t.size || !(t.spaced[n] || t.punct(n - 1, '#'))) {
                return -1;
            }
            return houseNumberEnd(n);
        }

        /** The first token of a house number that ends right before token {@code next}; -1 when there is none. */
        private int houseNumberEndingAt(int next) {
            for (int h = next - 1; h >= Math.max(0, next - 5); h--) {
                if ((t.is(h, NUMBER) || t.is(h, MIXED)) && houseNumberEnd(h) == next) {
                    return h;
                }
            }
            return -1;
        }

        /**
         * The token after a house number starting at {@code h} ({@code 12}, {@code 221B}, {@code 12-14},
         * {@code 10/3}, {@code 12 bis}); -1 when {@code h} is no house number: glued to other signs
         * (order ids, prices, dates, times, decimals), longer than five digits, or followed by a count.
         */
        private int houseNumberEnd(int h) {
            if (h < 0 || h >= t.size || !isHouseNumberPiece(h)) {
                return -1;
            }
            if (t.attached(h) && !(t.punctIn(h - 1, "(\"'«„“") || t.punct(h - 1, '#'))) {
                return -1;
            }
            int j = h + 1;
            if (t.punct(j, '-') && t.attached(j) && t.attached(j + 1) && isRangeEnd(h, j + 1)) {
                j += 2; // 12-14
            }
            for (int parts = 0; parts < 2 && t.punct(j, '/') && t.attached(j) && t.attached(j + 1)
                    && (isHouseNumberPiece(j + 1) || t.is(j + 1, WORD) && t.length(j + 1) == 1); parts++) {
                j += 2; // 12/3/5, 10/A
            }
            if (!endsCleanly(j)) {
                return -1;
            }
            if (j < t.size && t.spaced[j] && t.is(j, WORD) && houseNumberSuffixes.contains(t.lower(j))) {
                j++;
            }
            if (j < t.size && t.is(j, WORD) && quantityWords.contains(t.lower(j))) {
                return -1;
            }
            return j;
        }

        /**
         * {@code 14} in {@code 12-14}: a number a little higher (at most {@value #MAX_RANGE} more), so
         * {@code 555-123} or {@code 555-1234} of a phone number is no range.
         */
        private boolean isRangeEnd(int from, int to) {
            if (!t.is(from, NUMBER) || !t.is(to, NUMBER) || t.length(to) > t.length(from) + 1) {
                return false;
            }
            int spread = Integer.parseInt(t.original(to)) - Integer.parseInt(t.original(from));
            return spread > 0 && spread <= MAX_RANGE;
        }

        /** One to five digits, optionally followed by one letter that is no unit ({@code 221B}, not {@code 5m}). */
        private boolean isHouseNumberPiece(int h) {
            if (t.is(h, NUMBER)) {
                return t.length(h) <= MAX_HOUSE_DIGITS;
            }
            if (!t.is(h, MIXED)) {
                return false;
            }
            int letterAt = t.end[h] - 1;
            char last = t.text.charAt(letterAt);
            if (!Character.isLetter(last) || letterAt - t.start[h] > MAX_HOUSE_DIGITS) {
                return false;
            }
            for (int p = t.start[h]; p < letterAt; p++) {
                if (!Character.isDigit(t.text.charAt(p))) {
                    return false;
                }
            }
            return !quantityWords.contains(String.valueOf(Character.toLowerCase(last)));
        }

        /**
         * True when nothing glued to the number ending before token {@code j} makes it part of
         * something longer: a decimal, time or date ({@code 12.5}, {@code 10:30}, {@code 1,299}),
         * a code ({@code 113-4567890}), a percentage or a currency.
         */
        private boolean endsCleanly(int j) {
            if (j >= t.size || !t.attached(j)) {
                return true;
            }
            if (!t.is(j, PUNCT)) {
                return false;
            }
            if (t.punctIn(j, ",.:") && t.attached(j + 1) && (t.is(j + 1, NUMBER) || t.is(j + 1, MIXED))) {
                return false;
            }
            return t.punctIn(j, LINE_END);
        }

        /** True when the token at {@code k} ends a line of an address: the end, a line break or punctuation. */
        private boolean endsLine(int k) {
            return k >= t.size || t.is(k, NEWLINE) || t.punctIn(k, LINE_END);
        }

        /** A capitalized word, also behind an elided particle ({@code l'Église}, {@code d'Italie}). */
        private boolean isCapitalized(int k) {
            if (!t.is(k, WORD)) {
                return false;
            }
            if (t.startsUpper(k)) {
                return true;
            }
            String word = t.lower(k);
            int apostrophe = word.indexOf('\'');
            return apostrophe > 0 && apostrophe + 1 < word.length()
                    && particles.contains(word.substring(0, apostrophe + 1))
                    && Character.isUpperCase(t.text.charAt(t.start[k] + apostrophe + 1));
        }

        /** {@code 5th}, {@code 42nd}, {@code 1st}: the name of a numbered street. */
        private boolean isOrdinal(int k) {
            String word = t.lower(k);
            int digits = 0;
            while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
                digits++;
            }
            String suffix = word.substring(digits);
            return digits > 0 && digits <= 3
                    && (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"));
        }
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
