package com.messageguard.detect.emoji;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.messageguard.ruledata.Checks;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code rules/emoji.yaml}: the text emoticons, the text-default pictographs that count as emoji
 * without U+FE0F, and the quantity words that turn {@code <3} into a comparison.
 *
 * @param emoticons        emoticons by group (the group names are free), matched exactly
 * @param textDefaultEmoji single text-default emoji characters that count without U+FE0F
 * @param quantityWords    words after an emoticon ending in a digit that make it a number
 */
public record EmojiData(
        Map<String, List<String>> emoticons,
        List<String> textDefaultEmoji,
        List<String> quantityWords) implements Checks.Checked {

    static final int MAX_EMOTICON_LENGTH = 16;

    public EmojiData {
        emoticons = emoticons == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(emoticons));
        textDefaultEmoji = textDefaultEmoji == null ? null : List.copyOf(textDefaultEmoji);
        quantityWords = quantityWords == null ? null : List.copyOf(quantityWords);
    }

    @Override
    public void check(Checks checks) {
        if (checks.required("emoticons", emoticons) && emoticons.isEmpty()) {
            checks.fail("emoticons", "must list at least one group");
        }
        if (emoticons != null) {
            Set<String> seen = new HashSet<>();
            emoticons.forEach((group, list) -> checkGroup(checks, "emoticons." + group, list, seen));
        }
        if (checks.required("textDefaultEmoji", textDefaultEmoji)) {
            for (int i = 0; i < textDefaultEmoji.size(); i++) {
                checkTextDefault(checks, "textDefaultEmoji[" + i + "]", textDefaultEmoji.get(i));
            }
        }
        checks.nonEmptyTexts("quantityWords", quantityWords);
        if (quantityWords != null) {
            for (int i = 0; i < quantityWords.size(); i++) {
                String word = quantityWords.get(i);
                if (word != null && !word.isBlank() && !word.codePoints().allMatch(Character::isLetter)) {
                    checks.fail("quantityWords[" + i + "]", "'" + word + "' must be one word of letters");
                }
            }
        }
    }

    private static void checkGroup(Checks checks, String key, List<String> list, Set<String> seen) {
        if (list == null || list.isEmpty()) {
            checks.fail(key, "must list at least one emoticon");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String emoticon = list.get(i);
            String at = key + "[" + i + "]";
            if (emoticon == null || emoticon.isBlank()) {
                checks.fail(at, "must not be blank");
            } else if (emoticon.codePoints().anyMatch(Character::isWhitespace)) {
                checks.fail(at, "'" + emoticon + "' may not contain spaces or line breaks");
            } else if (emoticon.length() < 2 || emoticon.length() > MAX_EMOTICON_LENGTH) {
                checks.fail(at, "'" + emoticon + "' must be 2 to " + MAX_EMOTICON_LENGTH + " characters long");
            } else if (emoticon.codePoints().allMatch(Character::isDigit)) {
                checks.fail(at, "'" + emoticon + "' is a number, not an emoticon");
            } else if (!seen.add(emoticon)) {
                checks.fail(at, "'" + emoticon + "' is listed twice");
            }
        }
    }

    private static void checkTextDefault(Checks checks, String key, String value) {
        if (value == null || value.isEmpty() || value.codePointCount(0, value.length()) != 1) {
            checks.fail(key, "must be exactly one character, was '" + value + "'");
            return;
        }
        int cp = value.codePointAt(0);
        if (!UCharacter.hasBinaryProperty(cp, UProperty.EMOJI) || cp < 0x80) {
            checks.fail(key, String.format("'%s' (U+%04X) is not an emoji character", value, cp));
        } else if (UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION)) {
            checks.fail(key, String.format("'%s' (U+%04X) is shown as emoji by default and always counts; list only text-default ones", value, cp));
        }
    }

    /** Every emoticon of every group. */
    public List<String> allEmoticons() {
        return emoticons.values().stream().flatMap(List::stream).toList();
    }
}
