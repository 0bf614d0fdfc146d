package com.messageguard.ruledata;

/** A rule file is missing, malformed or inconsistent; start-up stops with this message. */
public class RuleDataException extends RuntimeException {

    private final String file;

    public RuleDataException(String file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    public RuleDataException(String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    /** The rule file at fault, as a path relative to the rules folder. */
    public String file() {
        return file;
    }
}
