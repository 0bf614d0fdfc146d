package com.messageguard.lexicon;

import com.messageguard.text.MatchText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 */
final class PhraseMatcher {

    private record Entry(String termClass, String language, String phrase, boolean prefix) {
    }

    /** A trie node: sorted outgoing characters with their children, and the phrases ending here. */
    private static final class Node {
        char[] chars = new char[0];
        Node[] children = new Node[0];
        Entry[] exact = new Entry[0];
        Entry[] prefix = new Entry[0];

        Node child(char c) {
            int i = Arrays.binarySearch(chars, c);
            return i >= 0 ? children[i] : null;
        }
    }

    /** The trie while it is built: maps are easier to fill, arrays faster to walk. */
    private static final class Builder {
        final TreeMap<Character, Builder> children = new TreeMap<>();
        final List<Entry> exact = new ArrayList<>();
        final List<Entry> prefix = new ArrayList<>();

        Node freeze() {
            Node node = new Node();
            node.chars = new char[children.size()];
            node.children = new Node[children.size()];
            int i = 0;
            for (var child : children.entrySet()) {
                node.chars[i] = child.getKey();
                node.children[i++] = child.getValue().freeze();
            }
            node.exact = exact.toArray(new Entry[0]);
            node.prefix = prefix.toArray(new Entry[0]);
            return node;
        }
    }

    private final Node root;

    PhraseMatcher(List<LanguagePack> packs) {
        Builder builder = new Builder();
        for (LanguagePack pack : packs) {
            add(builder, "stopword", pack.language(), pack.stopwords());
            pack.classes().forEach((termClass, phrases) -> add(builder, termClass, pack.language(), phrases));
        }
        this.root = builder.freeze();
    }

    private static void add(Builder root, String termClass, String language, List<String> phrases) {
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
            Entry entry = new Entry(termClass, language, stripped, prefix);
            (prefix ? node.prefix : node.exact).add(entry);
        }
    }

    List<PhraseHit> find(String text) {
        List<PhraseHit> hits = new ArrayList<>();
        int n = text.length();
        for (int start = 0; start < n; start++) {
            if (isGap(text.charAt(start)) || start > 0 && !isGap(text.charAt(start - 1))) {
                continue;
            }
            Node node = root;
            for (int i = start; i < n && node != null; i++) {
                node = node.child(text.charAt(i));
                if (node == null) {
                    break;
                }
                int end = i + 1;
                boolean wordEnd = end == n || isGap(text.charAt(end));
                if (wordEnd) {
                    for (Entry entry : node.exact) {
                        hits.add(new PhraseHit(entry.termClass(), entry.language(), start, end, entry.phrase()));
                    }
                }
                if (node.prefix.length > 0) {
                    int wordStop = endOfWord(text, end);
                    for (Entry entry : node.prefix) {
                        hits.add(new PhraseHit(entry.termClass(), entry.language(), start, wordStop, entry.phrase()));
                    }
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
