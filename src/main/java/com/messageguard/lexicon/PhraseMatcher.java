package com.messageguard.lexicon;

import com.messageguard.text.MatchText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every phrase of every language pack in one trie of characters, built at start-up. Phrases start
 * at a word, so the trie is walked from each word start of a field's match text, one character
 * at a time, as long as some phrase continues; a phrase matches where its last character meets
 * the end of a word, or anywhere in the word when it ends in {@code *}. A walk is never longer
 * than the longest phrase, so the whole pass is linear in the text.
 *
 * <p>This is the anchored form of Aho-Corasick: the failure links are not needed because matches
 * may only begin at word starts. It replaced a general Aho-Corasick library that reported every
 * substring match (every "in" inside "instructions") and boxed each transition, which made it
 * the most expensive step of a check.
 *
 * <p>Each term class of each language is a <em>key</em> (a small int), so a pass files its hits
 * straight into one list per key. Stopwords, about half the words of any text, are only counted
 * per language: language detection needs nothing else of them.
 */
final class PhraseMatcher {

    /** Children below this character sit in a dense table: match text is mostly Latin letters. */
    private static final char DENSE_LIMIT = '\u0250';

    /** A phrase as the trie stores it; {@code key} is its class in its language, or -1 for a stopword. */
    private record Entry(int key, int language, String termClass, String code, String phrase, boolean prefix) {
    }

    /** A trie node: its children and the phrases ending here. */
    private static final class Node {
        /** Children for characters {@code denseBase + i}, all below {@link #DENSE_LIMIT}. */
        char denseBase;
        Node[] dense = new Node[0];
        /** Sorted children from {@link #DENSE_LIMIT} up (pictographs, rare scripts). */
        char[] sparseChars = new char[0];
        Node[] sparse = new Node[0];
        Entry[] exact = new Entry[0];
        Entry[] prefix = new Entry[0];

        Node child(char c) {
            if (c < DENSE_LIMIT) {
                int i = c - denseBase;
                return i >= 0 && i < dense.length ? dense[i] : null;
            }
            int i = Arrays.binarySearch(sparseChars, c);
            return i >= 0 ? sparse[i] : null;
        }
    }

    /** The trie while it is built: maps are easier to fill, arrays faster to walk. */
    private static final class Builder {
        final TreeMap<Character, Builder> children = new TreeMap<>();
        final List<Entry> exact = new ArrayList<>();
        final List<Entry> prefix = new ArrayList<>();

        Node freeze() {
            Node node = new Node();
            var dense = children.headMap(DENSE_LIMIT);
            var sparse = children.tailMap(DENSE_LIMIT);
            if (!dense.isEmpty()) {
                node.denseBase = dense.firstKey();
                node.dense = new Node[dense.lastKey() - node.denseBase + 1];
                dense.forEach((c, child) -> node.dense[c - node.denseBase] = child.freeze());
            }
            node.sparseChars = new char[sparse.size()];
            node.sparse = new Node[sparse.size()];
            int i = 0;
            for (var child : sparse.entrySet()) {
                node.sparseChars[i] = child.getKey();
                node.sparse[i++] = child.getValue().freeze();
            }
            node.exact = exact.toArray(new Entry[0]);
            node.prefix = prefix.toArray(new Entry[0]);
            return node;
        }
    }

    private final Node root;
    private final List<String> languages;
    /** Keys of each term class, by language index; -1 where a pack lacks the class. */
    private final Map<String, int[]> keys = new HashMap<>();
    private final List<String> keyClasses = new ArrayList<>();
    /** The keys of each term class in the languages that define it. */
    private final Map<String, int[]> presentKeys = new HashMap<>();
    private static final int[] NO_KEYS = new int[0];

    PhraseMatcher(List<LanguagePack> packs) {
        Builder builder = new Builder();
        List<String> codes = new ArrayList<>();
        for (LanguagePack pack : packs) {
            int language = codes.size();
            codes.add(pack.language());
            add(builder, -1, language, "stopword", pack.language(), pack.stopwords());
            pack.classes().forEach((termClass, phrases) -> {
                int key = keyClasses.size();
                keyClasses.add(termClass);
                keys.computeIfAbsent(termClass, c -> noKeys(packs.size()))[language] = key;
                add(builder, key, language, termClass, pack.language(), phrases);
            });
        }
        this.languages = List.copyOf(codes);
        keys.forEach((termClass, byLanguage) ->
                presentKeys.put(termClass, Arrays.stream(byLanguage).filter(k -> k >= 0).toArray()));
        this.root = builder.freeze();
    }

    private static void add(Builder root, int key, int language, String termClass, String code, List<String> phrases) {
        for (String written : phrases) {
            String stripped = written.strip();
            boolean prefix = stripped.endsWith("*");
            String keyword = MatchText.canonical(prefix ? stripped.substring(0, stripped.length() - 1) : stripped);
            if (keyword.isEmpty()) {
                continue;
            }
            Builder node = root;
            for (int i = 0; i < keyword.length(); i++) {
                node = node.children.computeIfAbsent(keyword.charAt(i), c -> new Builder());
            }
            Entry entry = new Entry(key, language, termClass, code, stripped, prefix);
            (prefix ? node.prefix : node.exact).add(entry);
        }
    }

    List<String> languages() {
        return languages;
    }

    private static int[] noKeys(int languages) {
        int[] none = new int[languages];
        Arrays.fill(none, -1);
        return none;
    }

    /** The index of a language among the packs, or -1. */
    int languageIndex(String language) {
        return languages.indexOf(language);
    }

    /** The key of a term class in the language of the given index, or -1 when the pack has no such class. */
    int key(String termClass, int language) {
        int[] byLanguage = keys.get(termClass);
        return byLanguage == null || language < 0 ? -1 : byLanguage[language];
    }

    /** The keys of a term class in every language that defines it. */
    int[] keysOf(String termClass) {
        return presentKeys.getOrDefault(termClass, NO_KEYS);
    }

    /** Every phrase of {@code text} (a match text), filed by key, and the stopwords of each language. */
    Matches find(String text) {
        Matches matches = new Matches(keyClasses.size(), languages.size());
        int n = text.length();
        for (int start = 0; start < n; start++) {
            if (isGap(text.charAt(start)) || start > 0 && !isGap(text.charAt(start - 1))) {
                continue;
            }
            Node node = root;
            for (int i = start; i < n; i++) {
                node = node.child(text.charAt(i));
                if (node == null) {
                    break;
                }
                int end = i + 1;
                if (node.exact.length > 0 && (end == n || isGap(text.charAt(end)))) {
                    for (Entry entry : node.exact) {
                        matches.add(entry, start, end);
                    }
                }
                if (node.prefix.length > 0) {
                    int wordStop = endOfWord(text, end);
                    for (Entry entry : node.prefix) {
                        matches.add(entry, start, wordStop);
                    }
                }
            }
        }
        matches.sort();
        return matches;
    }

    /** What one pass found: hits by key, sorted by start then end, and stopword counts by language. */
    static final class Matches {
        private static final List<PhraseHit> NONE = List.of();

        private final List<PhraseHit>[] byKey;
        private final int[] stopwords;

        @SuppressWarnings("unchecked")
        private Matches(int keys, int languages) {
            this.byKey = new List[keys];
            this.stopwords = new int[languages];
        }

        private void add(Entry entry, int start, int end) {
            if (entry.key() < 0) {
                stopwords[entry.language()]++;
                return;
            }
            List<PhraseHit> hits = byKey[entry.key()];
            if (hits == null) {
                hits = new ArrayList<>(2);
                byKey[entry.key()] = hits;
            }
            hits.add(new PhraseHit(entry.termClass(), entry.code(), start, end, entry.phrase()));
        }

        private void sort() {
            for (int key = 0; key < byKey.length; key++) {
                if (byKey[key] != null) {
                    byKey[key].sort(PhraseHit.ORDER);
                    byKey[key] = List.copyOf(byKey[key]); // rules share the lists: read-only
                }
            }
        }

        List<PhraseHit> of(int key) {
            List<PhraseHit> hits = key < 0 ? null : byKey[key];
            return hits == null ? NONE : hits;
        }

        int stopwords(int language) {
            return stopwords[language];
        }
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
