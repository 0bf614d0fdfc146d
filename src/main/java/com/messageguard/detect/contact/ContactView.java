package com.messageguard.detect.contact;

import com.messageguard.text.Ascii;
import com.messageguard.text.NormalizedText;
import com.messageguard.text.SpacedLetters;
import com.messageguard.text.Trigger;
import com.messageguard.text.TriggerWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The view of a text that e-mail and link detectors search: the tricks sellers use to write an
 * address so the robots miss it are undone, and every character still maps to the original.
 * <ul>
 * <li>letter-spaced runs are closed up: {@code a n n a @ g m a i l . c o m}, and words spelled
 *     letter by letter ({@link SpacedLetters}): {@code j o h n at g m a i l dot com};</li>
 * <li>bracketed separators become symbols anywhere: {@code service[at]example(dot)com};</li>
 * <li>spelled-out words become symbols between two parts of an address:
 *     {@code example dot com slash app}, {@code john dot miller at gmail dot com};</li>
 * <li>spaces around {@code @}, and before a dot or a slash between two words, are dropped:
 *     {@code anna @ gmail . com}, {@code paypal . me / shop}.</li>
 * </ul>
 * A bare "at" only becomes "@" when the address around it is clearly one (see {@link #bareAtIsAddress}),
 * so "find it at example.com" stays a sentence with a link. Each step is one linear pass with
 * bounded look-around.
 */
public final class ContactView {

    private static final int MIN_SPACED_RUN = 5;
    private static final int LOOK_AROUND = 64;
    private static final boolean[] ASCII_WORD_CHAR = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD_CHAR[c] = Character.isLetterOrDigit(c);
        }
    }

    /** A written separator; {@code nearAtOnly}: a '.' word that counts only near an '@' (see {@link #atNear}). */
    private record Form(String text, char symbol, boolean bracketed, boolean nearAtOnly) {
    }

    private final List<Form> forms = new ArrayList<>();
    /** The forms by their first character, modulo the table's size, longest first: a word is tested against those few. */
    private final Form[][] formsByFirst = new Form[128][];
    private final Set<String> mailProviders;
    private final Set<String> tldsAfterDotWord;
    private static final int LONGEST_TLD = 5;
    private final Set<String> prepositionAt;
    /** What a text needs for this view to differ from it; see {@link #trigger()}. */
    private final Trigger trigger;

    public ContactView(ContactData data) {
        add(data.spelledSeparators().at(), '@', false);
        add(data.spelledSeparators().dot(), '.', false);
        add(data.spelledSeparators().dotInAddress(), '.', true);
        add(data.spelledSeparators().slash(), '/', false);
        // Longest first, so "(dot)" wins over a shorter form that starts the same way.
        forms.sort((a, b) -> b.text.length() - a.text.length());
        for (Form form : forms) {
            int bucket = form.text.charAt(0) & formsByFirst.length - 1;
            Form[] known = formsByFirst[bucket];
            Form[] grown = known == null ? new Form[1] : Arrays.copyOf(known, known.length + 1);
            grown[grown.length - 1] = form;
            formsByFirst[bucket] = grown;
        }
        this.mailProviders = ContactData.lowerSet(data.mailProviders());
        this.tldsAfterDotWord = ContactData.lowerSet(data.spelledSeparators().tldsAfterDotWord());
        this.prepositionAt = ContactData.lowerSet(data.prepositionAt());
        this.trigger = trigger(forms);
    }

    /**
     * What a text needs for {@link #of} to change it (without it the view is the text itself): an
     * '@', a space before a '.', a letter-spaced run, or a written separator: a word of one
     * ({@link #triggerWords}; a form stands between spaces or brackets, so its words are whole
     * words of the text) or, for a form without letters ({@code (.)}, {@code [/]}), all its characters.
     */
    public Trigger trigger() {
        return trigger;
    }

    /** The words of the written separators ("at" of "at" and "[at]", "barre" and "oblique"), which {@link #trigger()} counts. */
    public static List<String> triggerWords(ContactData data) {
        // Read off the forms the view itself matches, so a separator list added to it is counted too.
        List<String> words = new ArrayList<>();
        new ContactView(data).forms.forEach(form -> words.addAll(letterRuns(form.text)));
        return words;
    }

    private static Trigger trigger(List<Form> forms) {
        Trigger trigger = Trigger.anyOf("@").or(Trigger.SPACE_BEFORE_DOT_OR_SLASH).or(Trigger.spacedRun(MIN_SPACED_RUN))
                .or(Trigger.words(TriggerWords.Kind.SPELLED_SEPARATOR, 1));
        for (Form form : forms) {
            if (letterRuns(form.text).isEmpty()) {
                trigger = trigger.or(Ascii.only(form.text) ? Trigger.allOf(form.text) : Trigger.ALWAYS);
            }
        }
        return trigger;
    }

    private static List<String> letterRuns(String form) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < form.length()) {
            int start = i;
            while (i < form.length() && Character.isLetter(form.charAt(i))) {
                i++;
            }
            if (i > start) {
                runs.add(form.substring(start, i));
            } else {
                i++;
            }
        }
        return runs;
    }

    private void add(List<String> written, char symbol, boolean nearAtOnly) {
        for (String w : written) {
            String form = w.strip().toLowerCase(Locale.ROOT);
            boolean bracketed = !Character.isLetterOrDigit(form.charAt(0));
            forms.add(new Form(form, symbol, bracketed, nearAtOnly));
        }
    }

    public NormalizedText of(NormalizedText text) {
        // Runs of single characters first ("a n n a @ g m a i l . c o m"), then the shorter words
        // spelled letter by letter that remain ("j o h n at g m a i l dot com").
        return resolveSeparators(SpacedLetters.joined(closeLetterSpacing(text)));
    }

    /** "a n n a @ g m a i l" → "anna@gmail": runs of at least five one-character tokens. */
    static NormalizedText closeLetterSpacing(NormalizedText source) {
        String t = source.text();
        int n = t.length();
        boolean[] drop = null;
        int i = 0;
        while (i < n) {
            if (i > 0 && !Ascii.isWhitespace(t.charAt(i - 1))) {
                i++; // a run starts at a token's first character
                continue;
            }
            int runStart = i;
            int runEnd = i;
            int singles = 0;
            int j = i;
            // A run: char, one space, char, one space, ... each token exactly one character.
            while (j < n && !Ascii.isWhitespace(t.charAt(j))
                    && (j + 1 == n || Ascii.isWhitespace(t.charAt(j + 1)))) {
                singles++;
                runEnd = j + 1;
                if (j + 2 < n && t.charAt(j + 1) == ' ' && !Ascii.isWhitespace(t.charAt(j + 2))) {
                    j += 2;
                } else {
                    break;
                }
            }
            if (singles >= MIN_SPACED_RUN) {
                if (drop == null) {
                    drop = new boolean[n];
                }
                for (int k = runStart; k < runEnd; k++) {
                    drop[k] = t.charAt(k) == ' ';
                }
            }
            i = Math.max(runEnd, i + 1);
        }
        if (drop == null) {
            return source;
        }
        NormalizedText.Builder out = new NormalizedText.Builder(source.original());
        for (int k = 0; k < n; k++) {
            if (!drop[k]) {
                out.append(source, k, k + 1);
            }
        }
        return out.build();
    }

    private NormalizedText resolveSeparators(NormalizedText source) {
        String t = source.text();
        String lower = source.lower();
        int n = t.length();
        NormalizedText.Builder out = null;
        int copied = 0;
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (c < 128 ? ASCII_WORD_CHAR[c] : Character.isLetterOrDigit(c)) {
                i++; // inside a word (white space is consumed below): no separator starts here
                continue;
            }
            // A separator, with the white space before and after it, at i.
            int sepStart = i;
            while (sepStart < n && t.charAt(sepStart) == ' ') {
                sepStart++;
            }
            boolean spaceBefore = sepStart > i;
            int[] match = matchSeparator(lower, i, sepStart, spaceBefore);
            if (match == null) {
                i = sepStart > i ? sepStart : i + 1;
                continue;
            }
            int sepEnd = match[0];
            int end = sepEnd;
            while (end < n && t.charAt(end) == ' ') {
                end++;
            }
            if (out == null) {
                out = new NormalizedText.Builder(source.original());
            }
            out.append(source, copied, i);
            out.append(String.valueOf((char) match[1]), source, sepStart, sepEnd);
            copied = end;
            i = end;
        }
        if (out == null) {
            return source;
        }
        out.append(source, copied, n);
        return out.build();
    }

    /**
     * The separator at {@code at} (white space before it runs from {@code from}): its end and
     * symbol, or null. Needs an address character before the white space and after the separator.
     */
    private int[] matchSeparator(String lower, int from, int at, boolean spaceBefore) {
        int n = lower.length();
        if (from == 0 || at >= n) {
            return null;
        }
        char c = lower.charAt(at);
        // Cheapest tests first: this runs at every character.
        boolean symbol = c == '@' || c == '.' || c == '/';
        Form[] candidates = formsByFirst[c & formsByFirst.length - 1];
        if (!symbol && (candidates == null || !spaceBefore && Character.isLetterOrDigit(c))
                || !isAddressChar(lower.charAt(from - 1))) {
            return null;
        }
        if (symbol) {
            // "anna @ gmail", "gmail . com", "example .com", "paypal . me / shop": only when there was space to drop.
            int after = at + 1;
            boolean spaceAfter = after < n && lower.charAt(after) == ' ';
            int next = skipSpaces(lower, after);
            boolean wanted = c == '@' ? (spaceBefore || spaceAfter) : spaceBefore;
            return wanted && next < n && isAddressChar(lower.charAt(next)) ? new int[] {after, c} : null;
        }
        // Here c may start a form; a bare word needs a space before it, a bracketed form starts with a bracket.
        for (Form form : candidates) {
            if (!lower.startsWith(form.text, at)) {
                continue;
            }
            int end = at + form.text.length();
            int next = skipSpaces(lower, end);
            if (next >= n || !isAddressChar(lower.charAt(next))) {
                continue;
            }
            if (!form.bracketed) {
                // A bare word needs white space on both sides: "dot" in "dotted" is no separator.
                if (!spaceBefore || next == end) {
                    continue;
                }
                if (form.symbol == '@' && !bareAtIsAddress(lower, from, next)
                        || form.nearAtOnly && !atNear(lower, at) && !tldAt(lower, next)) {
                    continue;
                }
            }
            return new int[] {end, form.symbol};
        }
        return null;
    }

    /**
     * A bare "at" between {@code name} and {@code domain} joins an address when the name holds a
     * dot, underscore or digit (or is itself spelled out); else, unless the name is a word after
     * which "at" is a preposition ("us", "directly"), when the domain's dot is spelled out or the
     * domain is a mail provider.
     */
    private boolean bareAtIsAddress(String lower, int nameEnd, int domainStart) {
        if (pathAfterDomain(lower, domainStart)) {
            return false; // "the diagram is at support dot voltline dot com slash t200": a page, not is@...
        }
        int nameStart = nameEnd;
        while (nameStart > 0 && nameEnd - nameStart < LOOK_AROUND && isLocalPartChar(lower.charAt(nameStart - 1))) {
            nameStart--;
        }
        for (int k = nameStart; k < nameEnd; k++) {
            char c = lower.charAt(k);
            if (c == '.' || c == '_' || Character.isDigit(c)) {
                return true;
            }
        }
        if (spelledDotBefore(lower, nameStart)) {
            return true;
        }
        if (prepositionAt.contains(lower.substring(nameStart, nameEnd))) {
            return false; // "shop with us directly at example dot co": a site, not directly@example.co
        }
        int labelEnd = labelEnd(lower, domainStart);
        if (mailProviders.contains(lower.substring(domainStart, labelEnd))) {
            return true;
        }
        int next = skipSpaces(lower, labelEnd);
        for (Form form : forms) {
            if (form.symbol == '.' && lower.startsWith(form.text, next) && (form.bracketed || next > labelEnd)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the domain that starts at {@code domainStart} goes on with a path ("/" or a word for
     * it): an address ends at its domain, a web page's does not. Reads labels joined by '.' or a
     * spelled dot, at most {@link #LOOK_AROUND} characters.
     */
    private boolean pathAfterDomain(String lower, int domainStart) {
        int i = domainStart;
        while (i - domainStart < LOOK_AROUND) {
            int end = labelEnd(lower, i);
            if (end == i) {
                return false;
            }
            int next = skipSpaces(lower, end);
            if (next >= lower.length()) {
                return false;
            }
            char c = lower.charAt(next);
            if (c == '/') {
                return true;
            }
            int after;
            if (c == '.') {
                after = next + 1;
            } else {
                Form form = wordSeparatorAt(lower, next, end);
                if (form == null || form.symbol != '.' && form.symbol != '/') {
                    return false;
                }
                if (form.symbol == '/') {
                    return true;
                }
                after = next + form.text.length();
            }
            i = skipSpaces(lower, after);
        }
        return false;
    }

    /** The written separator at {@code at}, or null; a bare word needs white space around it ({@code labelEnd}: where the space began). */
    private Form wordSeparatorAt(String lower, int at, int labelEnd) {
        for (Form form : forms) {
            int end = at + form.text.length();
            if (lower.startsWith(form.text, at)
                    && (form.bracketed || at > labelEnd && (end == lower.length() || lower.charAt(end) == ' '))) {
                return form;
            }
        }
        return null;
    }

    /**
     * Whether an '@', or a written one other than a bare "at", stands within {@link #LOOK_AROUND}
     * characters: "compta point maison arobase gmail point com" is an address, "le point de
     * retrait" is French for the pick-up point. A bare "at" counts before a mail provider: "tobi
     * at gmx punkt de".
     */
    private boolean atNear(String lower, int at) {
        int from = Math.max(0, at - LOOK_AROUND);
        int to = Math.min(lower.length(), at + LOOK_AROUND);
        for (int i = from; i < to; i++) {
            if (lower.charAt(i) == '@') {
                return true;
            }
        }
        for (Form form : forms) {
            if (form.symbol != '@') {
                continue;
            }
            boolean bare = form.text.equals("at");
            // Bounded to the window: an unbounded indexOf would make a text full of "point" quadratic.
            for (int i = from; i + form.text.length() <= to; i++) {
                if (lower.startsWith(form.text, i)
                        && (!bare || (i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1))) && providerAfter(lower, i + 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word of {@code mailProviders} follows {@code at} after a space: " gmx" in "at gmx punkt de". */
    private boolean providerAfter(String lower, int at) {
        int start = skipSpaces(lower, at);
        return start > at && mailProviders.contains(lower.substring(start, labelEnd(lower, start)));
    }

    /** The end of the domain label (letters, digits, '-') that starts at {@code start}, read at most {@link #LOOK_AROUND} far. */
    private static int labelEnd(String lower, int start) {
        int end = start;
        while (end < lower.length() && end - start < LOOK_AROUND
                && (Character.isLetterOrDigit(lower.charAt(end)) || lower.charAt(end) == '-')) {
            end++;
        }
        return end;
    }

    /**
     * Whether a top-level domain of {@code tldsAfterDotWord} stands as a whole word at {@code at}:
     * "atelier-mireille point fr" is a web address, although "point" alone is an everyday word.
     */
    private boolean tldAt(String lower, int at) {
        int end = at;
        while (end < lower.length() && end - at <= LONGEST_TLD && Character.isLetter(lower.charAt(end))) {
            end++;
        }
        // "com'è" is Italian, not ".com": an apostrophe or a letter after the word ends the reading.
        return end > at && end - at <= LONGEST_TLD
                && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)) && lower.charAt(end) != '\''
                        && lower.charAt(end) != '\u2019')
                && tldsAfterDotWord.contains(lower.substring(at, end));
    }

    private boolean spelledDotBefore(String lower, int nameStart) {
        int end = nameStart;
        while (end > 0 && lower.charAt(end - 1) == ' ') {
            end--;
        }
        for (Form form : forms) {
            if (form.symbol == '.' && end >= form.text.length() && lower.startsWith(form.text, end - form.text.length())
                    && (form.bracketed || end < nameStart)) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isLocalPartChar(char c) {
        return isAddressChar(c) || c == '.' || c == '+' || c == '%';
    }

    private static boolean isAddressChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
