package fr.marelle.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo parent books two sessions for Léa on the booking page, then cancels one and sees the
 * month; an agent books at the counter for a family and works the waiting lists; axe on the way.
 */
class BookingBrowserIT extends BrowserITBase {

    @Test
    void aParentBooksTwoSessionsAndCancelsOne() {
        browser.open("/login.xhtml");
        browser.driver.manage().deleteAllCookies();
        browser.open("/login.xhtml");
        signIn("parent@example.org", ItEnvironment.DEMO_PASSWORD);

        // the first week to come with two sessions to book for Léa: canteen in term time, leisure centre in the holidays
        String parent = Api.basic("parent@example.org", ItEnvironment.DEMO_PASSWORD);
        long lea = childNamed(parent, "Léa");
        List<JsonObject> twoToBook = firstTwoBookableInOneWeek(lea, parent);
        LocalDate from = monday(ChildCalendarApi.day(twoToBook.get(0)));
        browser.open("/parent/bookings.xhtml?child=" + lea + "&from=" + from);
        assertEquals("Réservations", browser.heading());
        browser.assertAccessible("the booking page");

        List<WebElement> bookable = browser.driver.findElements(By.cssSelector(".session--BOOKABLE input[type=checkbox]"));
        assertTrue(bookable.size() >= 2, "sessions to book for Léa: " + browser.text());
        assertTrue(bookable.get(0).getAccessibleName().matches("Réserver .+, \\p{L}+ \\d+ \\p{L}+, pour Léa"),
                "the box says what it books, on which day, for whom: " + bookable.get(0).getAccessibleName());
        browser.click(bookable.get(0));
        browser.submit("bookButton");
        assertTrue(browser.text().contains("Votre demande est traitée"), browser.text());
        assertEquals(1, browser.driver.findElements(By.cssSelector(".results .result--ok")).size(), browser.text());
        assertTrue(browser.find("bookedTotal").getText().matches("Réservé : 1 séance – \\d+,\\d\\d €"), browser.text());
        browser.assertAccessible("the booking page with results");
        int confirmed = browser.driver.findElements(By.cssSelector(".session--CONFIRMED")).size();

        // one save cancels the booking and books the other session, each reported (cancellations used to be dropped)
        browser.click(browser.driver.findElements(By.cssSelector(".session--CONFIRMED input[type=checkbox]")).get(0));
        browser.click(browser.driver.findElements(By.cssSelector(".session--BOOKABLE input[type=checkbox]")).get(0));
        assertTrue(browser.find("runningTotal").getText().matches("À réserver : 1 séance – .+ · À annuler : 1 séance – .+"),
                browser.find("runningTotal").getText());
        browser.submit("bookButton");
        List<String> lines = browser.driver.findElements(By.cssSelector(".results .result--ok")).stream().map(WebElement::getText).toList();
        assertEquals(2, lines.size(), browser.text());
        assertTrue(lines.get(0).endsWith(": annulé") && lines.get(1).endsWith(": réservé"), lines.toString());
        assertTrue(browser.find("cancelledTotal").getText().startsWith("Annulé : 1 séance"), browser.text());
        assertTrue(browser.find("bookedTotal").getText().startsWith("Réservé : 1 séance"), browser.text());
        assertEquals(confirmed, browser.driver.findElements(By.cssSelector(".session--CONFIRMED")).size(), browser.text());

        // the standard week: the same weekday of the same activity as the first session, over the fortnight shown
        JsonObject model = twoToBook.get(0);
        browser.click(browser.find("standard-week-title"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('weekFrom').value = arguments[0]; document.getElementById('to').value = arguments[1];",
                from.toString(), from.plusDays(13).toString());
        new Select(browser.find("weekActivity")).selectByVisibleText(model.getString("activity"));
        browser.click(browser.driver.findElement(By.cssSelector("input[name='weekdays'][value='"
                + ChildCalendarApi.day(model).getDayOfWeek() + "']")));
        browser.submit("standardWeekButton");
        assertTrue(browser.text().contains("Votre demande est traitée"), browser.text());
        assertTrue(browser.driver.findElements(By.cssSelector(".results li")).size() >= 1, browser.text());
        browser.assertAccessible("the booking page after a standard week");

        // the home page lists the household's next bookings and what is left to pay
        browser.open("/parent/home.xhtml");
        assertTrue(browser.find("upcoming").getText().contains("Léa – "), browser.text());
        assertTrue(browser.find("leftToPay").getText().matches("(?s).*(Reste à payer|Rien à payer).*"), browser.text());
        browser.assertAccessible("the parent's home page");

        // the month of the second session, which stayed booked
        browser.open("/parent/bookings.xhtml?child=" + lea + "&view=month&from=" + ChildCalendarApi.day(twoToBook.get(1)));
        assertEquals(1, browser.driver.findElements(By.cssSelector("table.month")).size(), browser.text());
        assertTrue(browser.driver.findElements(By.cssSelector("table.month .session--CONFIRMED")).size() >= 1, browser.text());
        browser.assertAccessible("the booking page, month view");

        browser.submit("history");
        assertEquals("Historique des réservations", browser.heading());
        assertTrue(browser.text().contains("Annulée"), browser.text());
        assertTrue(browser.text().contains("Camille Martin (famille)"), browser.text());
        browser.assertAccessible("the booking history");
    }

    @Test
    void anAgentBooksAtTheCounterPastTheDeadlineWithAReasonAndWorksTheWaitingList() throws Exception {
        // a full session with one child waiting, for the waiting-list page
        String first = Api.basic("famille396@example.net", ItEnvironment.DEMO_PASSWORD);
        String second = Api.basic("famille397@example.net", ItEnvironment.DEMO_PASSWORD);
        long session = fullSessionOfOnePlace();
        Api.postJson("/api/v1/bookings", "{\"items\":[{\"childId\":" + firstChild(first) + ",\"sessionId\":" + session + "}]}",
                "Authorization", first);
        Api.postJson("/api/v1/bookings", "{\"items\":[{\"childId\":" + firstChild(second) + ",\"sessionId\":" + session + "}]}",
                "Authorization", second);
        // a session the day after tomorrow, whose deadline (7 days before, as the canteen's) has passed
        String workshop = "Atelier bricolage " + System.nanoTime();
        LocalDate day = sessionPastItsDeadline(workshop);

        browser.open("/login.xhtml");
        browser.driver.manage().deleteAllCookies();
        browser.open("/login.xhtml");
        signIn("agent@example.org", ItEnvironment.DEMO_PASSWORD);
        String family = Api.basic("famille395@example.net", ItEnvironment.DEMO_PASSWORD);
        long household = Api.json(Api.get("/api/v1/household", "Authorization", family)).getJsonNumber("id").longValue();
        browser.open("/staff/household.xhtml?id=" + household);
        browser.submit(browser.driver.findElements(By.cssSelector("a[id$='bookings']")).get(0));
        assertEquals("Réservations au guichet", browser.heading());
        browser.assertAccessible("the counter booking page");

        // the week of that session: its deadline has passed; staff may still book with a reason
        browser.open("/staff/bookings.xhtml?household=" + household + "&child=" + firstChild(family) + "&from=" + day);
        assertEquals("Réservations au guichet", browser.heading());
        By lateBox = closedSessionBox(workshop);
        List<WebElement> late = browser.driver.findElements(lateBox);
        assertFalse(late.isEmpty(), "a session past its deadline offered to staff: " + browser.text());
        browser.click(late.get(0));
        browser.submit("bookButton");
        assertEquals(1, browser.driver.findElements(By.cssSelector(".results .result--refused")).size(), browser.text());
        browser.click(browser.driver.findElement(lateBox));
        browser.type("overrideReason", "Reprise du travail de la mère, accord du service");
        browser.submit("bookButton");
        assertEquals(1, browser.driver.findElements(By.cssSelector(".results .result--ok")).size(), browser.text());
        assertTrue(browser.driver.findElements(By.cssSelector(".session--CONFIRMED")).size() >= 1, browser.text());

        // the child's booking history at the counter shows the agent's reason
        browser.submit("staffHistory");
        assertEquals("Historique des réservations", browser.heading());
        assertTrue(browser.text().contains("Reprise du travail de la mère, accord du service"), browser.text());
        browser.assertAccessible("the booking history at the counter");

        browser.open("/staff/waiting-lists.xhtml");
        assertEquals("Listes d’attente", browser.heading());
        browser.assertAccessible("the waiting lists");
        long waiting = bookingOn(second, session);
        browser.type("text-" + waiting, "Place libérée par l’école");
        browser.submit("promote-" + waiting);
        assertTrue(browser.text().contains("La place est donnée"), browser.text());
    }

    /** The first sessions to come that Léa can be booked on, two of them in the same week. */
    private static List<JsonObject> firstTwoBookableInOneWeek(long child, String auth) {
        List<JsonObject> toCome = ChildCalendarApi.firstBookable(child, auth, 12);
        for (int i = 0; i + 1 < toCome.size(); i++) {
            if (monday(ChildCalendarApi.day(toCome.get(i))).equals(monday(ChildCalendarApi.day(toCome.get(i + 1))))) {
                return List.of(toCome.get(i), toCome.get(i + 1));
            }
        }
        throw new AssertionError("no week with two sessions to book for child " + child + ": " + toCome);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The box to book, for staff, the session of that activity closed by its deadline. */
    private static By closedSessionBox(String activity) {
        return By.xpath("//li[contains(@class, 'session--CLOSED')][.//strong[text() = '" + activity + "']]"
                + "//input[@type = 'checkbox']");
    }

    private static long childNamed(String auth, String firstName) {
        return array(Api.get("/api/v1/household/children", "Authorization", auth).body()).stream()
                .map(jakarta.json.JsonValue::asJsonObject).filter(c -> firstName.equals(c.getString("firstName")))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static long firstChild(String auth) {
        return array(Api.get("/api/v1/household/children", "Authorization", auth).body()).getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    /** The family's booking (or waiting request) on the session. */
    private static long bookingOn(String auth, long session) {
        LocalDate today = ItEnvironment.today();
        return array(Api.get("/api/v1/children/" + firstChild(auth) + "/bookings?from=" + today + "&to=" + today.plusDays(30),
                "Authorization", auth).body()).stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(b -> b.getJsonNumber("sessionId").longValue() == session).findFirst().orElseThrow()
                .getJsonNumber("bookingId").longValue();
    }

    /**
     * A session of a new activity open to every child, the day after tomorrow, which could be booked
     * until 7 days before at 10:00 (as the canteen): its day.
     */
    private static LocalDate sessionPastItsDeadline(String activity) {
        LocalDate day = ItEnvironment.today().plusDays(2);
        Sql.update("with a as (insert into activity (name, type, site_id, regie_code, start_time, end_time,"
                + " default_capacity, book_kind, book_amount, book_time, cancel_kind, cancel_amount, cancel_time,"
                + " waiting_list, created_at) select '" + activity + "', 'WEDNESDAY_CENTRE', id, 'LOISIRS', '14:00', '17:00',"
                + " 10, 'CALENDAR_DAYS', 7, '10:00', 'NONE', 0, '10:00', false, " + Sql.now()
                + " from site where kind = 'LEISURE_CENTRE' order by id limit 1 returning id)"
                + " insert into activity_session (activity_id, day, start_time, end_time, capacity)"
                + " select id, '" + day + "'::date, '14:00', '17:00', 10 from a");
        return day;
    }

    private static jakarta.json.JsonArray array(String json) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return reader.readArray();
        }
    }

    /** A session in 20 days with one place, of a new Wednesday activity with a waiting list. */
    private static long fullSessionOfOnePlace() throws java.sql.SQLException {
        try (var c = ItEnvironment.database(); var s = c.createStatement()) {
            var rs = s.executeQuery("with a as (insert into activity (name, type, site_id, regie_code, start_time, end_time,"
                    + " default_capacity, waiting_list, created_at) select 'Sortie cinéma " + System.nanoTime() + "', 'WEDNESDAY_CENTRE', id,"
                    + " 'LOISIRS', '14:00', '17:00', 1, true, " + Sql.now() + " from site where kind = 'LEISURE_CENTRE' order by id limit 1"
                    + " returning id) insert into activity_session (activity_id, day, start_time, end_time, capacity)"
                    + " select id, " + Sql.today() + " + 20, '14:00', '17:00', 1 from a returning id");
            rs.next();
            return rs.getLong(1);
        }
    }
}
