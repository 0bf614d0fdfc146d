package com.messageguard.web;

import java.util.List;

/** The 200 answer of {@code POST /check/batch}: what {@code /check} answers for each item, in item order. */
public record BatchResponse(List<CheckResponse> results) {

    @Override
    public String toString() {
        return "BatchResponse[results=" + results.size() + "]";
    }
}
