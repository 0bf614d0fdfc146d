package com.messageguard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.Http;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The playground's files over HTTP: served at /, self-contained, and nothing else is static. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaygroundFilesTest {

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theRootServesThePageAndItsFiles() {
        Http.Response root = http.get("/");
        assertThat(root.status()).isEqualTo(200);
        assertThat(root.contentType()).startsWith("text/html");
        assertThat(root.body()).contains("<script src=\"playground.js\"", "href=\"playground.css\"")
                .isEqualTo(http.get("/index.html").body());

        assertThat(http.get("/playground.css").contentType()).startsWith("text/css");
        assertThat(http.get("/playground.js").contentType()).startsWith("text/javascript");
    }

    /** Works offline and talks to this service only: no address of any other host, no fetch but ours. */
    @Test
    void thePageLoadsNothingFromElsewhereAndCallsOnlyThisService() {
        for (String file : PlaygroundConfiguration.FILES) {
            assertThat(http.get("/" + file).body()).as(file)
                    .doesNotContainPattern("(?i)https?:|wss?:|(src|href)=\"//|url\\(|@import");
        }
        assertThat(http.get("/").body()).contains("connect-src 'self'", "script-src 'self'");

        Set<String> fetched = new LinkedHashSet<>();
        Matcher fetch = Pattern.compile("fetch\\(([^,)]*)").matcher(http.get("/playground.js").body());
        while (fetch.find()) {
            fetched.add(fetch.group(1).strip());
        }
        assertThat(fetched).containsExactlyInAnyOrder("'check'", "'rules'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/static/index.html", "/index.htm", "/playground.map", "/application.yaml",
            "/rules/settings.yaml", "/intent-model.bin"})
    void nothingElseIsServed(String path) {
        Http.Response response = http.get(path);

        assertThat(response.status()).as(path).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void thePageIsReadOnly() {
        Http.Response post = http.send(HttpRequest.newBuilder(URI.create(http.url("/")))
                .POST(HttpRequest.BodyPublishers.ofString("x")));

        assertThat(post.status()).isEqualTo(405);
        assertThat(post.contentType()).startsWith("application/problem+json");
    }
}
