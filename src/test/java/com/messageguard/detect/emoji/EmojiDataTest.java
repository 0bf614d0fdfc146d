package com.messageguard.detect.emoji;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.messageguard.ruledata.RuleDataException;
import com.messageguard.ruledata.RuleSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/** rules/emoji.yaml is read strictly: every mistake names the file, the line and the entry. */
class EmojiDataTest {

    private static final String FILE = "emoji.yaml";

    @TempDir
    Path dir;

    private EmojiData read() {
        return new RuleSetLoader(new DefaultResourceLoader(), "file:" + dir + "/").read(FILE, EmojiData.class);
    }

    private void write(String content) throws IOException {
        Files.writeString(dir.resolve(FILE), content);
    }

    private void copyWith(String from, String to) throws IOException {
        String text = Files.readString(Path.of("rules", FILE));
        assertThat(text).contains(from);
        write(text.replace(from, to));
    }

    @Test
    void readsTheRepositoryFile() throws IOException {
        copyWith("", "");
        EmojiData data = read();

        assertThat(data.allEmoticons()).contains(":-)", ":)", ";)", ":D", ":(", ":P", "<3", "^_^", "XD", ":'(");
        assertThat(data.textDefaultEmoji()).contains("❤", "☺");
        assertThat(data.quantityWords()).contains("days", "mm");
    }

    @Test
    void namesTheLineOfADuplicatedEmoticon() throws IOException {
        write("""
                emoticons:
                  smile: [":-)", ":)"]
                  wink: [";)", ":)"]
                textDefaultEmoji: ["❤"]
                quantityWords: [days]
                """);

        assertThatThrownBy(this::read).isInstanceOf(RuleDataException.class)
                .hasMessage("emoji.yaml: line 3: emoticons.wink[1]: ':)' is listed twice");
    }

    @Test
    void rejectsEmoticonsWithSpacesOrOfOneCharacterOrDigitsOnly() throws IOException {
        write("""
                emoticons:
                  smile: [": )"]
                  short: ["x"]
                  number: ["12"]
                  empty: []
                textDefaultEmoji: []
                quantityWords: [days]
                """);

        assertThatThrownBy(this::read).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("line 2: emoticons.smile[0]: ': )' may not contain spaces or line breaks")
                .hasMessageContaining("line 3: emoticons.short[0]: 'x' must be 2 to 16 characters long")
                .hasMessageContaining("line 4: emoticons.number[0]: '12' is a number, not an emoticon")
                .hasMessageContaining("line 5: emoticons.empty: must list at least one emoticon");
    }

    @Test
    void acceptsOnlyTextDefaultEmojiCharactersAsTextDefaultEmoji() throws IOException {
        copyWith("textDefaultEmoji: [\"❤\", \"♥\", \"❣\", \"☺\", \"☹\"]", "textDefaultEmoji: [\"❤\", \"⭐\", \"★\", \"❤️\"]");

        assertThatThrownBy(this::read).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("textDefaultEmoji[1]: '⭐' (U+2B50) is shown as emoji by default")
                .hasMessageContaining("textDefaultEmoji[2]: '★' (U+2605) is not an emoji character")
                .hasMessageContaining("textDefaultEmoji[3]: must be exactly one character");
    }

    @Test
    void namesAnUnknownKeyAndAMissingList() throws IOException {
        copyWith("quantityWords:", "quantityWordz:");

        assertThatThrownBy(this::read).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("emoji.yaml: line ")
                .hasMessageContaining("unknown key 'quantityWordz'");

        write("""
                emoticons:
                  smile: [":)"]
                textDefaultEmoji: []
                """);
        assertThatThrownBy(this::read).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("quantityWords: is required");
    }

    @Test
    void rejectsAQuantityWordThatIsNotOneWord() throws IOException {
        copyWith("quantityWords: [", "quantityWords: [\"3 days\", ");

        assertThatThrownBy(this::read).isInstanceOf(RuleDataException.class)
                .hasMessageContaining("quantityWords[0]: '3 days' must be one word of letters");
    }
}
