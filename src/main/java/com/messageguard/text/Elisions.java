package com.messageguard.text;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The elided articles and prepositions of the language packs ("l'", "d'", "dell'"): a word of a
 * match text that opens with one is also read from after its apostrophe, by the phrase trie and by
 * the contact word lists alike ("l'annulation" as "annulation", "d'écrire" as "écrire").
 */
public final class Elisions {

    public static final Elisions NONE = new Elisions(Set.of());

    private final Set<String> forms = new HashSet<>();
    /** The longest form: an apostrophe further into a word ends no elision. */
    private final int longest;

    public Elisions(Collection<String> forms) {
        int max = 0;
        for (String form : forms) {
            this.forms.add(form.toLowerCase(Locale.ROOT));
            max = Math.max(max, form.length());
        }
        this.longest = max;
    }

    public boolean isEmpty() {
        return forms.isEmpty();
    }

    /**
     * Where the word {@code [start, end)} of a match text goes on after an elided form it opens
     * with, or -1: the rest must hold a character of its own.
     */
    public int after(String text, int start, int end) {
        int limit = Math.min(end - 1, start + longest);
        for (int i = start + 1; i < limit; i++) {
            if (text.charAt(i) == '\'') { // the match text writes every apostrophe so
                return forms.contains(text.substring(start, i + 1)) ? i + 1 : -1;
            }
        }
        return -1;
    }
}
