package com.messageguard.web;

import com.messageguard.MessageGuardProperties;
import com.messageguard.account.ApiKeys;
import com.messageguard.account.SellerAccount;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Optional API keys. Off while {@code messageguard.api-keys} is empty (local use, one seller
 * account); when set, every endpoint but the ops ones answers 401 problem+json unless the
 * {@code X-API-Key} header holds one of the keys, and the key's seller account is left on the
 * request for the ledger ({@link SellerAccount#REQUEST_ATTRIBUTE}). {@code /health} (with its
 * probe groups) and {@code /metrics} stay open for probes and scrapers unless
 * {@code messageguard.api-keys-for-ops} is true, and so do the API docs ({@code /v3/api-docs},
 * {@code /swagger-ui.html}): they hold no data, and a person reads them to learn how to send a key.
 * The playground's page and files stay open (they hold no secrets); the requests the page makes
 * need the key. See {@link ApiKeys} for the entries and how keys are compared.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class ApiKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-API-Key";

    private static final Set<String> OPS_PATHS = Set.of("/health", "/metrics", "/v3/api-docs", "/swagger-ui.html");
    /** Swagger UI's assets and the document's variants (/v3/api-docs/swagger-config, .yaml). */
    private static final List<String> OPS_PREFIXES = List.of("/v3/api-docs/", "/v3/api-docs.", "/swagger-ui/");

    private final ApiKeys keys;
    private final boolean protectOps;

    public ApiKeyFilter(ApiKeys keys, MessageGuardProperties properties) {
        this.keys = keys;
        this.protectOps = properties.apiKeysForOps();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return keys.isEmpty() || !protectOps && isOps(normalizedPath(request))
                || PlaygroundConfiguration.isPlayground(request);
    }

    /**
     * The path as the servlet container resolved it, decoded and with {@code ..} removed: the raw
     * request URI {@code /swagger-ui/../check} starts with an open prefix. Spring MVC matches the raw
     * URI today, so such a path finds no endpoint; the key check must not depend on that.
     */
    private static String normalizedPath(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
    }

    /** /health and its probe groups, /metrics, the API docs and Swagger UI's files. */
    private static boolean isOps(String path) {
        return OPS_PATHS.contains(path) || path.startsWith("/health/") || OPS_PREFIXES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(HEADER);
        Optional<SellerAccount> account = keys.accountFor(presented);
        if (account.isPresent()) {
            request.setAttribute(SellerAccount.REQUEST_ATTRIBUTE, account.get());
            chain.doFilter(request, response);
            return;
        }
        HttpStatus status = HttpStatus.UNAUTHORIZED;
        response.setStatus(status.value());
        response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"" + Problems.typeFor(status.value()) + "\",\"title\":\""
                + status.getReasonPhrase() + "\",\"status\":" + status.value() + ",\"detail\":\""
                + (presented == null ? "This endpoint needs an API key in the " + HEADER + " header."
                        : "The API key in the " + HEADER + " header is not valid.") + "\"}");
    }
}
