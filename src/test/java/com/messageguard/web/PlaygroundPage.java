package com.messageguard.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The playground as the browser tests drive it: fill the form, check, read what it shows. */
final class PlaygroundPage {

    private final WebDriver driver;
    private final String url;

    PlaygroundPage(WebDriver driver, int port) {
        this.driver = driver;
        this.url = "http://localhost:" + port + "/";
    }

    /** Loads the page and waits for the contact reasons, from GET /rules or the built-in list. */
    PlaygroundPage open() {
        driver.get(url);
        await().until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-catalog") != null);
        return this;
    }

    String catalog() {
        return driver.findElement(By.tagName("body")).getDomAttribute("data-catalog");
    }

    PlaygroundPage draft(String subject, String body, String contactReason, int orderAgeDays) {
        setValue("subject", subject);
        setValue("body", body);
        new Select(element("contact-reason")).selectByValue(contactReason);
        setValue("order-age", Integer.toString(orderAgeDays));
        return this;
    }

    /**
     * Sets a field as typing would, but at once: sendKeys cannot type characters outside the Basic
     * Multilingual Plane (emoji, mathematical letters) into Chromium.
     */
    PlaygroundPage setValue(String id, String value) {
        script("const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input', {bubbles: true}));", id, value);
        return this;
    }

    String value(String id) {
        return element(id).getDomProperty("value");
    }

    /** Clicks Check and waits for the answer. */
    PlaygroundPage check() {
        return clickAndWait("check");
    }

    PlaygroundPage clickAndWait(String buttonId) {
        clearStatus();
        element(buttonId).click();
        awaitAnswer();
        return this;
    }

    /** Empties the status line, so awaitAnswer waits for the next answer, not the last one. */
    void clearStatus() {
        script("document.getElementById('status').textContent = ''");
    }

    /** Waits until the request in flight is answered and shown. */
    void awaitAnswer() {
        await().until(d -> !status().isEmpty() && !status().endsWith("…")
                && element("draft").getDomAttribute("aria-busy") == null);
    }

    String status() {
        return element("status").getText();
    }

    String verdict() {
        WebElement verdict = element("verdict");
        return verdict.isDisplayed() ? verdict.getText() : "";
    }

    /** The problem box's text, empty while it is hidden. */
    String problem() {
        WebElement problem = element("problem");
        return problem.isDisplayed() ? problem.getText() : "";
    }

    /** The highlighted stretches of a field's preview, in order, exactly as in the DOM. */
    List<String> marks(String field) {
        return driver.findElements(By.cssSelector("#preview-" + field + " mark")).stream()
                .map(m -> m.getDomProperty("textContent"))
                .toList();
    }

    List<String> markClasses(String field) {
        return driver.findElements(By.cssSelector("#preview-" + field + " mark")).stream()
                .map(m -> m.getDomAttribute("class"))
                .toList();
    }

    String preview(String field) {
        return element("preview-" + field).getDomProperty("textContent");
    }

    /**
     * Each finding of the list, keyed "rule@field", with the text its marks cover joined in order
     * ("" for a whole-field finding): what a person sees highlighted for it.
     */
    Map<String, String> highlightedByFinding() {
        Map<String, String> out = new LinkedHashMap<>();
        List<WebElement> marks = driver.findElements(By.cssSelector("#checked mark"));
        for (WebElement finding : driver.findElements(By.cssSelector("#findings .finding"))) {
            String index = finding.getDomAttribute("id").substring("finding-".length());
            StringBuilder text = new StringBuilder();
            for (WebElement mark : marks) {
                if (List.of(mark.getDomAttribute("data-findings").split(" ")).contains(index)) {
                    text.append(mark.getDomProperty("textContent"));
                }
            }
            out.put(finding.getDomAttribute("data-rule") + "@" + finding.getDomAttribute("data-field"), text.toString());
        }
        return out;
    }

    List<WebElement> findings() {
        return driver.findElements(By.cssSelector("#findings .finding"));
    }

    WebElement element(String id) {
        return driver.findElement(By.id(id));
    }

    String activeElementId() {
        return driver.switchTo().activeElement().getDomAttribute("id");
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }
}
