package com.messageguard.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * 20,000-character texts shaped to hurt one detector each (long digit runs, '@' and '.' runs,
 * repeated URL prefixes, emoji runs, ZWJ chains, combining marks, bidi controls, ...), shared by
 * the worst-case test and the JMH benchmark.
 */
public final class WorstCases {

    public static final int LENGTH = 20_000;

    private WorstCases() {
    }

    /** The hostile texts, by what they attack, in a stable order. */
    public static Map<String, String> all() {
        Random random = new Random(42);
        StringBuilder digits = new StringBuilder();
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
            mixed.append(" \n.-@:/()+<>&;[]_#*".charAt(random.nextInt(19)));
        }
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("random digits", digits.toString());
        cases.put("digits and dashes", repeat("555-"));
        cases.put("spaced digits", repeat("5 "));
        cases.put("plus signs", repeat("+"));
        cases.put("a@a@a@", repeat("a@"));
        cases.put("@ and . runs", repeat("@."));
        cases.put("dots", repeat("a."));
        cases.put("http:// repeated", repeat("http://"));
        cases.put("www. repeated", repeat("www."));
        cases.put("spelled separators", repeat("anna at gmail dot "));
        cases.put("letter spacing", repeat("a "));
        cases.put("5,000 emoji", "😀".repeat(5_000) + "👍🏽".repeat(2_500));
        cases.put("ZWJ chain", repeat("👨\u200D"));
        cases.put("regional indicators", repeat("\uD83C\uDDE9"));
        cases.put("combining marks", "a" + "\u0301".repeat(LENGTH - 1));
        cases.put("bidi controls", repeat("\u202Ea\u202C"));
        cases.put("zero-width spaces", repeat("a\u200B"));
        cases.put("mathematical bold", repeat("𝐛"));
        cases.put("full-width digits", repeat("５"));
        cases.put("html angle brackets", repeat("<a "));
        cases.put("ampersands", repeat("&a"));
        cases.put("line breaks", repeat("\n \n"));
        cases.put("one long word", repeat("x"));
        cases.put("street words", repeat("12 Main Street "));
        cases.put("review phrases", repeat("refund if you update your review 5 stars "));
        cases.put("thanks", repeat("Thank you. "));
        cases.put("reach words and handles", repeat("text @ab_c send x@y.de "));
        cases.put("payment words", repeat("pay by bank transfer or Venmo "));
        cases.put("letter O among digits", repeat("O7 9OO "));
        cases.put("hosts with paths", repeat("a.bc/d "));
        cases.put("random punctuation", mixed.toString());
        return cases;
    }

    /** {@code unit} repeated to exactly 20,000 UTF-16 units, never ending in half a surrogate pair. */
    public static String repeat(String unit) {
        StringBuilder out = new StringBuilder(LENGTH + unit.length());
        while (out.length() < LENGTH) {
            out.append(unit);
        }
        out.setLength(LENGTH);
        if (Character.isHighSurrogate(out.charAt(LENGTH - 1))) {
            out.setCharAt(LENGTH - 1, ' ');
        }
        return out.toString();
    }

}
