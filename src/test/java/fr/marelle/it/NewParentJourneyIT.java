package fr.marelle.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The new parent's journey on a 390 px phone, timed: register, activate, sign in, household, child,
 * book a whole month of canteen for every school day, see the total, cancel one day. At most 10 page
 * loads in all and 3 submits for the month's booking, axe-core clean on every page seen. Page loads and
 * submits are counted in the browser itself: a script Chromium runs at the start of every new document
 * (DevTools' {@code Page.addScriptToEvaluateOnNewDocument}) notes the document and each form submitted in
 * the tab's sessionStorage, so a redirect or a page that moves on by itself is counted as it happens.
 *
 * <p>With {@code -Dmarelle.it.screenshots=src/docs/screenshots} it also writes the README's screenshots of
 * the booking page, on the phone and on a desktop.
 */
class NewParentJourneyIT extends BrowserITBase {

    private static final String PASSWORD = "Lilas-Cerise-2026!";
    private static final String CANTEEN = "Restauration scolaire – Jules-Ferry";
    private static final String COUNTER = """
            (function () {
              if (!/^https?:$/.test(location.protocol)) { return; }
              function add(key, value) {
                var list = JSON.parse(sessionStorage.getItem(key) || '[]');
                list.push(value);
                sessionStorage.setItem(key, JSON.stringify(list));
              }
              add('journey.loads', location.pathname);
              document.addEventListener('submit', function (event) {
                add('journey.submits', location.pathname + ' ' + (event.target.id || '?'));
              }, true);
            })();""";

    @Test
    void aNewParentBooksNextMonthsCanteenOnAPhoneInTenPageLoadsAtMost() throws IOException {
        browser.open("/index.xhtml");
        browser.driver.manage().deleteAllCookies();
        script("sessionStorage.clear();");
        HasCdp chromium = (HasCdp) browser.driver;
        phone(chromium);
        String counter = String.valueOf(chromium.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", COUNTER)).get("identifier"));
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        YearMonth month = monthToBook();
        long begin = System.nanoTime();
        try {
            // register: every rule shown at once, one submit
            browser.open("/register.xhtml");
            seen("the registration page");
            browser.type("firstName", "Claire");
            browser.type("lastName", "Voyageur");
            browser.type("email", email);
            browser.type("password", PASSWORD);
            browser.click(browser.find("termsAccepted"));
            browser.submit("submit");
            assertEquals("Vérifiez votre messagerie", browser.heading());
            seen("the page after registering");

            // the mailed link activates at once, then offers to sign in with the address filled in
            browser.driver.get(Mailbox.await(email, 1).get(0).link(ItEnvironment.baseUrl() + "/activate.xhtml?token="));
            browser.waitForText("Votre compte est activé");
            seen("the activation page");
            browser.submit("toLogin");
            assertEquals(email, browser.find("email").getAttribute("value"));
            seen("the login page");
            browser.type("password", PASSWORD);
            browser.submit("submit");

            // a new account goes on to its household, and a new household to its first child
            assertTrue(browser.path().startsWith("/parent/household.xhtml"), browser.path());
            seen("the household page");
            browser.type("addressLine1", "3 rue des Lilas");
            browser.type("postcode", "49000");
            browser.type("city", "Marelle");
            browser.type("phone", "06 12 34 56 78");
            browser.submit("saveHousehold");
            assertEquals("Nouvel enfant", browser.heading(), browser.text());
            seen("the new child form");
            browser.type("firstName", "Emma");
            browser.type("lastName", "Voyageur");
            script("arguments[0].value = arguments[1];", browser.find("birthDate"), "2018-03-14");
            new Select(browser.find("schoolSiteId")).selectByVisibleText("École Jules-Ferry");
            browser.submit("saveAndBook");

            // the booking page: the rules first, then the first week with something to book
            assertEquals("Réservations", browser.heading(), browser.text());
            seen("the booking page");
            // the rules of the activities on the weeks shown: in the holidays the canteen is not among them
            String rules = browser.find("bookingRules").getText();
            assertTrue(!rules.isBlank() && rules.lines().allMatch(line -> line.contains(" : à réserver ")), rules);
            assertTrue(!rules.contains(CANTEEN) || rules.contains(CANTEEN + " : à réserver 7 jours avant, à 10:00"), rules);
            assertFalse(browser.driver.findElements(By.cssSelector(".session--available input[type=checkbox]")).isEmpty(),
                    "the page opens on a week with something to book: " + browser.text());

            // every school day of the month in one action
            new Select(browser.find("monthActivity")).selectByVisibleText(CANTEEN);
            new Select(browser.find("monthToBook")).selectByValue(month.toString());
            browser.submit("bookMonthButton");
            seen("the month booked");
            List<WebElement> booked = canteenBoxes("session--booked");
            assertTrue(booked.size() >= 5, "a month of school days booked: " + browser.text());
            assertTrue(canteenBoxes("session--available").isEmpty(), "no canteen day left to book: " + browser.text());
            long cents = booked.stream().mapToLong(b -> Long.parseLong(b.getAttribute("data-cents"))).sum();
            assertTrue(cents > 0, "the canteen has a price");
            assertEquals("Réservé : " + booked.size() + " séances – " + euros(cents), browser.find("bookedTotal").getText());
            String mail = Mailbox.awaitMatching(email, m -> m.subject().contains("vos réservations")).body();
            assertTrue(mail.contains("Total des séances réservées : " + booked.size() + " séances – " + euros(cents)), mail);
            screenshot("booking-phone.png");

            // cancel one day: the running total says it before saving, the server confirms it
            WebElement oneDay = booked.get(booked.size() - 1);
            long dayCents = Long.parseLong(oneDay.getAttribute("data-cents"));
            browser.click(oneDay);
            assertEquals("À annuler : 1 séance – " + euros(dayCents), browser.find("runningTotal").getText());
            browser.submit("bookButton");
            assertEquals("Annulé : 1 séance – " + euros(dayCents), browser.find("cancelledTotal").getText(), browser.text());
            assertEquals(booked.size() - 1, canteenBoxes("session--booked").size(), browser.text());
            seen("the booking page after cancelling a day");
        } finally {
            chromium.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", counter));
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        List<Object> loads = list("journey.loads");
        List<Object> submits = list("journey.submits");
        long bookingSubmits = submits.stream().filter(s -> String.valueOf(s).startsWith("/parent/bookings.xhtml")).count();
        System.out.printf("New parent's journey on a 390 px phone: %d page loads %s, %d submits %s (%d for the month's"
                + " booking), %.1f s%n", loads.size(), loads, submits.size(), submits, bookingSubmits, seconds);
        assertTrue(loads.size() <= 10, "at most 10 page loads: " + loads);
        assertTrue(bookingSubmits <= 3, "at most 3 submits for the month's booking: " + submits);

        desktopScreenshot(chromium);
    }

    /**
     * The month after today's, or the first one after it among those the page offers with at least five canteen days
     * (July has one or two, August none). Late in June there is none until September, whose sessions the demo town
     * plans only once the ministry's calendar of that school year is shipped: the journey is then not run.
     */
    private static YearMonth monthToBook() {
        LocalDate first = ItEnvironment.today().withDayOfMonth(1).plusMonths(1);
        LocalDate end = first.plusMonths(2);
        String day = Sql.text("select min(m) from (select date_trunc('month', s.day)::date as m from activity_session s"
                + " join activity a on a.id = s.activity_id where a.name = '" + CANTEEN + "' and s.day >= '" + first
                + "'::date and s.day < '" + end + "'::date group by 1 having count(distinct s.day) >= 5) months");
        org.junit.jupiter.api.Assumptions.assumeTrue(day != null,
                "no month with canteen days among those the booking page offers after " + ItEnvironment.today());
        return YearMonth.from(LocalDate.parse(day));
    }

    /** The boxes of the canteen's sessions in that state on the page. */
    private static List<WebElement> canteenBoxes(String state) {
        return browser.driver.findElements(By.xpath("//li[contains(concat(' ', @class, ' '), ' " + state + " ')]"
                + "[.//strong[text() = '" + CANTEEN + "']]//input[@type = 'checkbox']"));
    }

    /** A page of the journey: 390 px wide without scrolling sideways, axe-core clean, no Content-Security-Policy violation. */
    private static void seen(String page) {
        assertEquals(390L, script("return window.innerWidth;"), page);
        assertTrue((Long) script("return document.documentElement.scrollWidth;") <= 390L, page + " scrolls sideways: "
                + script("return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > 390)"
                + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ');"));
        browser.assertAccessible(page + " (390 px)");
        browser.assertNoCspViolation("on " + page);
    }

    /** A 390 px viewport (not "mobile", which would zoom out a page wider than that and move the clicks). */
    private static void phone(HasCdp chromium) {
        chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
    }

    /** The month booked on a desktop, for the README; the window back as it was. */
    private static void desktopScreenshot(HasCdp chromium) throws IOException {
        chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        try {
            browser.driver.navigate().refresh();
            browser.find("bookingsForm");
            browser.assertAccessible("the booking page on a desktop");
            screenshot("booking-desktop.png");
        } finally {
            chromium.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Writes the viewport, scrolled to the period shown, where -Dmarelle.it.screenshots names a folder. */
    private static void screenshot(String name) throws IOException {
        String folder = System.getProperty("marelle.it.screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        script("document.querySelector('.period').scrollIntoView({block: 'start'});");
        script("window.scrollBy(0, -8);");
        Path file = Path.of(folder, name);
        Files.createDirectories(file.getParent());
        Files.write(file, ((org.openqa.selenium.TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
    }

    /** "27,60 €", as the portal writes money. */
    private static String euros(long cents) {
        return String.format(java.util.Locale.FRANCE, "%d,%02d €", cents / 100, cents % 100);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(String key) {
        Object list = script("return JSON.parse(sessionStorage.getItem(arguments[0]) || '[]');", key);
        return (List<Object>) list;
    }

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser.driver).executeScript(js, args);
    }
}
