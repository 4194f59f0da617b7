package fr.marelle.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo parent books two sessions for Léa on the booking page, then cancels one; axe on the way. */
class BookingBrowserIT extends BrowserITBase {

    @Test
    void aParentBooksTwoSessionsAndCancelsOne() {
        browser.open("/login.xhtml");
        signIn("parent@example.org", ItEnvironment.DEMO_PASSWORD);

        // three weeks ahead: the demo canteen is bookable up to 7 days before
        LocalDate from = LocalDate.now(ZoneId.of("Europe/Paris")).plusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        browser.open("/parent/bookings.xhtml?from=" + from);
        assertEquals("Réservations", browser.heading());
        browser.assertAccessible("the booking page");

        List<WebElement> bookable = browser.driver.findElements(By.cssSelector(".session--BOOKABLE input[type=checkbox]"));
        assertTrue(bookable.size() >= 2, "sessions to book for Léa: " + browser.text());
        browser.click(bookable.get(0));
        browser.click(bookable.get(1));
        browser.submit("bookButton");
        assertTrue(browser.text().contains("Votre demande est traitée"), browser.text());
        assertEquals(2, browser.driver.findElements(By.cssSelector(".results .result--ok")).size(), browser.text());
        assertTrue(browser.driver.findElements(By.cssSelector(".session--CONFIRMED")).size() >= 2);
        browser.assertAccessible("the booking page with results");

        browser.click(browser.driver.findElements(By.cssSelector(".session--CONFIRMED input[type=checkbox]")).get(0));
        browser.submit("cancelButton");
        assertTrue(browser.text().contains("annulé"), browser.text());

        // the standard week: every Tuesday of the fortnight shown
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('weekFrom').value = arguments[0]; document.getElementById('to').value = arguments[1];",
                from.toString(), from.plusDays(13).toString());
        browser.click(browser.driver.findElement(By.cssSelector("input[name='weekdays'][value='TUESDAY']")));
        browser.submit("standardWeekButton");
        assertTrue(browser.text().contains("Votre demande est traitée"), browser.text());
        assertTrue(browser.driver.findElements(By.cssSelector(".results li")).size() >= 1, browser.text());
        browser.assertAccessible("the booking page after a standard week");

        browser.submit("history");
        assertEquals("Historique des réservations", browser.heading());
        assertTrue(browser.text().contains("Annulée"), browser.text());
        assertTrue(browser.text().contains("Camille Martin (famille)"), browser.text());
        browser.assertAccessible("the booking history");
    }
}
