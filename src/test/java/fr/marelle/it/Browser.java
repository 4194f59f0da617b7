package fr.marelle.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless Chromium driven by Selenium, with the binaries given explicitly (Selenium
 * Manager would try to download a browser) and a fresh profile each time.
 */
final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /** How often a wait looks again: Selenium's default (500 ms) loses most of that on each page change. */
    static final Duration POLL = Duration.ofMillis(50);

    final WebDriver driver;

    /**
     * Chromium and ChromeDriver from Debian's packages. Without them the browser tests are skipped
     * with a message, except where MARELLE_REQUIRE_BROWSER is set (CI), where they fail.
     */
    static void assumeInstalled() {
        boolean installed = new File(System.getProperty("marelle.it.chromium", "/usr/bin/chromium")).canExecute()
                && new File(System.getProperty("marelle.it.chromedriver", "/usr/bin/chromedriver")).canExecute();
        if (!installed && System.getenv("MARELLE_REQUIRE_BROWSER") != null) {
            fail("Chromium and ChromeDriver are required: apt-get install chromium chromium-driver");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(installed,
                "browser tests skipped: install Debian's chromium and chromium-driver to run them");
    }

    Browser() throws IOException {
        File profile = Files.createTempDirectory("marelle-chromium").toFile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("marelle.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=fr-FR",
                "--user-data-dir=" + profile.getAbsolutePath());
        // the console, for the Content-Security-Policy violations Chromium reports there
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("marelle.it.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    void open(String path) {
        driver.get(ItEnvironment.baseUrl() + path);
    }

    /** A wait on a condition of this browser, looking again every {@link #POLL}. */
    WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout, POLL);
    }

    WebElement find(String id) {
        return waiting(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Clicks an element after bringing it to the middle of the window (clear of sticky bars). An entry of the
     * header's menu folded behind the Menu button on a phone is reached as a person would: the menu opened first.
     */
    void click(WebElement element) {
        if (!element.isDisplayed()) {
            driver.findElements(By.id("menuToggle")).stream()
                    .filter(toggle -> toggle.isDisplayed() && "false".equals(toggle.getAttribute("aria-expanded")))
                    .findFirst().ifPresent(WebElement::click);
        }
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Clicks and waits for the next page to be loaded. */
    void submit(String id) {
        submit(find(id));
    }

    void submit(WebElement button) {
        click(button);
        waiting(WAIT).until(d -> isGone(button));
        // the button is gone as soon as its document is left, maybe before a redirect's target (the home page after
        // signing in) has loaded: opening another page then raced with it
        waiting(WAIT).until(d -> isLoaded());
    }

    /** True once the current document has loaded (false while a navigation replaces it). */
    private boolean isLoaded() {
        try {
            return "complete".equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.readyState"));
        } catch (org.openqa.selenium.WebDriverException e) {
            return false; // the document went away under the script
        }
    }

    /** True once the element left the page, i.e. the next page replaced it. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            // Chromium's way of saying "stale" while the old document is being replaced
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Waits until the page shows the text (e.g. after a page that moves on by itself). */
    void waitForText(String fragment) {
        waiting(WAIT).until(d -> {
            try {
                return text().contains(fragment);
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
    }

    /** The id of the element that has the focus. */
    String focused() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    String heading() {
        return find("main").findElement(By.tagName("h1")).getText();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String path() {
        return driver.getCurrentUrl().substring(ItEnvironment.baseUrl().length());
    }

    /** axe-core (the npm package, injected into the page): no serious or critical violation of WCAG 2.1 A/AA. */
    void assertAccessible(String page) {
        // legacy mode runs axe in the page itself; the default mode runs it per frame, then opens a blank window,
        // injects axe there again and finishes there (about a second each time), which only matters for
        // cross-origin frames: the portal's pages have no frame at all
        Results results = new AxeBuilder()
                .setLegacyMode(true)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        if (!blocking.isEmpty()) {
            fail("axe-core found on " + page + ":\n" + blocking.stream()
                    .map(rule -> "- " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " -> "
                            + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
    }

    /**
     * Fails if the console reported a Content-Security-Policy violation since the last look: a
     * blocked form or redirect leaves the page where it is and says why only there.
     */
    void assertNoCspViolation(String where) {
        List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy"))
                .toList();
        if (!violations.isEmpty()) {
            fail("Chromium reported a Content-Security-Policy violation " + where + ":\n" + String.join("\n", violations));
        }
    }

    String sessionCookie() {
        var cookie = driver.manage().getCookieNamed("MARELLE_SESSION");
        return cookie == null ? null : cookie.getValue();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
