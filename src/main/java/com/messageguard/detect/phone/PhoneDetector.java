package com.messageguard.detect.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.messageguard.detect.phone.ContextWords.Polarity;
import com.messageguard.rules.format.OrderIds;
import com.messageguard.text.NormalizedText;
import com.messageguard.text.Span;
import com.messageguard.text.TextTriggers;
import com.messageguard.text.Trigger;
import com.messageguard.text.TriggerWords;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds phone numbers in a normalized text ({@link NormalizedText#text()}: NFKC, so full-width
 * digits are ASCII and zero-width spaces are gone), as spans of that text.
 *
 * <ol>
 * <li>A hand scan collects runs of digits joined by phone separators (space . - / ( ), a leading
 *     '+'); each character is read once. The letter O written for a zero counts as one inside a
 *     token of digits and O's that touches no other letter ({@code O77OO 9OO461}).</li>
 * <li>What a run is instead is taken out: anything glued to letters (XR-5000, 1Z999AA1..., v2),
 *     prices, percentages, temperatures, measures, numbers with a decimal comma, Amazon order ids,
 *     dates and times; a run of more than {@value #MAX_DIGITS} digits is cut where it separates
 *     numbers, else only its long groups are tried.</li>
 * <li>Each candidate must have a phone number's shape: 7 to 15 digits; no bare run of 12 or more
 *     digits without '+' or a phone word (tracking and EAN numbers); no range, decimal, thousands,
 *     list of sizes, version, ZIP+4 code or ISBN; nothing right after a negative context word
 *     (order, SKU, Rechnung); 9 digits or more, 10 or 11 for a bare run, unless a positive context
 *     word (call, Telefon, WhatsApp) is near.</li>
 * <li>libphonenumber confirms it: a '+' or '00' number must be a possible international number;
 *     any other must be possible in at least one marketplace region of {@code phone.yaml}. Possible,
 *     not valid: a number in a fiction range or an unassigned block ({@code 07700 900321}) is still
 *     one a buyer could dial.</li>
 * </ol>
 * Digits written as words are found by {@link SpelledDigits}, numbers dictated in pieces with words
 * between them by {@link DictatedNumbers}. The work is linear in the text's
 * length: libphonenumber is asked about at most {@value #MAX_CONFIRMED} candidates and
 * {@value #MAX_LIBRARY_CALLS} times per text. Thread-safe: it keeps no state between calls.
 */
public final class PhoneDetector {

    static final int MIN_DIGITS = 7;
    static final int MAX_DIGITS = 15;
    /**
     * A bare run (no separator) of this many digits or more is a tracking or EAN number, unless it
     * has '+' or a positive context word ("WhatsApp 4915112345678").
     */
    static final int LONG_BARE_RUN = 12;
    /** Digits a candidate needs without a positive context word: grouped, and bare. */
    static final int MIN_GROUPED = 9;
    static final int MIN_BARE = 10;
    /** An international number has a country code and a national number: at least this many digits. */
    static final int MIN_INTERNATIONAL = 8;
    /** Candidates confirmed with libphonenumber per text; later ones are not reported. */
    static final int MAX_CONFIRMED = 200;
    /** libphonenumber calls per text (each candidate may try every region). */
    static final int MAX_LIBRARY_CALLS = 400;
    /**
     * Trailing groups dropped, at most, when a whole international candidate is not a possible
     * number ("+44 20 7946 0958 2"); national ones are possible in some region or not at all.
     */
    private static final int MAX_TRIMS = 1;

    private final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();
    private final List<String> regions;
    private final ContextWords context;
    private final SpelledDigits spelled;
    private final DictatedNumbers dictated;
    private final Set<String> currencies;
    private final Set<String> units;

    public PhoneDetector(PhoneData data) {
        this.regions = List.copyOf(data.regions());
        this.context = new ContextWords(PhoneData.flatten(data.context().positive()),
                PhoneData.flatten(data.context().negative()), PhoneData.flatten(data.context().filler()));
        this.spelled = new SpelledDigits(data.allNumberWords());
        this.dictated = new DictatedNumbers(context);
        this.currencies = Set.copyOf(data.currencies());
        this.units = Set.copyOf(data.units());
    }

    /**
     * What a number written in figures needs: an ASCII digit in the normalized text (full-width and
     * mathematical digits are ASCII ones there). The letter O counts as a zero only in a token that
     * also holds a real digit, and a dictated number's pieces are figures.
     */
    public static final Trigger FIGURES = Trigger.ASCII_DIGIT;

    /**
     * What a number written in words needs ({@link SpelledDigits}): at least {@value SpelledDigits#MIN_WORDS}
     * number words, counted by the normalizer from {@link #triggerWords}.
     */
    public static final Trigger WORDS = Trigger.words(TriggerWords.Kind.NUMBER_WORD, SpelledDigits.MIN_WORDS);

    /** The number words of every language, which {@link #WORDS} counts. */
    public static Collection<String> triggerWords(PhoneData data) {
        // Joiners ("y", "et") are everyday words and spell no digit: counting them would fire the trigger on most texts.
        return data.allNumberWords().entrySet().stream()
                .filter(word -> !SpelledDigits.JOINER.equals(word.getValue())).map(Map.Entry::getKey).toList();
    }

    /** The phone numbers in {@code text.text()}, in order, as spans of that text. */
    public List<Span> find(NormalizedText text) {
        TextTriggers triggers = text.triggers();
        boolean figures = FIGURES.firesOn(triggers);
        boolean words = WORDS.firesOn(triggers);
        if (!figures && !words) {
            return new ArrayList<>(); // most messages: not even the lower-cased text is needed
        }
        return find(text.text(), text.lower(), figures, words);
    }

    /** The phone numbers in a string that needs no normalization (lower-cased character by character, as NormalizedText does). */
    public List<Span> find(String text) {
        return find(text, lowerByChar(text), true, true);
    }

    private List<Span> find(String text, String lower, boolean figures, boolean words) {
        KeycapDigits keycaps = figures ? KeycapDigits.of(text) : null;
        if (keycaps != null) {
            return keycaps.toSource(findIn(keycaps.text(), lowerByChar(keycaps.text()), true, words));
        }
        return findIn(text, lower, figures, words);
    }

    private List<Span> findIn(String text, String lower, boolean figures, boolean words) {
        List<Span> found = new ArrayList<>();
        if (figures) {
            findFigures(text, lower, found);
        }
        if (words) {
            spelled.find(lower, found);
        }
        return merge(found);
    }

    /** Numbers written in figures (some of whose zeros may be the letter O), whole or dictated in pieces. */
    private void findFigures(String text, String lower, List<Span> found) {
        char[] zeros = zerosForLetterO(text);
        if (zeros != null) {
            text = new String(zeros);
            lower = withZeros(lower, zeros);
        }
        Scan scan = new Scan(text, lower, found);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            DigitRun run = DigitRun.isDigit(c) || c == '+' || c == '(' ? DigitRun.scan(text, i) : null;
            if (run == null) {
                i++;
                continue;
            }
            scan.run(run);
            i = run.end();
        }
        dictated.find(text, lower, scan::possibleSomewhere, found);
    }

    /**
     * The text with the letter O read as the digit 0 where it stands for one, or null when it
     * nowhere does: in a token of digits and O's only ({@code O77OO}, {@code 9OO461}, {@code 49O})
     * that holds at least one real digit and touches no other letter. Words ("ZOO", "GO 2",
     * "Zoo7") keep their letters; what the zeros make of the run is then judged like any other
     * run of digits, so prices, sizes, model numbers and dates stay what they are. One pass.
     */
    static char[] zerosForLetterO(String text) {
        char[] zeros = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!DigitRun.isDigit(c) && !isLetterO(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean digit = false;
            boolean letter = false;
            while (i < n && (DigitRun.isDigit(text.charAt(i)) || isLetterO(text.charAt(i)))) {
                digit |= DigitRun.isDigit(text.charAt(i));
                letter |= isLetterO(text.charAt(i));
                i++;
            }
            boolean glued = (start > 0 && isGlue(text.charAt(start - 1))) || (i < n && isGlue(text.charAt(i)));
            if (digit && letter && !glued) {
                if (zeros == null) {
                    zeros = text.toCharArray();
                }
                for (int k = start; k < i; k++) {
                    if (isLetterO(zeros[k])) {
                        zeros[k] = '0';
                    }
                }
            }
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++; // the rest of a word the token was glued to ("Zoo7", "O2x")
            }
        }
        return zeros;
    }

    /** {@code lower} with a 0 wherever {@code zeros} has one, so both keep the same offsets. */
    private static String withZeros(String lower, char[] zeros) {
        char[] chars = lower.toCharArray();
        for (int k = 0; k < chars.length; k++) {
            if (zeros[k] == '0') {
                chars[k] = '0';
            }
        }
        return new String(chars);
    }

    private static boolean isLetterO(char c) {
        return c == 'O' || c == 'o';
    }

    /** Sorted, with overlapping spans joined into one. */
    private static List<Span> merge(List<Span> spans) {
        if (spans.size() < 2) {
            return spans;
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> merged = new ArrayList<>(spans.size());
        Span current = spans.get(0);
        for (int k = 1; k < spans.size(); k++) {
            Span next = spans.get(k);
            if (next.start() < current.end()) {
                current = new Span(current.start(), Math.max(current.end(), next.end()));
            } else {
                merged.add(current);
                current = next;
            }
        }
        merged.add(current);
        return merged;
    }

    private static String lowerByChar(String text) {
        char[] chars = text.toCharArray();
        for (int k = 0; k < chars.length; k++) {
            chars[k] = Character.toLowerCase(chars[k]);
        }
        return new String(chars);
    }

    /** One call of {@link #find}: the text and what has been spent on it. */
    private final class Scan {
        private final String text;
        private final String lower;
        private final List<Span> found;
        private int confirmed;
        private int calls;

        Scan(String text, String lower, List<Span> found) {
            this.text = text;
            this.lower = lower;
            this.found = found;
        }

        void run(DigitRun run) {
            if (run.digits() < MIN_DIGITS || confirmed >= MAX_CONFIRMED || calls >= MAX_LIBRARY_CALLS || isSomethingElse(run)) {
                return;
            }
            boolean[] blocked = blockedGroups(run);
            int g = 0;
            while (g < run.groups()) {
                if (blocked[g]) {
                    g++;
                    continue;
                }
                int last = g;
                while (last + 1 < run.groups() && !blocked[last + 1]) {
                    last++;
                }
                segment(run, g, last);
                g = last + 1;
            }
        }

        /**
         * The whole run is no phone number: glued to letters, a price, a percentage, a temperature,
         * a measure, or part of a number with a decimal comma or thousands commas.
         */
        private boolean isSomethingElse(DigitRun run) {
            int start = run.start;
            int end = run.end();
            char before = start > 0 ? text.charAt(start - 1) : ' ';
            char before2 = start > 1 ? text.charAt(start - 2) : ' ';
            if (isGlue(before) || (DigitRun.isDash(before) && Character.isLetter(before2))
                    || (before == ',' && DigitRun.isDigit(before2))
                    || isCurrencySign(before) || (before == ' ' && isCurrencySign(before2))
                    || currencies.contains(wordBefore(start))) {
                return true;
            }
            char after = end < text.length() ? text.charAt(end) : ' ';
            char after2 = end + 1 < text.length() ? text.charAt(end + 1) : ' ';
            if (isGlue(after) || (DigitRun.isDash(after) && Character.isLetter(after2))
                    || (after == ',' && DigitRun.isDigit(after2))) {
                return true;
            }
            char sign = after == ' ' ? after2 : after;
            if (sign == '%' || sign == '\u2030' || sign == '°' || isCurrencySign(sign)) {
                return true;
            }
            String word = wordAfter(end);
            return currencies.contains(word) || units.contains(word);
        }

        /**
         * Groups that belong to something else inside a run: an Amazon order id (3-7-7), a date, the
         * minutes of a time before the run ({@code 10:30 ...}) or its hour after it ({@code ... 14:30}).
         */
        private boolean[] blockedGroups(DigitRun run) {
            int groups = run.groups();
            boolean[] blocked = new boolean[groups];
            for (int g = 0; g < groups; g++) {
                int length = OrderIds.lengthAt(text, run.groupStart(g));
                if (length > 0 && g + 2 < groups && run.groupEnd(g + 2) == run.groupStart(g) + length) {
                    blocked[g] = blocked[g + 1] = blocked[g + 2] = true;
                } else if (NumberShapes.isDate(text, run, g)) {
                    blocked[g] = blocked[g + 1] = blocked[g + 2] = true;
                }
            }
            int start = run.groupStart(0);
            if (start > 1 && text.charAt(start - 1) == ':' && DigitRun.isDigit(text.charAt(start - 2))) {
                blocked[0] = true;
            }
            int end = run.end();
            if (end + 1 < text.length() && text.charAt(end) == ':' && DigitRun.isDigit(text.charAt(end + 1))) {
                blocked[groups - 1] = true;
            }
            return blocked;
        }

        /**
         * Groups {@code [a, b]} of a run with nothing blocked among them. Up to 15 digits they are one
         * candidate. A longer stretch that mixes spaces with other separators is cut at its spaces
         * ("555-123-4567 555-987-6543"); what is still too long, like a stretch with one kind of
         * separator throughout (a card or tracking number in groups of four, "1 1 1 ..."), keeps
         * only its groups of 7 or more digits as candidates ("0301234567 0301234568").
         */
        private void segment(DigitRun run, int a, int b) {
            if (digitCount(run, a, b) <= MAX_DIGITS) {
                candidate(run, a, b);
                return;
            }
            boolean spaces = false;
            boolean others = false;
            for (int g = a + 1; g <= b; g++) {
                boolean space = run.separatorBefore(text, g).equals(" ");
                spaces |= space;
                others |= !space;
            }
            if (!spaces || !others) {
                longGroups(run, a, b);
                return;
            }
            int from = a;
            for (int g = a + 1; g <= b + 1; g++) {
                if (g > b || run.separatorBefore(text, g).equals(" ")) {
                    if (digitCount(run, from, g - 1) <= MAX_DIGITS) {
                        candidate(run, from, g - 1);
                    } else {
                        longGroups(run, from, g - 1);
                    }
                    from = g;
                }
            }
        }

        private void longGroups(DigitRun run, int a, int b) {
            for (int g = a; g <= b && confirmed < MAX_CONFIRMED && calls < MAX_LIBRARY_CALLS; g++) {
                if (run.length(g) >= MIN_DIGITS) {
                    candidate(run, g, g);
                }
            }
        }

        /** Groups {@code [a, b]}: reported when they have a phone number's shape and libphonenumber agrees. */
        private void candidate(DigitRun run, int a, int b) {
            StringBuilder digits = new StringBuilder(MAX_DIGITS + 1);
            for (int g = a; g <= b && digits.length() <= MAX_DIGITS + 2; g++) {
                digits.append(text, run.groupStart(g), run.groupEnd(g));
            }
            int count = digits.length();
            boolean plus = a == 0 && run.plus;
            boolean idd = !plus && count >= 2 + MIN_INTERNATIONAL && digits.charAt(0) == '0' && digits.charAt(1) == '0';
            int significant = idd ? count - 2 : count;
            if (significant < MIN_DIGITS || significant > MAX_DIGITS || NumberShapes.allSame(digits)) {
                return;
            }
            int start = a == 0 ? run.start : run.groupStart(a);
            int end = run.groupEnd(b);
            Polarity polarity = context.around(text, lower, start, end);
            boolean positive = polarity == Polarity.POSITIVE;
            if (plus || idd) {
                if (significant >= MIN_INTERNATIONAL) {
                    confirmInternational(run, a, b, start, positive, idd);
                }
                return;
            }
            boolean bare = a == b;
            if (polarity == Polarity.NEGATIVE || (bare && count >= LONG_BARE_RUN && !positive)
                    || count < (positive ? MIN_DIGITS : bare ? MIN_BARE : MIN_GROUPED)
                    || NumberShapes.isIsbn(digits.toString(), text, run, a, b)) {
                return;
            }
            if (!positive && (NumberShapes.isRange(text, run, a, b) || NumberShapes.isDecimal(text, run, a, b)
                    || NumberShapes.isThousands(text, run, a, b) || NumberShapes.isListOfPairs(text, run, a, b)
                    || NumberShapes.isVersion(text, run, a, b) || NumberShapes.isZipPlusFour(text, run, a, b))) {
                return;
            }
            confirmNational(run, a, b, start, positive);
        }

        private void confirmInternational(DigitRun run, int a, int b, int start, boolean positive, boolean idd) {
            confirmed++;
            for (int last = b, trims = 0; last >= a && trims <= MAX_TRIMS; last--, trims++) {
                String digits = digits(run, a, last);
                int prefix = idd ? 2 : 0;
                if (digits.length() - prefix < MIN_INTERNATIONAL) {
                    return; // also when a trim leaves less than the "00" itself ("0 0999123456")
                }
                String number = "+" + digits.substring(prefix);
                if (possible(number, "ZZ", positive)) {
                    found.add(new Span(start, run.groupEnd(last)));
                    return;
                }
            }
        }

        private void confirmNational(DigitRun run, int a, int b, int start, boolean positive) {
            confirmed++;
            String digits = digits(run, a, b);
            for (String region : regions) {
                if (possible(digits, region, positive)) {
                    found.add(new Span(start, run.groupEnd(b)));
                    return;
                }
            }
        }

        /** Whether digits next to a positive context word make a number possible in a marketplace region. */
        boolean possibleSomewhere(String digits) {
            for (String region : regions) {
                if (possible(digits, region, true)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether libphonenumber takes {@code number} as possible in {@code region}; local-only numbers need context. */
        private boolean possible(String number, String region, boolean positive) {
            if (calls >= MAX_LIBRARY_CALLS) {
                return false;
            }
            calls++;
            try {
                PhoneNumber parsed = phoneNumbers.parse(number, region);
                ValidationResult result = phoneNumbers.isPossibleNumberWithReason(parsed);
                return result == ValidationResult.IS_POSSIBLE || (positive && result == ValidationResult.IS_POSSIBLE_LOCAL_ONLY);
            } catch (NumberParseException e) {
                return false;
            }
        }

        private String digits(DigitRun run, int a, int b) {
            StringBuilder digits = new StringBuilder(MAX_DIGITS);
            for (int g = a; g <= b; g++) {
                digits.append(text, run.groupStart(g), run.groupEnd(g));
            }
            return digits.toString();
        }

        private int digitCount(DigitRun run, int a, int b) {
            int count = 0;
            for (int g = a; g <= b; g++) {
                count += run.length(g);
            }
            return count;
        }

        /** The word right before {@code at}, with at most one space between, lower-cased; "" if none. */
        private String wordBefore(int at) {
            int end = at > 0 && text.charAt(at - 1) == ' ' ? at - 1 : at;
            int start = end;
            while (start > 0 && end - start < 8 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            return start > 0 && Character.isLetter(text.charAt(start - 1)) ? "" : lower.substring(start, end);
        }

        /** The word right after {@code at}, with at most one space between, lower-cased; "" if none. */
        private String wordAfter(int at) {
            int start = at < text.length() && text.charAt(at) == ' ' ? at + 1 : at;
            int end = start;
            while (end < text.length() && end - start < 12 && Character.isLetter(text.charAt(end))) {
                end++;
            }
            return end < text.length() && Character.isLetter(text.charAt(end)) ? "" : lower.substring(start, end);
        }
    }

    /** Characters that glue a number to a word, a handle or an address: it is a code, not a phone number. */
    private static boolean isGlue(char c) {
        return Character.isLetter(c) || c == '_' || c == '@';
    }

    private static boolean isCurrencySign(char c) {
        return Character.getType(c) == Character.CURRENCY_SYMBOL;
    }
}
