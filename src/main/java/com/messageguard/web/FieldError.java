package com.messageguard.web;

/** One entry of a 400 problem's {@code errors} array: which field, and what is wrong with it. */
public record FieldError(String field, String message) {
}
