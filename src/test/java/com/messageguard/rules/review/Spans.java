package com.messageguard.rules.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.engine.Violation;

/** Assertions on where a violation points in the original text. */
final class Spans {

    private Spans() {
    }

    /** The violation covers exactly the first occurrence of {@code excerpt} in {@code original}. */
    static void assertCovers(Violation v, String original, String excerpt) {
        int start = original.indexOf(excerpt);
        assertThat(start).as("'%s' occurs in the text", excerpt).isGreaterThanOrEqualTo(0);
        assertThat(v.excerpt()).isEqualTo(excerpt);
        assertThat(v.start()).isEqualTo(start);
        assertThat(v.end()).isEqualTo(start + excerpt.length());
        assertThat(original.substring(v.start(), v.end())).isEqualTo(v.excerpt());
    }
}
