package com.messageguard.engine;

import com.messageguard.text.NormalizedText;
import com.messageguard.text.Trigger;

/**
 * One text field of a draft ({@code subject} or {@code body}), normalized once for all rules.
 * Analyses that several rules need (a view with spelled-out separators resolved, tokens) are
 * computed on first use and kept here ({@link Analysis}), so each is done once per request.
 */
public final class TextField {

    private final String name;
    private final NormalizedText normalized;
    private final Analysis.Cache<TextField> analyses = new Analysis.Cache<>();

    public TextField(String name, NormalizedText normalized) {
        this.name = name;
        this.normalized = normalized;
    }

    public String name() {
        return name;
    }

    public NormalizedText normalized() {
        return normalized;
    }

    public String original() {
        return normalized.original();
    }

    /** The text detectors search: NFKC, invisible characters removed, look-alike letters folded. */
    public String text() {
        return normalized.text();
    }

    /** Whether the field holds what a detector with this trigger needs; if not, the detector is skipped here. */
    public boolean fires(Trigger trigger) {
        return trigger.firesOn(normalized.triggers());
    }

    /** The result of {@code analysis} for this field, computed on first use. */
    public <T> T analysis(Analysis<TextField, T> analysis) {
        return analyses.get(analysis, this);
    }
}
