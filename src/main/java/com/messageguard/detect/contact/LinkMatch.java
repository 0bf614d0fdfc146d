package com.messageguard.detect.contact;

import com.messageguard.text.Span;

/**
 * A web address found in a text: its span, the host it names (lower-cased) and whether it was
 * written with an explicit {@code https://}.
 */
public record LinkMatch(Span span, String host, boolean https) {
}
