package com.messageguard.engine;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A safe edit that resolves a violation: replace characters {@code [start, end)} of the field's
 * original text with {@code replacement}. Offsets are UTF-16 units of the same text as the
 * violation's own {@code start}/{@code end}; the span may be wider than the violation's, to take a
 * space or a line break with a removed contact detail.
 */
@Schema(description = "Replace characters `[start, end)` of the violation's field with `replacement`.")
public record Fix(
        @Schema(description = "UTF-16 offset into the same text as the violation's `start`/`end`; may lie before the "
                + "violation's start, to take a space along.", example = "106", requiredMode = Schema.RequiredMode.REQUIRED)
        int start,
        @Schema(description = "End offset, exclusive; may lie after the violation's end.", example = "128",
                requiredMode = Schema.RequiredMode.REQUIRED)
        int end,
        @Schema(description = "What to put in place of `[start, end)`: empty to remove.", example = "",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String replacement) {

    public Fix {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid fix span " + start + ".." + end);
        }
        if (replacement == null) {
            throw new IllegalArgumentException("a fix needs a replacement, empty to remove");
        }
    }

    /** Removes {@code [start, end)}. */
    public static Fix removal(int start, int end) {
        return new Fix(start, end, "");
    }

    public boolean overlaps(Fix other) {
        return start < other.end && other.start < end;
    }

    /** The replacement may be message text (plain letters of a styled word): only its length is shown. */
    @Override
    public String toString() {
        return "Fix[" + start + ".." + end + " -> " + replacement.length() + " chars]";
    }
}
