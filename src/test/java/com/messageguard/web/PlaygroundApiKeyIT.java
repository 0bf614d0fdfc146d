package com.messageguard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The playground of a service that requires API keys: the page loads, its checks need the key. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "messageguard.api-keys=playground-key-789")
class PlaygroundApiKeyIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser(1280, 900);

    @LocalServerPort
    int port;

    @Test
    void aCheckWithoutTheKeyShowsThe401AndOneWithItIsAnswered() {
        PlaygroundPage page = new PlaygroundPage(BROWSER.driver(), port).open();
        assertThat(page.catalog()).as("GET /rules needs the key: API.md's contact reasons").isEqualTo("fallback");

        page.draft("Your order", PlaygroundIT.COMPLIANT, "ORDER_ISSUE", 3).check();

        assertThat(page.problem()).contains("401 Unauthorized", "needs an API key in the X-API-Key header");
        assertThat(page.activeElementId()).isEqualTo("api-key");

        page.element("api-key").sendKeys("playground-key-789");
        page.check();

        assertThat(page.problem()).isEmpty();
        assertThat(page.verdict()).startsWith("PASS");
        page.await().until(d -> "loaded".equals(page.catalog()));
    }
}
