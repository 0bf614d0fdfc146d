package com.messageguard.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The 200 answer of {@code POST /check/batch}: what {@code /check} answers for each item, in item order. */
@Schema(description = "The answers to a batch.")
public record BatchResponse(
        @Schema(description = "What `POST /check` answers for each item, in item order.", requiredMode = Schema.RequiredMode.REQUIRED)
        List<CheckResponse> results) {

    @Override
    public String toString() {
        return "BatchResponse[results=" + results.size() + "]";
    }
}
