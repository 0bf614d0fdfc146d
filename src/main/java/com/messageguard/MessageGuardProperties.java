package com.messageguard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the service (prefix {@code messageguard}).
 *
 * @param rulesDir       a folder holding the rule files; unset means the rules shipped in the jar.
 *                       Environment: {@code MESSAGEGUARD_RULES_DIR}
 * @param maxRequestSize the largest request body accepted; larger ones get 413. A batch may be
 *                       {@code batch.maxItems} times as large
 * @param apiKeys        when not empty, every endpoint but the ops ones, the API docs and the
 *                       playground's files needs one of these in the {@code X-API-Key} header;
 *                       {@code account:key} names the key's seller account, a bare key is an account
 *                       of its own (see {@link com.messageguard.account.ApiKeys}).
 *                       Environment: {@code MESSAGEGUARD_API_KEYS} (comma-separated)
 * @param apiKeysForOps  also require a key for {@code /health}, {@code /metrics} and the API docs
 * @param batch          {@code POST /check/batch}
 * @param docs           the OpenAPI document and Swagger UI
 */
@ConfigurationProperties("messageguard")
@Validated
public record MessageGuardProperties(
        String rulesDir,
        @DefaultValue("256KB") DataSize maxRequestSize,
        @DefaultValue List<String> apiKeys,
        @DefaultValue("false") boolean apiKeysForOps,
        @DefaultValue @Valid Batch batch,
        @DefaultValue Docs docs) {

    /**
     * @param maxItems the most drafts one batch may hold; the request-size limit of a batch is this
     *                 many times {@code max-request-size}
     */
    public record Batch(@DefaultValue("100") @Min(1) @Max(1_000) int maxItems) {
    }

    /**
     * @param enabled serve {@code /v3/api-docs} and {@code /swagger-ui.html}; {@code false} maps onto
     *                springdoc's {@code api-docs.enabled} and {@code swagger-ui.enabled} (application.yaml)
     */
    public record Docs(@DefaultValue("true") boolean enabled) {
    }

    /** The Spring resource location the rule files are read from. */
    public String rulesLocation() {
        if (rulesDir == null || rulesDir.isBlank()) {
            return "classpath:rules/";
        }
        String dir = rulesDir.strip();
        return (dir.contains(":") && !dir.matches("^[A-Za-z]:[\\\\/].*") ? dir : "file:" + dir) + (dir.endsWith("/") ? "" : "/");
    }
}
