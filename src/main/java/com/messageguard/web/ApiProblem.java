package com.messageguard.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The shape of every error answer, for the API document only: answers are Spring's
 * {@code ProblemDetail}s built by {@link Problems}, whose extra properties Jackson writes beside the
 * standard ones. {@code ApiDocsTest} holds this record to the keys real errors have.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem (`application/problem+json`); no error echoes the message text.")
record ApiProblem(
        @Schema(description = "`urn:message-guard:problem:` and the status in words.",
                example = "urn:message-guard:problem:bad-request", requiredMode = Schema.RequiredMode.REQUIRED)
        String type,
        @Schema(description = "The status in words.", example = "Bad Request", requiredMode = Schema.RequiredMode.REQUIRED)
        String title,
        @Schema(description = "The HTTP status.", example = "400", requiredMode = Schema.RequiredMode.REQUIRED)
        int status,
        @Schema(description = "What went wrong, for a person; a 400 sums up its errors.",
                example = "Invalid field orderAgeDays: must be greater than or equal to 0.", requiredMode = Schema.RequiredMode.REQUIRED)
        String detail,
        @Schema(description = "The path the request went to.", example = "/check")
        String instance,
        @Schema(description = "Validation errors only: every invalid field.")
        List<FieldError> errors) {
}
