package com.messageguard.lexicon;

import com.messageguard.text.MatchText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Every phrase of every language pack in one Aho-Corasick automaton, built at start-up; one pass
 * over a field's match text finds them all. A hit must start at a word and end at one, unless
 * its phrase ends in {@code *}.
 */
final class PhraseMatcher {

    private record Entry(String termClass, String language, String phrase, boolean prefix) {
    }

    private final Trie trie;
    private final Map<String, List<Entry>> entries = new HashMap<>();

    PhraseMatcher(List<LanguagePack> packs) {
        Trie.TrieBuilder builder = Trie.builder();
        for (LanguagePack pack : packs) {
            add(builder, "stopword", pack.language(), pack.stopwords());
            pack.classes().forEach((termClass, phrases) -> add(builder, termClass, pack.language(), phrases));
        }
        this.trie = builder.build();
    }

    private void add(Trie.TrieBuilder builder, String termClass, String language, List<String> phrases) {
        for (String written : phrases) {
            boolean prefix = written.strip().endsWith("*");
            String phrase = prefix ? written.strip().substring(0, written.strip().length() - 1) : written;
            String keyword = MatchText.canonical(phrase);
            if (keyword.isEmpty()) {
                continue;
            }
            builder.addKeyword(keyword);
            entries.computeIfAbsent(keyword, k -> new ArrayList<>()).add(new Entry(termClass, language, written.strip(), prefix));
        }
    }

    List<PhraseHit> find(String text) {
        List<PhraseHit> hits = new ArrayList<>();
        for (Emit emit : trie.parseText(text)) {
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            if (start > 0 && !isGap(text.charAt(start - 1))) {
                continue;
            }
            boolean wordEnd = end == text.length() || isGap(text.charAt(end));
            for (Entry entry : entries.get(emit.getKeyword())) {
                if (wordEnd || entry.prefix) {
                    int hitEnd = entry.prefix ? endOfWord(text, end) : end;
                    hits.add(new PhraseHit(entry.termClass, entry.language, start, hitEnd, entry.phrase));
                }
            }
        }
        return hits;
    }

    private static int endOfWord(String text, int from) {
        int end = from;
        while (end < text.length() && !isGap(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isGap(char c) {
        return c == MatchText.WORD_GAP || c == MatchText.SENTENCE_GAP;
    }
}
