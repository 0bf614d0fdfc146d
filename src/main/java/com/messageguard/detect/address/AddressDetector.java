package com.messageguard.detect.address;

import static com.messageguard.detect.address.AddressTokens.WORD;

import com.messageguard.text.NormalizedText;
import com.messageguard.text.Span;
import com.messageguard.text.Trigger;
import java.util.List;

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
 * <p>The scan is linear: the text is cut into tokens once ({@link AddressTokens}), and every
 * street word ({@link StreetLineFinder}) or box word ({@link PoBoxFinder}) looks at a bounded
 * number of tokens around it for a house number ({@link HouseNumbers}) and the parts after it
 * ({@link AddressTail}). Thread-safe; build it once.
 */
public final class AddressDetector {

    private final AddressWords words;
    private final StreetTypes types;
    /**
     * Every form needs a digit (house number, postcode, box number) while no postcode shape is
     * letters only: then a text without one ({@link Character#isDigit}, as the tokens read it) has
     * no address.
     */
    private final Trigger trigger;

    public AddressDetector(AddressData data) {
        this.types = new StreetTypes(data);
        this.words = new AddressWords(data);
        boolean needsDigit = words.postcodeShapes.stream().allMatch(shape -> shape.indexOf('9') >= 0);
        this.trigger = needsDigit ? Trigger.DIGIT : Trigger.ALWAYS;
    }

    /** The addresses in {@code text}, in order, not overlapping. */
    public List<Span> find(String text) {
        return find(NormalizedText.identity(text));
    }

    /** The addresses in {@code text.text()}, in order, not overlapping. */
    public List<Span> find(NormalizedText text) {
        if (!trigger.firesOn(text.triggers())) {
            return List.of(); // most messages: no need to cut the text into tokens
        }
        return scan(text.text());
    }

    private List<Span> scan(String text) {
        AddressTokens t = AddressTokens.of(text);
        HouseNumbers numbers = new HouseNumbers(t, words);
        AddressCandidates candidates = new AddressCandidates(t, new AddressTail(t, words, numbers));
        StreetLineFinder streets = new StreetLineFinder(t, words, types, numbers, candidates);
        PoBoxFinder boxes = new PoBoxFinder(t, words, numbers, candidates);
        for (int i = 0; i < t.size; i++) {
            if (t.kind[i] != WORD) {
                continue;
            }
            // Most words are no street type, start no box word and end no compound suffix: both
            // finders tell by the word's letters and length first, without lower-casing it.
            streets.at(i);
            boxes.at(i);
        }
        return candidates.merged();
    }
}
