package com.messageguard.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The body of {@code POST /check/batch}: the drafts to check, each exactly what {@code /check}
 * takes. {@link BatchRequestDeserializer} stops reading at {@code messageguard.batch.max-items}.
 */
@Schema(description = "Many drafts checked in one request.")
public record BatchRequest(
        @Schema(description = "1 to `messageguard.batch.max-items` (100) drafts, each exactly what `POST /check` takes.",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotEmpty(message = "must hold at least one draft") List<@NotNull @Valid CheckRequest> items) {

    /** The drafts are buyers' messages: a log line gets their number only. */
    @Override
    public String toString() {
        return "BatchRequest[items=" + (items == null ? "none" : items.size()) + "]";
    }
}
