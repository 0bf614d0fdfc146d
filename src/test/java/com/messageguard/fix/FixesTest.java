package com.messageguard.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.messageguard.engine.Fix;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixesTest {

    @Test
    void appliesEveryFixAtItsOwnOffsetsWhateverTheOrderGiven() {
        String text = "𝐒𝐀𝐋𝐄 and x@y.com and more";
        Fix plain = new Fix(0, 8, "SALE");
        Fix removal = Removal.of(text, 13, 20);

        assertThat(Fixes.apply(text, List.of(plain, removal))).isEqualTo("SALE and and more");
        assertThat(Fixes.apply(text, List.of(removal, plain))).isEqualTo("SALE and and more");
    }

    @Test
    void skipsAFixThatOverlapsOneAppliedAfterItInTheText() {
        String text = "abcdefgh";
        // From the end backwards: [4, 6) is applied, [3, 5) overlaps it and is skipped, [0, 2) is applied.
        List<Fix> fixes = List.of(new Fix(0, 2, "X"), new Fix(3, 5, "Y"), new Fix(4, 6, "Z"));

        assertThat(Fixes.apply(text, fixes)).isEqualTo("XcdZgh");
    }

    @Test
    void ofTwoFixesStartingTogetherAppliesTheWiderOne() {
        assertThat(Fixes.apply("abcdef", List.of(new Fix(1, 2, "X"), new Fix(1, 4, "Y")))).isEqualTo("aYef");
    }

    @Test
    void mergesRemovalsThatTouchSoNoDoubleSpaceIsLeft() {
        String text = "Thanks 😊😊 for the order";
        List<Fix> fixes = List.of(Removal.of(text, 7, 9), Removal.of(text, 9, 11));

        assertThat(Fixes.apply(text, fixes)).isEqualTo("Thanks for the order");
    }

    @Test
    void mergesRemovalsThatShareASpaceSoBothGo() {
        String text = "Hello\n📧 x@y.com\nBest";
        // The emoji takes the space after it, the address at the end of its line the space before it.
        List<Fix> fixes = List.of(Removal.of(text, 6, 8), Removal.of(text, 9, 16));

        assertThat(Fixes.apply(text, fixes)).isEqualTo("Hello\nBest");
    }

    @Test
    void leavesTheTextAloneWithoutFixesAndRefusesAFixPastItsEnd() {
        assertThat(Fixes.apply("abc", List.of())).isEqualTo("abc");
        assertThatThrownBy(() -> Fixes.apply("abc", List.of(new Fix(1, 9, ""))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
