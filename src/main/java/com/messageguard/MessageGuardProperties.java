package com.messageguard;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the service (prefix {@code messageguard}).
 *
 * @param rulesDir       a folder holding the rule files; unset means the rules shipped in the jar.
 *                       Environment: {@code MESSAGEGUARD_RULES_DIR}
 * @param maxRequestSize the largest request body accepted; larger ones get 413
 * @param apiKeys        when not empty, every endpoint but the ops ones needs one of these in the
 *                       {@code X-API-Key} header; {@code account:key} names the key's seller account,
 *                       a bare key is an account of its own (see {@link com.messageguard.account.ApiKeys}).
 *                       Environment: {@code MESSAGEGUARD_API_KEYS} (comma-separated)
 * @param apiKeysForOps  also require a key for {@code /health} and {@code /metrics}
 */
@ConfigurationProperties("messageguard")
public record MessageGuardProperties(
        String rulesDir,
        @DefaultValue("256KB") DataSize maxRequestSize,
        @DefaultValue List<String> apiKeys,
        @DefaultValue("false") boolean apiKeysForOps) {

    /** The Spring resource location the rule files are read from. */
    public String rulesLocation() {
        if (rulesDir == null || rulesDir.isBlank()) {
            return "classpath:rules/";
        }
        String dir = rulesDir.strip();
        return (dir.contains(":") && !dir.matches("^[A-Za-z]:[\\\\/].*") ? dir : "file:" + dir) + (dir.endsWith("/") ? "" : "/");
    }
}
