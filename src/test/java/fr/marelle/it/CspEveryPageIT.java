package fr.marelle.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static fr.marelle.it.Sql.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every page of the portal, as the role that may see it, in a real Chromium: no
 * Content-Security-Policy violation and no JavaScript error in the console, on the page as it
 * loads and after the actions that run scripts (the payment page's poll, PrimeFaces' paginator, the buttons
 * whose handlers Mojarra writes, the counter page's own script, postbacks that render the page
 * again). The pages are read from src/main/webapp, so a new page is visited without editing this
 * class; a page that needs ids in its address gets them from {@link #QUERIES}.
 */
class CspEveryPageIT extends BrowserITBase {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final String PARENT = "parent@example.org";
    private static final String AGENT = "agent@example.org";
    private static final String FINANCE = "finance@example.org";
    private static final String ADMIN = "admin@example.org";
    private static final String ANONYMOUS = "";

    /** Who visits each folder of the webapp ("" is the root); a folder missing here fails the test. */
    private static final Map<String, List<String>> VISITORS = Map.of(
            "", List.of(ANONYMOUS),
            "error", List.of(ANONYMOUS),
            "parent", List.of(PARENT),
            "staff", List.of(AGENT),
            "finance", List.of(FINANCE),
            "admin", List.of(ADMIN),
            "account", List.of(PARENT, AGENT, FINANCE, ADMIN));

    /** Folders that hold no page. */
    private static final Set<String> NOT_PAGES = Set.of("WEB-INF", "resources");

    private static long household;
    private static long guardian;
    private static long child;
    private static long invoice;
    private static long activity;
    private static long registration;

    /** The query of the pages that need one (ids of the demo parent's household). */
    private static final Map<String, Supplier<String>> QUERIES = Map.ofEntries(
            Map.entry("/parent/booking-history.xhtml", () -> "child=" + child),
            Map.entry("/parent/bookings.xhtml", () -> "child=" + child),
            Map.entry("/parent/calendar-feed.xhtml", () -> "child=" + child),
            Map.entry("/parent/child.xhtml", () -> "id=" + child),
            Map.entry("/parent/invoice.xhtml", () -> "id=" + invoice),
            Map.entry("/parent/payment.xhtml", CspEveryPageIT::openPaymentAttempt),
            Map.entry("/staff/activity.xhtml", () -> "id=" + activity),
            Map.entry("/staff/household.xhtml", () -> "id=" + household),
            Map.entry("/staff/booking-history.xhtml", () -> "household=" + household + "&child=" + child),
            Map.entry("/staff/bookings.xhtml", () -> "household=" + household + "&child=" + child),
            Map.entry("/staff/child.xhtml", () -> "household=" + household + "&id=" + child),
            Map.entry("/staff/civil-identity.xhtml", () -> "household=" + household + "&account=" + guardian),
            Map.entry("/staff/registration.xhtml", () -> "id=" + registration),
            Map.entry("/finance/household.xhtml", () -> "id=" + household),
            Map.entry("/finance/invoice.xhtml", () -> "id=" + invoice));

    @BeforeAll
    static void demoParentsIds() {
        household = count("select g.household_id from guardian g join account a on a.id = g.account_id"
                + " where a.email = '" + PARENT + "'");
        child = count("select min(child_id) from household_child where household_id = " + household);
        guardian = count("select id from account where email = '" + PARENT + "'");
        invoice = count("select min(id) from invoice where household_id = " + household);
        activity = count("select min(id) from activity");
        registration = count("select min(id) from registration");
    }

    @BeforeEach
    void signedOut() {
        browser.open("/index.xhtml");
        browser.driver.manage().deleteAllCookies();
        console();
    }

    @Test
    void everyFolderOfTheWebappHasItsVisitorsAndEveryQueryItsPage() throws IOException {
        try (Stream<Path> folders = Files.list(WEBAPP)) {
            List<String> unknown = folders.filter(Files::isDirectory).map(f -> f.getFileName().toString())
                    .filter(f -> !NOT_PAGES.contains(f) && !VISITORS.containsKey(f)).toList();
            assertEquals(List.of(), unknown, "folders of pages nobody visits here: add them to VISITORS");
        }
        for (String page : QUERIES.keySet()) {
            assertTrue(Files.isRegularFile(WEBAPP.resolve(page.substring(1))), page + " is gone: remove it from QUERIES");
        }
    }

    /** One header, with a nonce for scripts and neither 'unsafe-inline' nor 'unsafe-eval'. */
    @Test
    void pagesSendOnePolicyWithAFreshNonceAndNoUnsafeScripts() {
        HttpResponse<String> first = Api.get("/login.xhtml");
        HttpResponse<String> second = Api.get("/login.xhtml");
        List<String> policies = first.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy: " + policies);
        String scripts = directive(policies.get(0), "script-src");
        assertTrue(scripts.matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'"), scripts);
        assertNotEquals(scripts, directive(second.headers().firstValue("Content-Security-Policy").orElseThrow(), "script-src"),
                "a nonce per answer");
        assertTrue(first.body().contains("nonce=\"" + scripts.replaceAll(".*'nonce-([^']+)'.*", "$1") + "\""),
                "the page's scripts carry the header's nonce");
        for (String other : List.of("/api/v1/me", "/jakarta.faces.resource/css/portal.css.xhtml", "/no-such-page")) {
            List<String> csp = Api.get(other).headers().allValues("Content-Security-Policy");
            assertEquals(1, csp.size(), other + ": " + csp);
            assertFalse(directive(csp.get(0), "script-src").contains("unsafe"), other + ": " + csp);
        }
    }

    /** PrimeFaces checks the page's nonce on postback: a form posted without scripts must carry it too. */
    @Test
    void aFormPostedWithoutScriptsIsRenderedAgainWithItsMessages() {
        HttpResponse<String> again = PageSession.submit("/register.xhtml", "registerForm", Map.of());
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("Le formulaire contient"), again.body());
    }

    /** A hand-made or forged postback (no nonce, or another page's) is sent to the "page expired" page, not a 500. */
    @Test
    void aPostbackWithoutItsPagesNonceGoesToTheExpiredPage() {
        for (String nonce : List.of("", "bm90LXRoZS1wYWdlcy1ub25jZQ==")) {
            HttpResponse<String> refused = PageSession.submit("/register.xhtml", "registerForm", Map.of("primefaces.nonce", nonce));
            assertEquals(303, refused.statusCode(), "nonce '" + nonce + "': " + refused.body());
            assertTrue(refused.headers().firstValue("Location").orElse("").endsWith("/error/expired.xhtml"),
                    refused.headers().map().toString());
        }
        assertEquals(200, Api.get("/error/expired.xhtml").statusCode());
    }

    @Test
    void anonymousPages() {
        List<String> problems = visitAll(ANONYMOUS);
        // a postback that renders the same view again: the form must carry the page's nonce back
        browser.open("/register.xhtml");
        browser.submit("submit");
        problems.addAll(look("/register.xhtml after an empty submit"));
        assertClean(problems);
    }

    @Test
    void parentPages() {
        List<String> problems = visitAll(PARENT);

        browser.open("/parent/bookings.xhtml?child=" + child);
        browser.submit("next");
        browser.submit("bookButton");
        problems.addAll(look("/parent/bookings.xhtml: next week, then booking nothing"));

        // the confirmation PrimeFaces moved out of the button's onclick: asked, declined, nothing removed
        browser.open("/parent/child.xhtml?id=" + child);
        browser.click(browser.find("removeChild"));
        Alert confirm = browser.waiting(Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
        confirm.dismiss();
        assertEquals("/parent/child.xhtml?id=" + child, browser.path(), "declining the confirmation stays on the page");
        problems.addAll(look("/parent/child.xhtml: remove, declined"));

        // PrimeFaces' poll: an ajax request every 3 s, answered with a script to run
        browser.open("/parent/payment.xhtml?" + openPaymentAttempt());
        sleep(Duration.ofSeconds(7));
        problems.addAll(look("/parent/payment.xhtml after two polls"));
        assertClean(problems);
    }

    @Test
    void agentPages() {
        List<String> problems = visitAll(AGENT);
        browser.open("/staff/attendance.xhtml");
        browser.submit("showDay");
        browser.driver.findElements(By.id("searchChild")).stream().findFirst().ifPresent(browser::submit);
        problems.addAll(look("/staff/attendance.xhtml: a day shown, an empty search"));
        assertClean(problems);
    }

    @Test
    void financePages() {
        List<String> problems = visitAll(FINANCE);
        browser.open("/finance/household.xhtml?id=" + household);
        new Select(browser.find("means")).selectByValue("CHEQUE");
        assertTrue(browser.find("chequeFields").isDisplayed(), "the counter page's script shows the cheque fields");
        // a button with parameters: Mojarra writes its onclick, PrimeFaces moves it to a nonce'd script
        browser.submit("proposeSpread");
        assertTrue(browser.path().startsWith("/finance/household.xhtml"), browser.path());
        problems.addAll(look("/finance/household.xhtml: cheque chosen, spread proposed"));
        assertClean(problems);
    }

    @Test
    void adminPages() {
        // more than a page of audit trail (25 rows), whichever test ran before: marked as this test's own
        Sql.update("insert into audit_entry (at, actor_email, action)"
                + " select " + Sql.now() + ", 'csp-every-page-it@example.invalid', 'CSP_IT_PAGINATOR' from generate_series(1, 30)");
        List<String> problems = visitAll(ADMIN);
        browser.open("/admin/audit.xhtml");
        List<WebElement> next = browser.driver.findElements(By.cssSelector("#auditTable .ui-paginator-next"));
        assertFalse(next.isEmpty(), "the audit trail has more than one page");
        String before = browser.find("auditTable").findElement(By.tagName("tbody")).getText();
        browser.click(next.get(0));
        browser.waiting(Duration.ofSeconds(20)).until(d ->
                !browser.find("auditTable").findElement(By.tagName("tbody")).getText().equals(before));
        problems.addAll(look("/admin/audit.xhtml: the paginator's next page (ajax)"));
        assertClean(problems);
    }

    /** Signs in as the visitor (unless anonymous) and opens each of the pages its folders hold. */
    private static List<String> visitAll(String visitor) {
        if (!visitor.isEmpty()) {
            signIn(visitor, ItEnvironment.DEMO_PASSWORD);
            assertFalse(browser.path().startsWith("/login.xhtml"), "signed in as " + visitor);
        }
        List<String> problems = new ArrayList<>(look("signing in as " + (visitor.isEmpty() ? "nobody" : visitor)));
        List<String> pages = VISITORS.entrySet().stream().filter(e -> e.getValue().contains(visitor))
                .flatMap(e -> pages(e.getKey()).stream()).sorted().toList();
        assertFalse(pages.isEmpty());
        for (String page : pages) {
            Supplier<String> query = QUERIES.get(page);
            browser.open(query == null ? page : page + "?" + query.get());
            browser.find("main");
            problems.addAll(look(page));
        }
        return problems;
    }

    /** The .xhtml pages of a folder of the webapp, as paths of the portal. */
    private static List<String> pages(String folder) {
        try (Stream<Path> files = Files.list(WEBAPP.resolve(folder))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xhtml"))
                    .map(f -> "/" + WEBAPP.relativize(f).toString().replace('\\', '/')).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The console's errors and policy violations since the last look, each prefixed with where. */
    private static List<String> look(String where) {
        // scripts run on load: let them
        browser.waiting(Duration.ofSeconds(20)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return console().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue() || e.getMessage().contains("Content Security Policy"))
                // the payment simulator's page declares no icon, so Chromium asks for one, maybe after we left it
                .filter(e -> !e.getMessage().contains("/favicon.ico - Failed to load resource"))
                .map(e -> where + ": " + e.getMessage()).toList();
    }

    private static List<LogEntry> console() {
        return browser.driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    private static void assertClean(List<String> problems) {
        if (!problems.isEmpty()) {
            fail(problems.size() + " console errors or policy violations:\n" + String.join("\n", problems));
        }
    }

    /**
     * The query of the payment status page for an attempt still open: the demo parent's newest one,
     * or a new one started from the pay page (the parent then stays on the simulator's page).
     */
    private static String openPaymentAttempt() {
        String open = "select coalesce(max(id), 0) from payment_attempt where household_id = " + household
                + " and status in ('NEW', 'PENDING')";
        if (count(open) == 0) {
            browser.open("/parent/pay.xhtml");
            WebElement pay = browser.driver.findElements(By.cssSelector("[id^='payButton-']")).stream().findFirst()
                    .orElseThrow(() -> new AssertionError("the demo parent has nothing to pay: " + browser.text()));
            browser.submit(pay);
            look("the payment simulator's page"); // not the portal's: its console is not judged here
        }
        return "attempt=" + count(open);
    }

    private static String directive(String policy, String name) {
        return Stream.of(policy.split(";")).map(String::strip).filter(d -> d.startsWith(name + " "))
                .collect(Collectors.joining("; "));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
