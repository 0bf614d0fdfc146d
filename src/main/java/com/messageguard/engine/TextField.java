package com.messageguard.engine;

import com.messageguard.text.NormalizedText;

/** One text field of a draft ({@code subject} or {@code body}), normalized once for all rules. */
public record TextField(String name, NormalizedText normalized) {

    public String original() {
        return normalized.original();
    }

    /** The text detectors search: NFKC, invisible characters removed. */
    public String text() {
        return normalized.text();
    }
}
