package com.messageguard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.Http;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Optional API keys: off by default, and when set required by /check and /rules. */
class ApiKeyTest {

    private static final String CHECK = "{\"body\":\"Hello\",\"contactReason\":\"BUYER_INQUIRY_REPLY\",\"orderAgeDays\":1}";

    private static Http.Response post(Http http, String key) {
        return post(http, "/check", CHECK, key);
    }

    private static Http.Response post(Http http, String path, String json, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header(ApiKeyFilter.HEADER, key);
        }
        return http.send(request);
    }

    private static Http.Response get(Http http, String path, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url(path))).GET();
        if (key != null) {
            request.header(ApiKeyFilter.HEADER, key);
        }
        return http.send(request);
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "messageguard.api-keys=first-key-123, second-key-456")
    class WithKeys {

        @LocalServerPort
        int port;

        @Test
        void checkAndRulesNeedAValidKey() {
            Http http = new Http(port);
            for (Http.Response denied : new Http.Response[] {post(http, null), post(http, "wrong"), post(http, "first-key-12"),
                    get(http, "/rules", null), get(http, "/rules", "first-key-1234")}) {
                assertThat(denied.status()).isEqualTo(401);
                assertThat(denied.contentType()).startsWith("application/problem+json");
                assertThat(denied.json().get("type").asString()).isEqualTo("urn:message-guard:problem:unauthorized");
            }
            assertThat(post(http, "first-key-123").status()).isEqualTo(200);
            assertThat(post(http, "second-key-456").status()).isEqualTo(200);
            assertThat(get(http, "/rules", "second-key-456").status()).isEqualTo(200);
        }

        /** The page holds no secrets; the checks it makes need the key like any other. */
        @Test
        void thePlaygroundLoadsWithoutAKey() {
            Http http = new Http(port);
            for (String path : new String[] {"/", "/index.html", "/playground.css", "/playground.js"}) {
                assertThat(get(http, path, null).status()).as(path).isEqualTo(200);
            }
            assertThat(post(http, null).status()).isEqualTo(401);
            assertThat(get(http, "/index.html/../rules", null).status()).isEqualTo(401);
        }

        @Test
        void batchNeedsAValidKeyToo() {
            Http http = new Http(port);
            String batch = "{\"items\": [" + CHECK + "]}";
            assertThat(post(http, "/check/batch", batch, null).status()).isEqualTo(401);
            assertThat(post(http, "/check/batch", batch, "wrong").status()).isEqualTo(401);
            assertThat(post(http, "/check/batch", batch, "first-key-123").status()).isEqualTo(200);
        }

        @Test
        void healthMetricsAndTheApiDocsStayOpen() {
            Http http = new Http(port);
            assertThat(get(http, "/health", null).status()).isEqualTo(200);
            assertThat(get(http, "/metrics", null).status()).isEqualTo(200);
            assertThat(get(http, "/v3/api-docs", null).status()).isEqualTo(200);
            assertThat(get(http, "/v3/api-docs/swagger-config", null).status()).isEqualTo(200);
            assertThat(get(http, "/swagger-ui/index.html", null).status()).isEqualTo(200);
            assertThat(get(http, "/swagger-ui.html", null).status()).isEqualTo(302);
        }

        @Test
        void anOpenPrefixDoesNotOpenThePathItLeadsTo() {
            Http http = new Http(port);
            for (String path : new String[] {"/swagger-ui/../check", "/v3/api-docs/../../check", "/swagger-ui/%2e%2e/check"}) {
                assertThat(post(http, path, CHECK, null).status()).as(path).isIn(400, 401, 404);
                assertThat(post(http, path, CHECK, null).status()).as(path).isNotEqualTo(200);
            }
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"messageguard.api-keys=ops-key", "messageguard.api-keys-for-ops=true"})
    class WithKeysForOps {

        @LocalServerPort
        int port;

        @Test
        void healthAndMetricsNeedTheKeyToo() {
            Http http = new Http(port);
            assertThat(get(http, "/health", null).status()).isEqualTo(401);
            assertThat(get(http, "/metrics", "nope").status()).isEqualTo(401);
            assertThat(get(http, "/health", "ops-key").status()).isEqualTo(200);
            assertThat(get(http, "/metrics", "ops-key").status()).isEqualTo(200);
        }

        @Test
        void theApiDocsNeedTheKeyWithTheOpsEndpoints() {
            Http http = new Http(port);
            assertThat(get(http, "/v3/api-docs", null).status()).isEqualTo(401);
            assertThat(get(http, "/swagger-ui/index.html", null).status()).isEqualTo(401);
            assertThat(get(http, "/v3/api-docs", "ops-key").status()).isEqualTo(200);
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class WithoutKeys {

        @LocalServerPort
        int port;

        @Test
        void everythingIsOpenByDefault() {
            Http http = new Http(port);
            assertThat(post(http, null).status()).isEqualTo(200);
            assertThat(get(http, "/rules", null).status()).isEqualTo(200);
        }
    }
}
