package com.messageguard.lexicon;

import com.messageguard.text.MatchText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a language pack's words are typed in a hurry ({@code informal} of the pack: "you" as "u",
 * "please" as "pls", "por favor" as "porfa"): the spellings under which each of its phrases is
 * found as well. Whole words only, in the match text's form; at most {@value #MAX_VARIANTS}
 * spellings per phrase, so a long phrase of common words cannot grow the trie without bound.
 */
final class InformalSpellings {

    static final InformalSpellings NONE = new InformalSpellings(Map.of());
    static final int MAX_VARIANTS = 16;

    /** Canonical word or words, with their canonical informal spellings. */
    private final Map<String, List<String>> spellings = new java.util.LinkedHashMap<>();

    InformalSpellings(Map<String, List<String>> informal) {
        informal.forEach((word, typed) -> {
            List<String> canonical = new ArrayList<>();
            for (String t : typed) {
                canonical.add(MatchText.canonical(t));
            }
            spellings.put(MatchText.canonical(word), canonical);
        });
    }

    /** The phrase (canonical) typed informally, each way at most once; the phrase itself not among them. */
    List<String> variants(String phrase) {
        if (spellings.isEmpty()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        found.add(phrase);
        for (Map.Entry<String, List<String>> spelling : spellings.entrySet()) {
            for (String variant : List.copyOf(found)) {
                for (String typed : spelling.getValue()) {
                    String replaced = replaceWord(variant, spelling.getKey(), typed);
                    if (replaced != null && found.size() < MAX_VARIANTS + 1) {
                        found.add(replaced);
                    }
                }
            }
        }
        found.remove(phrase);
        return List.copyOf(found);
    }

    /** {@code text} with every whole-word {@code word} replaced by {@code typed}, or null when it has none. */
    private static String replaceWord(String text, String word, String typed) {
        StringBuilder out = null;
        int from = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean whole = (at == 0 || text.charAt(at - 1) == MatchText.WORD_GAP)
                    && (end == text.length() || text.charAt(end) == MatchText.WORD_GAP);
            if (!whole || at < from) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, from, at).append(typed);
            from = end;
        }
        return out == null ? null : out.append(text, from, text.length()).toString();
    }
}
