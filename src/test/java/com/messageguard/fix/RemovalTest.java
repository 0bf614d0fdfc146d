package com.messageguard.fix;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Fix;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A removed span leaves text that reads cleanly: the span is given by the first {@code <...>} of each text. */
class RemovalTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // spaces on both sides: one of them goes
            "write to <x@y.com> today|write to today",
            // before punctuation: the space before goes
            "write to <x@y.com>.|write to.",
            "call <555 123 4567>, or write|call, or write",
            "Hi <😊>!|Hi!",
            // at the end of a line: the space before goes
            "Thanks <😊>|Thanks",
            "`Thanks <😊>  \nBest`|`Thanks\nBest`",
            // at the start of a line: the space after goes, the indentation stays
            "<[Important]> Your order|Your order",
            "`Hello\n  <😊> see you`|`Hello\n  see you`",
            // glued to a word on one side: the space on the other side stays
            "Hello<😊> there|Hello there",
            "see:<x@y.com> today|see: today",
            // brackets or quotes that held only the span go with it
            "write to us (<x@y.com>) today|write to us today",
            "our site “<shop.example>”.|our site.",
            // alone on its line: the line goes with one line break
            "`Hello\n<x@y.com>\nBest`|`Hello\nBest`",
            "`Hello\r\n  <x@y.com>  \r\nBest`|`Hello\r\nBest`",
            "`Hello\n\n<x@y.com>`|`Hello\n`",
            "`Hello\r\n<x@y.com>`|`Hello`",
            "<x@y.com>|``",
    })
    void removesTheSpanAndTheSpaceBesideIt(String markedText, String expectedText) {
        String marked = unescape(markedText);
        String expected = unescape(expectedText);
        int start = marked.indexOf('<');
        int end = marked.indexOf('>', start) - 1;
        String text = marked.substring(0, start) + marked.substring(start + 1, end + 1) + marked.substring(end + 2);

        Fix fix = Removal.of(text, start, end);

        assertThat(fix.replacement()).isEmpty();
        assertThat(fix.start()).isLessThanOrEqualTo(start);
        assertThat(fix.end()).isGreaterThanOrEqualTo(end);
        assertThat(Fixes.apply(text, List.of(fix))).isEqualTo(expected);
    }

    private static String unescape(String s) {
        return s.replace("\\r", "\r").replace("\\n", "\n");
    }
}
