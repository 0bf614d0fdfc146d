package com.messageguard.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** One entry of a 400 problem's {@code errors} array: which field, and what is wrong with it. */
@Schema(description = "One invalid field of a request.")
public record FieldError(
        @Schema(description = "The field, e.g. `orderAgeDays`, `attachments[0].sizeBytes`, `items[3].body`.",
                example = "orderAgeDays", requiredMode = Schema.RequiredMode.REQUIRED)
        String field,
        @Schema(description = "What is wrong with it.", example = "must be greater than or equal to 0",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String message) {
}
