package com.messageguard.grammar;

import java.util.List;

/**
 * What LanguageTool found, in its own terms but none of its types: characters
 * {@code [start, end)} of the text it was given, its rule id, its explanation (plain text, in the
 * draft's language), its first replacements, and whether a spelling dictionary found it.
 */
record GrammarMatch(int start, int end, String ruleId, String explanation, List<String> replacements,
                    boolean spelling) {

    GrammarMatch {
        replacements = List.copyOf(replacements);
    }
}
