package com.messageguard.web;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The shape of the ledger's ids, {@code messageId} and {@code orderId}: 1 to 100 letters, digits,
 * dots, underscores, colons or hyphens. Amazon order ids ({@code 113-4567890-1234567}) fit, and so
 * do most tools' own ids, and all of them can stand in a URL path as they are.
 */
final class LedgerIds {

    static final String PATTERN = "[A-Za-z0-9._:-]{1,100}";
    static final String MESSAGE = "must be 1 to 100 letters, digits, '.', '_', ':' or '-'";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private LedgerIds() {
    }

    /** A path variable checked like a request field: an id of another shape is a 400 naming it. */
    static String require(String field, String value) {
        if (value == null || !COMPILED.matcher(value).matches()) {
            throw new InvalidFieldsException(List.of(new FieldError(field, MESSAGE)));
        }
        return value;
    }

    /** Bad fields found outside Bean Validation; answered like its errors (400, an {@code errors} array). */
    static final class InvalidFieldsException extends RuntimeException {

        private final transient List<FieldError> errors;

        InvalidFieldsException(List<FieldError> errors) {
            super(null, null, false, false);
            this.errors = List.copyOf(errors);
        }

        List<FieldError> errors() {
            return errors;
        }
    }
}
