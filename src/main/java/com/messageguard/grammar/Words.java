package com.messageguard.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a text as the noise filter reads them: runs of characters between white space,
 * each with its core (the run without the punctuation around it), its line, and whether it starts
 * a sentence. A hand scan, linear in the text.
 */
final class Words {

    /** Abbreviations of this length or shorter ("Mr.", "Mme.", "Sig.") do not end a sentence. */
    private static final int ABBREVIATION = 4;

    /**
     * One word: {@code [start, end)} is its core in the text ({@code "(ASIN"} has the core
     * {@code ASIN}), {@code line} counts from 0, {@code sentenceStart} is true for the first word
     * of the text, of a line, or after a word that {@code closesSentence} (a full stop that ends no
     * abbreviation, a question, exclamation or colon mark).
     */
    record Word(int start, int end, String core, int line, boolean sentenceStart, boolean closesSentence) {
    }

    private Words() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int line = 0;
        boolean sentenceStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n') {
                    line++;
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int tokenEnd = i;
            while (tokenEnd < n && !Character.isWhitespace(text.charAt(tokenEnd))) {
                tokenEnd++;
            }
            int start = i;
            int end = tokenEnd;
            while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
                start++;
            }
            while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                String core = text.substring(start, end);
                boolean closes = closesSentence(text.charAt(tokenEnd - 1), core);
                words.add(new Word(start, end, core, line, sentenceStart, closes));
                sentenceStart = closes;
            }
            i = tokenEnd;
        }
        return words;
    }

    private static boolean closesSentence(char last, String core) {
        if (last == '.') {
            return !(core.length() <= ABBREVIATION && Character.isUpperCase(core.charAt(0)) && isLetters(core));
        }
        return last == '!' || last == '?' || last == ':' || last == '…';
    }

    private static boolean isLetters(String core) {
        for (int i = 0; i < core.length(); i++) {
            if (!Character.isLetter(core.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
