package com.messageguard.engine;

/** How bad a violation is: BLOCK means Amazon would block the message, WARN that it is a risk. */
public enum Severity {
    WARN,
    BLOCK
}
