package com.messageguard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.messageguard.testing.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The playground at / in headless Chromium, against the real service on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaygroundIT {

    /** An obfuscated e-mail address, an emoji (two UTF-16 units) and mathematical bold letters. */
    static final String TRICKY = "Hi Anna, order 113-4567890-1234567 ships tomorrow 😀. "
            + "The invoice went to john at gmail dot com. Our 𝐛𝐨𝐥𝐝 engraving is ready.";
    static final String COMPLIANT = "Hello Anna, the engraving on your order 113-4567890-1234567 is done "
            + "and the parcel ships tomorrow.";

    @RegisterExtension
    static final Browser BROWSER = new Browser(1280, 900);

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private PlaygroundPage page;

    @BeforeEach
    void openPage() {
        browser = BROWSER.driver();
        page = new PlaygroundPage(browser, port).open();
    }

    @Test
    void highlightsExactlyTheCharactersOfEachViolation() {
        page.draft("Your order", TRICKY, "ORDER_ISSUE", 3).check();

        assertThat(page.verdict()).startsWith("BLOCK");
        assertThat(page.marks("body")).containsExactly("😀", "john at gmail dot com", "𝐛𝐨𝐥𝐝");
        assertThat(page.markClasses("body")).containsExactly("sev-BLOCK", "sev-BLOCK", "sev-WARN");
        assertThat(page.preview("body")).isEqualTo(TRICKY);
        assertThat(page.highlightedByFinding()).containsExactly(
                Map.entry("emoji@body", "😀"),
                Map.entry("email-address@body", "john at gmail dot com"),
                Map.entry("special-font@body", "𝐛𝐨𝐥𝐝"));
        assertThat(browser.findElement(By.cssSelector("#preview-body mark")).getDomAttribute("title"))
                .startsWith("BLOCK emoji: ").contains("\nPolicy: ").contains("\nFix: ");
        assertThat(page.findings().get(1).getText()).contains("john at gmail dot com", "Policy:", "How to fix:");
    }

    @Test
    void overlappingFindingsEachKeepTheirWholeSpan() {
        String body = "Hi Anna, your parcel ships tomorrow. For questions mail john at gmail dot com today.";
        page.draft("", body, "ORDER_ISSUE", 3).check();

        Map<String, String> highlighted = page.highlightedByFinding();
        assertThat(highlighted).containsEntry("email-address@body", "john at gmail dot com")
                .containsEntry("off-platform@body", "mail john at gmail dot com");
        assertThat(page.marks("body")).containsExactly("mail ", "john at gmail dot com");
        assertThat(page.preview("body")).isEqualTo(body);
    }

    @Test
    void subjectFullWidthAndWholeFieldFindingsAreShown() {
        page.draft("Ｓｅｅ ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ", COMPLIANT, "ORDER_ISSUE", 3);
        browser.findElement(By.cssSelector("#attachments-section summary")).click();
        browser.findElement(By.id("add-attachment")).click();
        browser.findElement(By.cssSelector("[data-prop=fileName]")).sendKeys("setup.exe");
        browser.findElement(By.cssSelector("[data-prop=sizeBytes]")).sendKeys("2048");
        page.check();

        Map<String, String> highlighted = page.highlightedByFinding();
        assertThat(highlighted).containsEntry("link@subject", "ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ")
                .containsEntry("attachment-type@attachments[0]", "");
        assertThat(page.preview("subject")).isEqualTo("Ｓｅｅ ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ");
        assertThat(browser.findElement(By.cssSelector("[data-rule=attachment-type]")).getText())
                .contains("attachments[0] (whole field)");
    }

    @Test
    void aCompliantDraftShowsPass() {
        page.draft("Your engraving", COMPLIANT, "CUSTOMIZATION", 3).check();

        assertThat(page.verdict()).startsWith("PASS");
        assertThat(page.marks("body")).isEmpty();
        assertThat(page.findings()).isEmpty();
        assertThat(page.element("findings").getText()).contains("Nothing found");
        assertThat(page.element("apply-fixes").isEnabled()).as("nothing to fix").isFalse();
    }

    @Test
    void aBadRequestShowsItsProblemDetailAndMarksTheField() {
        page.draft("Hello", "", "ORDER_ISSUE", 3).check();

        assertThat(page.problem()).contains("400 Bad Request", "Invalid field body: must not be blank.");
        assertThat(page.element("body").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.verdict()).isEmpty();
    }

    @Test
    void aTooLargeDraftShowsThe413Problem() {
        page.draft("", "a".repeat(300_000), "ORDER_ISSUE", 3).check();

        assertThat(page.problem()).contains("413 Payload Too Large", "exceeds the limit");
    }

    @Test
    void theKeyboardAloneFillsAndChecksADraft() {
        page.element("subject").sendKeys("Your order");
        page.element("subject").sendKeys(Keys.TAB);
        assertThat(page.activeElementId()).isEqualTo("body");
        page.element("body").sendKeys(COMPLIANT);
        page.element("body").sendKeys(Keys.TAB);
        assertThat(page.activeElementId()).isEqualTo("contact-reason");

        page.clearStatus();
        page.element("body").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        page.awaitAnswer();

        assertThat(page.verdict()).startsWith("PASS");
        assertThat(page.value("body")).as("Ctrl+Enter adds no line break").doesNotContain("\n");
    }

    @Test
    void userTextIsShownAsTextNeverAsMarkup() {
        String body = "<img src=x onerror=\"window.pwned=1\"> mail john at gmail dot com <b>now</b>";
        page.draft("<script>window.pwned=2</script>", body, "ORDER_ISSUE", 3).check();

        assertThat(page.preview("body")).isEqualTo(body);
        assertThat(browser.findElements(By.cssSelector("#checked img, #checked b, #checked script"))).isEmpty();
        assertThat(page.script("return window.pwned === undefined")).isEqualTo(true);
    }

    @Test
    void applyFixesUsesTheViolationsFixesWhenTheServerGivesNoFixedBody() {
        // The server's answers as the fix contract has them: email and emoji findings carry a fix;
        // this server gives no fixedBody, so the page applies them itself.
        stubFixes(false);
        page.draft("Your order", TRICKY, "ORDER_ISSUE", 3).check();
        assertThat(page.element("apply-fixes").isEnabled()).isTrue();
        assertThat(browser.findElements(By.cssSelector(".finding .fixable"))).hasSize(2);

        page.clickAndWait("apply-fixes");

        assertThat(page.value("body")).isEqualTo("Hi Anna, order 113-4567890-1234567 ships tomorrow . "
                + "The invoice went to . Our 𝐛𝐨𝐥𝐝 engraving is ready.");
        assertThat(page.status()).startsWith("2 fixes applied");
        assertThat(page.marks("body")).containsExactly("𝐛𝐨𝐥𝐝");
        assertThat(page.script("return window.sent.map(r => r.suggestFix === true)"))
                .isEqualTo(List.of(false, true, false));
    }

    @Test
    void applyFixesTakesTheServersFixedBodyAndSubject() {
        stubFixes(true);
        page.draft("Your order 😀", TRICKY, "ORDER_ISSUE", 3).check();

        page.clickAndWait("apply-fixes");

        assertThat(page.value("body")).isEqualTo(COMPLIANT);
        assertThat(page.value("subject")).isEqualTo("Your order");
        assertThat(page.verdict()).startsWith("PASS");
    }

    @Test
    void applyFixesWithTheRealServerLeavesOnlyWording() {
        page.draft("Your order 😀", TRICKY, "ORDER_ISSUE", 3).check();
        assertThat(browser.findElements(By.cssSelector(".finding .fixable"))).hasSizeGreaterThanOrEqualTo(3);

        page.clickAndWait("apply-fixes");

        assertThat(page.value("body")).doesNotContain("😀", "john at gmail dot com", "𝐛𝐨𝐥𝐝").contains("bold engraving");
        assertThat(page.value("subject")).isEqualTo("Your order");
        assertThat(page.verdict()).startsWith("PASS");
    }

    /** The example, checked, on a desk (two columns) and a phone (one, no sideways scrolling). */
    @Test
    void theExampleFitsADeskAndAPhone() throws IOException {
        page.element("example").click();
        page.check();
        assertThat(page.verdict()).startsWith("BLOCK");
        assertThat(page.findings()).hasSizeGreaterThanOrEqualTo(4);
        WebElement form = page.element("draft");
        WebElement result = page.element("result");
        assertThat(result.getRect().getX()).as("result beside the form").isGreaterThan(form.getRect().getX() + 300);
        screenshot("target/playground.png");

        Browser.viewport(browser, 390, 844);
        try {
            assertThat(page.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no sideways scrolling on a phone").isEqualTo(true);
            assertThat(result.getRect().getY()).as("result below the form")
                    .isGreaterThanOrEqualTo(form.getRect().getY() + form.getRect().getHeight());
            screenshot("target/playground-phone.png");
        } finally {
            Browser.viewport(browser, 1280, 900);
        }
    }

    /** A picture of the page for people, kept with the build's output (README's is a copy). */
    private void screenshot(String file) throws IOException {
        browser.executeScript("window.scrollTo(0, 0)");
        Files.write(Path.of(file), browser.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Wraps the page's fetch: every email and emoji finding gets a fix that deletes it, as the fix
     * contract describes; with fixedBody, a suggestFix request is also answered with the fixed
     * text, else any fixedBody is taken out. The request bodies are kept in window.sent.
     */
    private void stubFixes(boolean fixedBody) {
        page.script("""
                const real = window.fetch, withFixedBody = arguments[0], fixed = arguments[1];
                window.sent = [];
                window.fetch = async (url, init) => {
                  const response = await real(url, init);
                  if (url !== 'check' || response.status !== 200) return response;
                  const request = JSON.parse(init.body);
                  window.sent.push(request);
                  const answer = await response.json();
                  for (const v of answer.violations) {
                    if (v.rule === 'email-address' || v.rule === 'emoji') {
                      v.fix = {start: v.start, end: v.end, replacement: ''};
                    } else {
                      delete v.fix; // the test decides which findings are fixable
                    }
                  }
                  delete answer.fixedBody;
                  delete answer.fixedSubject;
                  if (withFixedBody && request.suggestFix) {
                    answer.fixedBody = fixed;
                    answer.fixedSubject = 'Your order';
                  }
                  return new Response(JSON.stringify(answer), {status: 200, headers: {'Content-Type': 'application/json'}});
                };
                """, fixedBody, COMPLIANT);
    }
}
