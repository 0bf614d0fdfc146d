package com.messageguard.text;

/** A half-open range {@code [start, end)} of characters in a text. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span " + start + ".." + end);
        }
    }
}
