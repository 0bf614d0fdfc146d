package com.messageguard.testing;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ledger's endpoints as a seller tool calls them, with one API key (or none), over real HTTP.
 * The drafts are this class's own samples: a review request, an ordinary message, a blocked one.
 */
public final class LedgerClient {

    /** A FEEDBACK_REQUEST that passes: 7 days after delivery, neutral wording. */
    public static final String REVIEW_REQUEST = "FEEDBACK_REQUEST";
    /** A CUSTOMIZATION question that passes. */
    public static final String CUSTOMIZATION = "CUSTOMIZATION";

    private final Http http;
    private final String apiKey;

    public LedgerClient(int port, String apiKey) {
        this.http = new Http(port);
        this.apiKey = apiKey;
    }

    public LedgerClient(int port) {
        this(port, null);
    }

    public Http http() {
        return http;
    }

    /** A draft of the given reason for the order; {@code extra} adds or replaces top-level fields. */
    public static Map<String, Object> draft(String reason, String orderId) {
        Map<String, Object> draft = new LinkedHashMap<>();
        if (REVIEW_REQUEST.equals(reason)) {
            draft.put("body", "Hello, we hope you are enjoying the lamp from order " + orderId
                    + ". Would you take a moment to leave a review of your purchase on Amazon?");
            draft.put("orderAgeDays", 12);
            draft.put("daysSinceDelivery", 7);
        } else {
            draft.put("body", "Hello, could you confirm the name to engrave on your order " + orderId + "?");
            draft.put("orderAgeDays", 3);
        }
        draft.put("contactReason", reason);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("orderId", orderId);
        draft.put("context", context);
        return draft;
    }

    /** POST /messages of {@link #draft} with the message id. */
    public Http.Response send(String messageId, String reason, String orderId) {
        Map<String, Object> draft = draft(reason, orderId);
        draft.put("messageId", messageId);
        return send(draft);
    }

    public Http.Response send(Map<String, Object> request) {
        return post("/messages", Http.json(request));
    }

    public Http.Response check(Map<String, Object> request) {
        return post("/check", Http.json(request));
    }

    public Http.Response post(String path, String json) {
        return http.send(withKey(HttpRequest.newBuilder(URI.create(http.url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))));
    }

    public Http.Response get(String path) {
        return http.send(withKey(HttpRequest.newBuilder(URI.create(http.url(path))).GET()));
    }

    public Http.Response delete(String path) {
        return http.send(withKey(HttpRequest.newBuilder(URI.create(http.url(path))).DELETE()));
    }

    public Http.Response history(String orderId) {
        return get("/orders/" + orderId + "/messages");
    }

    private HttpRequest.Builder withKey(HttpRequest.Builder request) {
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return request;
    }
}
