package com.messageguard.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The answer of {@code POST /messages}: the check's answer, and whether the message was recorded
 * ({@code 201}) or not ({@code 422}, a BLOCK).
 */
public record SendResponse(@JsonUnwrapped CheckResponse check, boolean recorded) {

    @Override
    public String toString() {
        return "SendResponse[" + check + ", recorded=" + recorded + "]";
    }
}
