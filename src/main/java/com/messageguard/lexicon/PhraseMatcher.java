package com.messageguard.lexicon;

import com.messageguard.text.Elisions;
import com.messageguard.text.MatchText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
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

    /** The trie while it is built: maps are easier to fill, the flat array below faster to walk. */
    private static final class Builder {
        final TreeMap<Character, Builder> children = new TreeMap<>();
        final List<Entry> exact = new ArrayList<>();
        final List<Entry> prefix = new ArrayList<>();
        int offset;
        /** For the first link of a chain: the characters from it on and the node they lead to. */
        String chain;
        Builder chainEnd;

        /** A link of a chain: no phrase ends here and one child follows, with a character of the dense range. */
        boolean isLink() {
            return exact.isEmpty() && prefix.isEmpty() && children.size() == 1 && children.firstKey() < DENSE_LIMIT;
        }

        /** Follows the links from this one: their characters become the chain, the first node that is none its end. */
        void measureChain() {
            StringBuilder chars = new StringBuilder();
            Builder node = this;
            while (node.isLink()) {
                chars.append(node.children.firstKey());
                node = node.children.firstEntry().getValue();
            }
            chain = chars.toString();
            chainEnd = node;
        }

        /** The smallest code among the children below DENSE_LIMIT (0 for none) and the span up to the largest. */
        int denseBase;
        int denseLength;

        void measureDense(char[] codes) {
            int base = Integer.MAX_VALUE;
            int top = -1;
            for (char c : children.headMap(DENSE_LIMIT).keySet()) {
                base = Math.min(base, codes[c]);
                top = Math.max(top, codes[c]);
            }
            denseBase = top < 0 ? 0 : base;
            denseLength = top < 0 ? 0 : top - base + 1;
        }
    }

    /*
     * The frozen trie is one int array of node records, each followed by its dense child table, so
     * a step of the walk reads one record and one slot next to it rather than chasing a node
     * object and three arrays through the heap. A node is the offset of its record. Dense tables
     * are indexed by a character's code in the phrases' alphabet, most frequent characters first,
     * not by the character itself: a node with children ' ' and 'ü' then needs a few slots, not
     * 220, which keeps the trie small enough to stay in cache while a server runs. Children from
     * DENSE_LIMIT up (pictographs, rare scripts) are few: they sit in small sorted tables.
     *
     * A record is two ints: the dense table's base and length, and where the node's phrases and
     * sparse table are described in {@link #extras} (0: it has neither). Most nodes have neither,
     * so they take the two ints and their dense table, not three ints more.
     */
    /*
     * Most nodes (61,565 of 80,042 when this was written) are links of a chain: no phrase ends at
     * them and one character follows. The first link of each chain is stored as a chain record
     * instead, and the links after it not at all: its HEAD is CHAIN plus the number of characters,
     * then the offset of the node the chain leads to, then the characters, two to an int. A walk
     * compares them with the text in one loop and jumps to the end, where it reads that node's
     * phrases as usual: nothing ends inside a chain, so the walk files the same hits. That took
     * 39 % off the trie (179,346 ints, 294,268 before), and a walk along a phrase reads one cache
     * line, not one per character.
     */
    /** The dense table's base code, shifted by {@link #HALF}, plus its length; or CHAIN plus a chain's length. */
    private static final int HEAD = 0;
    /** The offset of the node's record in {@link #extras}, 0 for none. */
    private static final int EXTRA = 1;
    private static final int CHILDREN = 2;
    private static final int CHAIN = 1 << 31;
    /** In a chain record: the offset of the node the chain leads to; its characters follow. */
    private static final int CHAIN_END = 2;
    private static final int CHAIN_CHARS = 3;
    private static final int HALF = 16;
    /** In {@link #extras}: where the node's phrases start among the entries, the exact ones, then the prefix ones. */
    private static final int ENTRIES = 0;
    /** In {@link #extras}: the number of exact phrases, shifted by {@link #COUNT_BITS}, plus the number of prefix phrases. */
    private static final int COUNTS = 1;
    /** In {@link #extras}: the index of the node's sparse table, -1 for none. */
    private static final int SPARSE = 2;
    private static final int EXTRA_SIZE = 3;
    private static final int COUNT_BITS = 16;
    private static final int ROOT = 0;
    private static final int NONE = -1;

    private final int[] trie;
    /** Records of the nodes that end phrases or have a sparse table; the first is no node's. */
    private final int[] extras;
    /**
     * What a hit reports, by key and by entry (the phrases at the offsets ENTRIES gives): a key's
     * term class and language code, and each entry's phrase as written. Turning hits into
     * {@link PhraseHit}s had read the entry object of each, a trip to memory apiece (2.4 % of a
     * corpus message's check).
     */
    private final String[] keyClasses;
    private final String[] keyCodes;
    private final String[] entryPhrases;
    /**
     * Each entry's key, or {@code -1 - language} for a stopword: what a pass files a hit by,
     * without a trip to the entry object (a cache miss per hit).
     */
    private final int[] entryKeys;
    /** The code of each character below DENSE_LIMIT in the phrases' alphabet, from 1; 0 when no phrase has it. */
    private final char[] codes;
    /** Sorted characters and children of each node's sparse table, by the index SPARSE gives (-1: none). */
    private final char[][] sparseChars;
    private final int[][] sparseChildren;

    private int child(int node, char c) {
        if (c < DENSE_LIMIT) {
            int head = trie[node + HEAD];
            int k = codes[c] - (head >>> HALF);
            return k >= 0 && k < (head & (1 << HALF) - 1) ? trie[node + CHILDREN + k] : NONE;
        }
        int extra = trie[node + EXTRA];
        int sparse = extra == 0 ? NONE : extras[extra + SPARSE];
        if (sparse < 0) {
            return NONE;
        }
        int k = Arrays.binarySearch(sparseChars[sparse], c);
        return k >= 0 ? sparseChildren[sparse][k] : NONE;
    }

    private final List<String> languages;
    /** The elided words of every pack, with their apostrophe ("l'", "dell'"). */
    private final Elisions elisions;
    /** Keys of each term class, by language index; -1 where a pack lacks the class. */
    private final Map<String, int[]> keys = new HashMap<>();
    /**
     * The same, by identity: rules name classes with string literals, which the JVM interns, and
     * the class names read from the packs are interned too. A look-up by identity costs no
     * {@code equals} call; {@link HashMap#get} on this path measured several per cent of a check
     * under load.
     */
    private final Map<String, int[]> keysByIdentity = new IdentityHashMap<>();
    private int keyCount;
    /** The keys of each term class in the languages that define it. */
    private final Map<String, int[]> presentKeys = new HashMap<>();
    private static final int[] NO_KEYS = new int[0];

    PhraseMatcher(List<LanguagePack> packs) {
        this(packs, true);
    }

    /** With {@code chains} false every link keeps a node record: the layout a test compares the chains with. */
    PhraseMatcher(List<LanguagePack> packs, boolean chains) {
        Builder builder = new Builder();
        List<String> codes = new ArrayList<>();
        for (LanguagePack pack : packs) {
            int language = codes.size();
            codes.add(pack.language());
            add(builder, -1, language, "stopword", pack.language(), pack.stopwords(), InformalSpellings.NONE, List.of());
            InformalSpellings informal = new InformalSpellings(pack.informal());
            List<String> hyphenated = pack.hyphenated().stream().map(MatchText::canonical).toList();
            pack.classes().forEach((termClass, phrases) -> {
                int key = keyCount++;
                keys.computeIfAbsent(termClass, c -> noKeys(packs.size()))[language] = key;
                add(builder, key, language, termClass, pack.language(), conjugated(phrases, pack.verbs()), informal,
                        hyphenated);
            });
        }
        this.languages = List.copyOf(codes);
        this.elisions = elisionsOf(packs);
        Frozen frozen = freeze(builder, chains);
        this.trie = frozen.trie();
        this.extras = frozen.extras();
        Entry[] entries = frozen.entries();
        this.entryKeys = Arrays.stream(entries).mapToInt(e -> e.key() >= 0 ? e.key() : -1 - e.language()).toArray();
        this.entryPhrases = Arrays.stream(entries).map(Entry::phrase).toArray(String[]::new);
        this.keyClasses = new String[keyCount];
        this.keyCodes = new String[keyCount];
        for (Entry entry : entries) {
            if (entry.key() >= 0) {
                keyClasses[entry.key()] = entry.termClass();
                keyCodes[entry.key()] = entry.code();
            }
        }
        this.codes = frozen.codes();
        this.sparseChars = frozen.sparseChars();
        this.sparseChildren = frozen.sparseChildren();
        keys.forEach((termClass, byLanguage) -> keysByIdentity.put(termClass.intern(), byLanguage));
        keys.forEach((termClass, byLanguage) ->
                presentKeys.put(termClass, Arrays.stream(byLanguage).filter(k -> k >= 0).toArray()));
    }

    /** The arrays of the frozen trie, as {@link #freeze} lays them out. */
    private record Frozen(int[] trie, int[] extras, Entry[] entries, char[] codes, char[][] sparseChars,
                          int[][] sparseChildren) {
    }

    private static Frozen freeze(Builder root, boolean chains) {
        // Breadth first, so a node's children lie close to it and to each other. A link reached
        // here starts a chain (the root is none: it has many children); its end follows it.
        List<Builder> order = new ArrayList<>();
        order.add(root);
        for (int i = 0; i < order.size(); i++) {
            Builder node = order.get(i);
            if (chains && node != root && node.isLink()) {
                node.measureChain();
                order.add(node.chainEnd);
            } else {
                order.addAll(node.children.values());
            }
        }
        char[] codes = alphabet(order.stream().filter(node -> node.chain == null).toList());
        int size = 0;
        int entryCount = 0;
        int extraCount = 1;
        for (Builder node : order) {
            node.offset = size;
            if (node.chain != null) {
                size += CHAIN_CHARS + (node.chain.length() + 1) / 2;
                continue;
            }
            node.measureDense(codes);
            size += CHILDREN + node.denseLength;
            entryCount += node.exact.size() + node.prefix.size();
            if (hasExtra(node)) {
                extraCount++;
            }
        }
        int[] trie = new int[size];
        int[] extras = new int[extraCount * EXTRA_SIZE];
        extras[SPARSE] = NONE;
        Entry[] entries = new Entry[entryCount];
        List<char[]> sparseCharList = new ArrayList<>();
        List<int[]> sparseChildList = new ArrayList<>();
        int entry = 0;
        int extra = EXTRA_SIZE;
        for (Builder node : order) {
            int at = node.offset;
            if (node.chain != null) {
                writeChain(trie, at, node);
                continue;
            }
            int base = node.denseBase;
            if (base >= 1 << HALF || node.denseLength >= 1 << HALF) {
                throw new IllegalStateException("the phrases' alphabet is too large for a dense table");
            }
            trie[at + HEAD] = base << HALF | node.denseLength;
            Arrays.fill(trie, at + CHILDREN, at + CHILDREN + node.denseLength, NONE);
            if (node.exact.size() >= 1 << COUNT_BITS || node.prefix.size() >= 1 << COUNT_BITS) {
                throw new IllegalStateException("more than " + ((1 << COUNT_BITS) - 1) + " phrases end at one node");
            }
            var sparse = node.children.tailMap(DENSE_LIMIT);
            if (hasExtra(node)) {
                trie[at + EXTRA] = extra;
                extras[extra + ENTRIES] = entry;
                extras[extra + COUNTS] = node.exact.size() << COUNT_BITS | node.prefix.size();
                extras[extra + SPARSE] = sparse.isEmpty() ? NONE : sparseCharList.size();
                extra += EXTRA_SIZE;
            }
            for (Entry e : node.exact) {
                entries[entry++] = e;
            }
            for (Entry e : node.prefix) {
                entries[entry++] = e;
            }
            if (!sparse.isEmpty()) {
                char[] chars = new char[sparse.size()];
                int[] children = new int[sparse.size()];
                int k = 0;
                for (var child : sparse.entrySet()) {
                    chars[k] = child.getKey();
                    children[k++] = child.getValue().offset;
                }
                sparseCharList.add(chars);
                sparseChildList.add(children);
            }
            node.children.headMap(DENSE_LIMIT).forEach((c, child) ->
                    trie[at + CHILDREN + codes[c] - base] = child.offset);
        }
        return new Frozen(trie, extras, entries, codes, sparseCharList.toArray(new char[0][]),
                sparseChildList.toArray(new int[0][]));
    }

    /** The chain record of a chain's first link at {@code at}: see the layout above. */
    private static void writeChain(int[] trie, int at, Builder node) {
        String chain = node.chain;
        if (chain.length() >= 1 << HALF) {
            throw new IllegalStateException("a phrase chain of " + chain.length() + " characters");
        }
        trie[at + HEAD] = CHAIN | chain.length();
        trie[at + EXTRA] = 0;
        trie[at + CHAIN_END] = node.chainEnd.offset;
        for (int k = 0; k < chain.length(); k++) {
            trie[at + CHAIN_CHARS + k / 2] |= chain.charAt(k) << (k % 2 * Character.SIZE);
        }
    }

    /** Whether {@code text} continues at {@code from} with every character of the chain record at {@code chain}. */
    private boolean followsChain(String text, int from, int chain, int length) {
        for (int k = 0; k < length; k++) {
            if (text.charAt(from + k) != (char) (trie[chain + CHAIN_CHARS + k / 2] >>> (k % 2 * Character.SIZE))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a node needs a record in {@code extras}: it ends phrases or has children from DENSE_LIMIT up. */
    private static boolean hasExtra(Builder node) {
        return !node.exact.isEmpty() || !node.prefix.isEmpty() || !node.children.tailMap(DENSE_LIMIT).isEmpty();
    }

    /** Codes from 1 for the characters below DENSE_LIMIT that phrases use, the most frequent first. */
    private static char[] alphabet(List<Builder> nodes) {
        int[] edges = new int[DENSE_LIMIT];
        for (Builder node : nodes) {
            node.children.headMap(DENSE_LIMIT).keySet().forEach(c -> edges[c]++);
        }
        List<Character> used = new ArrayList<>();
        for (char c = 0; c < DENSE_LIMIT; c++) {
            if (edges[c] > 0) {
                used.add(c);
            }
        }
        used.sort((a, b) -> edges[b] != edges[a] ? Integer.compare(edges[b], edges[a]) : Character.compare(a, b));
        char[] codes = new char[DENSE_LIMIT];
        for (int i = 0; i < used.size(); i++) {
            codes[used.get(i)] = (char) (i + 1);
        }
        return codes;
    }

    /** The phrases with each verb named once ({@code {dejar}}) written out in all its forms. */
    private static List<String> conjugated(List<String> phrases, VerbForms verbs) {
        List<String> out = new ArrayList<>(phrases.size());
        for (String phrase : phrases) {
            out.addAll(verbs.expand(phrase.strip()));
        }
        return out;
    }

    /**
     * {@code keyword} (canonical: words joined by single spaces) with every word {@code pronoun}
     * after another word joined to it, as the match text reads "écrivez-moi"; null when it has none.
     */
    private static String joined(String keyword, String pronoun) {
        String[] words = keyword.split(String.valueOf(MatchText.WORD_GAP));
        StringBuilder out = new StringBuilder(keyword.length());
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            boolean join = i > 0 && words[i].equals(pronoun);
            if (i > 0 && !join) {
                out.append(MatchText.WORD_GAP);
            }
            out.append(words[i]);
            changed |= join;
        }
        return changed ? out.toString() : null;
    }

    private static void add(Builder root, int key, int language, String termClass, String code, List<String> phrases,
                            InformalSpellings informal, List<String> hyphenated) {
        for (String written : phrases) {
            String stripped = written.strip();
            boolean prefix = stripped.endsWith("*");
            String keyword = MatchText.canonical(prefix ? stripped.substring(0, stripped.length() - 1) : stripped);
            if (keyword.isEmpty()) {
                continue;
            }
            Entry entry = new Entry(key, language, termClass, code, stripped, prefix);
            if (key < 0) {
                // Stopwords are found as written, or "für" would vote German for the English "fur".
                insert(root, keyword, entry);
                continue;
            }
            // Sellers typing on a phone leave accents out ("etoiles", "valoracion") and shorten words
            // ("can u pls"): a phrase is also found typed that way.
            List<String> spellings = new ArrayList<>(informal.variants(keyword));
            spellings.add(0, keyword);
            // A pronoun joined to its verb by a hyphen ("écrivez-moi") is one word of the match text.
            for (int i = 0, typed = spellings.size(); i < typed; i++) {
                for (String pronoun : hyphenated) {
                    String joined = joined(spellings.get(i), pronoun);
                    if (joined != null) {
                        spellings.add(joined);
                    }
                }
            }
            for (String spelling : spellings) {
                insert(root, spelling, entry);
                String unaccented = unaccentedVariant(spelling);
                if (unaccented != null) {
                    insert(root, unaccented, entry);
                }
            }
        }
    }

    /** Files {@code entry} under {@code keyword}, once per class there ("étoiles" and "etoiles" both listed). */
    private static void insert(Builder root, String keyword, Entry entry) {
        Builder node = root;
        for (int i = 0; i < keyword.length(); i++) {
            node = node.children.computeIfAbsent(keyword.charAt(i), c -> new Builder());
        }
        List<Entry> entries = entry.prefix() ? node.prefix : node.exact;
        for (Entry there : entries) {
            if (there.key() == entry.key() && there.language() == entry.language()) {
                return;
            }
        }
        entries.add(entry);
    }

    /**
     * The phrase without its accents, or null when it has none or is one short word: there the
     * accent tells apart an everyday word ("dé" give and "de" of, "sí" and "si", "más" and "mas").
     */
    private static String unaccentedVariant(String keyword) {
        String unaccented = withoutAccents(keyword);
        boolean shortWord = keyword.length() <= SHORT_ACCENTED_WORD && keyword.indexOf(MatchText.WORD_GAP) < 0;
        return unaccented.equals(keyword) || shortWord ? null : unaccented;
    }

    /** One-word phrases this short keep their accents (see {@link #unaccentedVariant}). */
    private static final int SHORT_ACCENTED_WORD = 3;

    /** {@code text} with the marks of its decomposed letters dropped: "étoiles" reads "etoiles", "ß" stays. */
    static String withoutAccents(String text) {
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return java.text.Normalizer.normalize(out, java.text.Normalizer.Form.NFC);
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

    /** The ints the frozen trie takes. */
    int trieSize() {
        return trie.length;
    }

    /** How many keys there are: every term class of every pack. */
    int keyCount() {
        return keyCount;
    }

    /** The key of a term class in the language of the given index, or -1 when the pack has no such class. */
    int key(String termClass, int language) {
        int[] byLanguage = keysByIdentity.get(termClass);
        if (byLanguage == null) {
            byLanguage = keys.get(termClass); // a name built at run time
        }
        return byLanguage == null || language < 0 ? -1 : byLanguage[language];
    }

    /** The keys of a term class in every language that defines it. */
    int[] keysOf(String termClass) {
        return presentKeys.getOrDefault(termClass, NO_KEYS);
    }

    /** The elisions of every pack: a draft's language is known only after the phrases are found. */
    static Elisions elisionsOf(List<LanguagePack> packs) {
        List<String> all = new ArrayList<>();
        for (LanguagePack pack : packs) {
            all.addAll(pack.elisions());
        }
        return new Elisions(all);
    }

    /**
     * Every phrase of a match text, filed by key, and the stopwords of each language. A word that
     * opens with an elided article or preposition of a pack's {@code elisions} ("l'annulation",
     * "dell'ordine") is read from its start and again from after the apostrophe, so "annul*" finds
     * "l'annulation" without a second phrase written with the article.
     */
    Matches find(MatchText words) {
        String text = words.text();
        Matches matches = new Matches(this, languages.size(), words.wordCount());
        for (int w = 0, count = words.wordCount(); w < count; w++) {
            int start = words.wordStart(w);
            walk(text, start, matches, -1);
            int elided = elisions.isEmpty() ? -1 : elisions.after(text, start, words.wordEnd(w));
            if (elided > 0) {
                walk(text, elided, matches, start);
            }
        }
        return matches;
    }

    /**
     * Files the phrases that start at {@code start}. From after an elision ({@code wordStart} the
     * word's own start, else -1) stopwords are not counted again, and a phrase the word's own start
     * already found to the same end ("l'avis" and "avis") is not filed twice.
     */
    private void walk(String text, int start, Matches matches, int wordStart) {
        int n = text.length();
        int node = ROOT;
        for (int i = start; i < n; i++) {
            node = child(node, text.charAt(i));
            if (node == NONE) {
                break;
            }
            int head = trie[node + HEAD];
            if (head < 0) {
                int length = head & ~CHAIN;
                if (i + length >= n || !followsChain(text, i + 1, node, length)) {
                    break;
                }
                i += length;
                node = trie[node + CHAIN_END];
            }
            int extra = trie[node + EXTRA];
            int counts = extra == 0 ? 0 : extras[extra + COUNTS];
            if (counts == 0) {
                continue;
            }
            int end = i + 1;
            int exact = counts >>> COUNT_BITS;
            int first = extras[extra + ENTRIES];
            if (exact > 0 && (end == n || isGap(text.charAt(end)))) {
                for (int k = first, last = k + exact; k < last; k++) {
                    file(matches, k, start, end, wordStart);
                }
            }
            int prefix = counts & (1 << COUNT_BITS) - 1;
            if (prefix > 0) {
                int wordStop = endOfWord(text, end);
                for (int k = first + exact, last = k + prefix; k < last; k++) {
                    file(matches, k, start, wordStop, wordStart);
                }
            }
        }
    }

    private void file(Matches matches, int entry, int start, int end, int wordStart) {
        int key = entryKeys[entry];
        if (wordStart < 0 || key >= 0 && !matches.lastHitIs(key, wordStart, end)) {
            matches.add(entry, key, start, end);
        }
    }

    /**
     * What one pass found: hits by key and stopword counts by language. A pass finds the hits of
     * every language, but a draft is read in one, so a hit is kept as three ints chained to its
     * key and becomes a {@link PhraseHit} only when a rule asks for its key. The chains hang off a
     * small open-addressing table of the keys that have hits (a few dozen of the several hundred
     * there are), so a pass allocates for what it found, not for every key.
     */
    static final class Matches {
        private static final List<PhraseHit> NO_HITS = List.of();
        private static final int EMPTY = -1;

        private final int[] stopwords;
        /** Per slot: a key with hits (or EMPTY), 1 + the index of its first and last hit, its hits once asked for. */
        private int[] slotKeys = emptySlots(32);
        private int[] firstHits = new int[32];
        private int[] lastHits = new int[32];
        private List<PhraseHit>[] lists;
        private int keysWithHits;
        private final PhraseMatcher matcher;
        /** Per hit: its entry's index, start and end, and 1 + the next hit of its key (0: none). */
        private int[] entryOf;
        private int[] starts;
        private int[] ends;
        private int[] next;
        private int size;

        /**
         * Room for the hits a field of {@code words} words mostly has: the corpus bodies have 1.16
         * per word (8,520 for 7,331 words), stopwords not counted. Grown from 16, they were allocated
         * three times (16, 32, 64) for a body of the corpus's mean 38 words. At most 1,024 to start
         * with: a 20,000-character text of single letters has 10,000 words and no hits.
         */
        private Matches(PhraseMatcher matcher, int languages, int words) {
            this.matcher = matcher;
            this.stopwords = new int[languages];
            int capacity = Math.min(1024, Math.max(16, words + words / 4));
            entryOf = new int[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
            next = new int[capacity];
        }

        private static int[] emptySlots(int capacity) {
            int[] slots = new int[capacity];
            Arrays.fill(slots, EMPTY);
            return slots;
        }

        /** The slot of {@code key}, or the empty slot where it would go. */
        private static int slot(int[] slotKeys, int key) {
            int mask = slotKeys.length - 1;
            int slot = (key * 0x9E3779B9 >>> 16) & mask;
            while (slotKeys[slot] != EMPTY && slotKeys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        /** A hit of entry {@code entry}, whose key is {@code key} ({@code -1 - language} for a stopword). */
        private void add(int entry, int key, int start, int end) {
            if (key < 0) {
                stopwords[-1 - key]++;
                return;
            }
            if (size == starts.length) {
                entryOf = Arrays.copyOf(entryOf, size * 2);
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                next = Arrays.copyOf(next, size * 2);
            }
            entryOf[size] = entry;
            starts[size] = start;
            ends[size] = end;
            next[size] = 0;
            size++;
            int slot = slot(slotKeys, key);
            if (slotKeys[slot] == EMPTY) {
                if (2 * (keysWithHits + 1) > slotKeys.length) {
                    grow();
                    slot = slot(slotKeys, key);
                }
                slotKeys[slot] = key;
                firstHits[slot] = size;
                keysWithHits++;
            } else {
                next[lastHits[slot] - 1] = size;
            }
            lastHits[slot] = size;
        }

        /** Doubles the table; only {@link #add} grows it, before any list is made. */
        private void grow() {
            int[] oldKeys = slotKeys;
            int[] oldFirst = firstHits;
            int[] oldLast = lastHits;
            slotKeys = emptySlots(oldKeys.length * 2);
            firstHits = new int[slotKeys.length];
            lastHits = new int[slotKeys.length];
            for (int old = 0; old < oldKeys.length; old++) {
                if (oldKeys[old] != EMPTY) {
                    int slot = slot(slotKeys, oldKeys[old]);
                    slotKeys[slot] = oldKeys[old];
                    firstHits[slot] = oldFirst[old];
                    lastHits[slot] = oldLast[old];
                }
            }
        }

        /** Whether the last hit filed for {@code key} spans {@code [start, end)}. */
        private boolean lastHitIs(int key, int start, int end) {
            int slot = slot(slotKeys, key);
            if (slotKeys[slot] == EMPTY) {
                return false;
            }
            int last = lastHits[slot] - 1;
            return starts[last] == start && ends[last] == end;
        }

        /** The hits of a key, sorted by start, then end; read-only, as rules share them. */
        @SuppressWarnings("unchecked")
        List<PhraseHit> of(int key) {
            if (key < 0 || keysWithHits == 0) {
                return NO_HITS;
            }
            int slot = slot(slotKeys, key);
            if (slotKeys[slot] == EMPTY) {
                return NO_HITS;
            }
            if (lists == null) {
                lists = new List[slotKeys.length];
            }
            if (lists[slot] == null) {
                int count = 0;
                for (int h = firstHits[slot]; h != 0; h = next[h - 1]) {
                    count++;
                }
                // One array of the exact size, sorted and wrapped: a growing list and its copy were two.
                PhraseHit[] hits = new PhraseHit[count];
                String termClass = matcher.keyClasses[key];
                String code = matcher.keyCodes[key];
                String[] phrases = matcher.entryPhrases;
                int i = 0;
                for (int h = firstHits[slot]; h != 0; h = next[h - 1]) {
                    hits[i++] = new PhraseHit(termClass, code, starts[h - 1], ends[h - 1], phrases[entryOf[h - 1]]);
                }
                Arrays.sort(hits, PhraseHit.ORDER);
                lists[slot] = Collections.unmodifiableList(Arrays.asList(hits));
            }
            return lists[slot];
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
