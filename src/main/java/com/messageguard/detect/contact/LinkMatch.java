package com.messageguard.detect.contact;

import com.messageguard.text.Span;

/**
 * A web address found in a text: its span, the host it names (lower-cased), whether it was
 * written with an explicit {@code https://}, and {@code wordTld}: the top-level domain when it is
 * also an English word and the address is bare ({@code ok.so}, {@code oliodellacollina.it}), so
 * that it counts only in a draft written where that domain is the country's; null for every other.
 */
public record LinkMatch(Span span, String host, boolean https, String wordTld) {

    public LinkMatch(Span span, String host, boolean https) {
        this(span, host, https, null);
    }
}
