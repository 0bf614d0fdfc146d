package com.messageguard.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests, one per test class:
 * {@code @RegisterExtension static final Browser browser = new Browser(1280, 900);}. It is Debian's
 * {@code chromium} and {@code chromium-driver}, at the paths the pom passes ({@code chromium.binary},
 * {@code chromedriver.binary}). Both paths are given, so Selenium Manager never runs and nothing is
 * downloaded. A missing binary fails the test with the command that installs it: CI must not pass
 * without having run the page.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

    /**
     * Selenium warns at every start that it has no DevTools protocol classes for this Chromium;
     * the tests use WebDriver only. Held here so the logger, and its level, is not collected.
     */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM_LOG.setLevel(Level.SEVERE);
    }

    private final int width;
    private final int height;
    private ChromeDriver driver;

    public Browser(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        driver = start(width, height);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    private static ChromeDriver start(int width, int height) {
        File chromium = executable("messageguard.chromium", "/usr/bin/chromium", "chromium.binary");
        File driver = executable("webdriver.chrome.driver", "/usr/bin/chromedriver", "chromedriver.binary");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--lang=en-US", "--no-first-run",
                // This machine's network is closed: Chromium's own background connections only fail.
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver)
                .usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        viewport(browser, width, height);
        return browser;
    }

    /** Sizes the window so the page itself gets width x height, whatever the window's frame takes. */
    public static void viewport(ChromeDriver browser, int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        List<?> inner = (List<?>) browser.executeScript("return [window.innerWidth, window.innerHeight]");
        int frameWidth = width - ((Number) inner.get(0)).intValue();
        int frameHeight = height - ((Number) inner.get(1)).intValue();
        browser.manage().window().setSize(new Dimension(width + frameWidth, height + frameHeight));
    }

    private static File executable(String property, String fallback, String pomProperty) {
        Path path = Path.of(System.getProperty(property, fallback));
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("The browser tests need " + path + ", which is missing: "
                    + "apt-get install chromium chromium-driver (.ci/run does this when they are absent), "
                    + "or point ./mvnw -D" + pomProperty + "=... at another copy.");
        }
        return path.toFile();
    }
}
