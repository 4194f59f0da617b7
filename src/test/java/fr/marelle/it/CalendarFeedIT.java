package fr.marelle.it;

import jakarta.json.JsonArray;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A child's private calendar URL: created by a parent, read without login by a calendar
 * application, out of reach of other families, dead once revoked or replaced. Families
 * famille370..389 and famille58 are this class's own.
 */
class CalendarFeedIT extends PortalITBase {

    private static final LocalDate TODAY = ItEnvironment.today();

    @Test
    void aParentsPrivateCalendarUrlListsTheConfirmedBookingsWithoutLoginUntilItIsRevoked() throws Exception {
        String parent = Api.basic("famille370@example.net", ItEnvironment.DEMO_PASSWORD);
        String other = Api.basic("famille371@example.net", ItEnvironment.DEMO_PASSWORD);
        JsonObject child = firstChild(parent);
        long childId = child.getJsonNumber("id").longValue();
        long booking = bookASession(parent, childId);

        String feed = "/api/v1/children/" + childId + "/calendar-feed";
        assertFalse(Api.json(ok(Api.get(feed, "Authorization", parent))).getBoolean("active"));

        // another family cannot create, read or revoke this child's feed; nobody can without login
        assertEquals(404, Api.postJson(feed, "", "Authorization", other).statusCode());
        assertEquals(404, Api.get(feed, "Authorization", other).statusCode());
        assertEquals(404, Api.send(Api.request(feed).header("Authorization", other).DELETE()).statusCode());
        assertEquals(401, Api.postJson(feed, "").statusCode());

        HttpResponse<String> created = Api.postJson(feed, "", "Authorization", parent);
        assertEquals(201, created.statusCode(), created.body());
        String url = Api.json(created).getString("url");
        assertTrue(url.startsWith(ItEnvironment.baseUrl() + "/api/v1/calendar-feeds/") && url.endsWith(".ics"), url);
        JsonObject status = Api.json(ok(Api.get(feed, "Authorization", parent)));
        assertTrue(status.getBoolean("active"));
        assertNotNull(status.getString("since"));
        assertFalse(status.toString().contains(token(url)), "the status never shows the URL again");

        // read without any credentials, as a calendar application does
        HttpResponse<String> ics = Api.send(HttpRequest.newBuilder(URI.create(url)).GET());
        assertEquals(200, ics.statusCode(), ics.body());
        assertEquals("text/calendar;charset=utf-8", ics.headers().firstValue("Content-Type").orElse("")
                .replace(" ", "").toLowerCase());
        assertEquals("private, max-age=300", ics.headers().firstValue("Cache-Control").orElse(""));
        String unfolded = ics.body().replace("\r\n ", "");
        assertTrue(unfolded.startsWith("BEGIN:VCALENDAR\r\n"), unfolded);
        assertTrue(unfolded.contains("X-WR-CALNAME:Marelle – " + child.getString("firstName") + "\r\n"), unfolded);
        assertTrue(unfolded.contains("UID:booking-" + booking + "@127.0.0.1\r\n"), unfolded);
        assertTrue(unfolded.contains(" – " + child.getString("firstName") + "\r\n"), "summary names the child: " + unfolded);
        assertTrue(unfolded.contains("STATUS:CONFIRMED\r\n"));
        assertFalse(unfolded.contains("@example.net"), "no guardian data in the feed");

        // the database keeps only the hash; the audit trail has the creation without the secret
        try (Connection c = ItEnvironment.database();
             PreparedStatement s = c.prepareStatement("select token_hash from calendar_feed where child_id = ? and revoked_at is null")) {
            s.setLong(1, childId);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(sha256(token(url)), rs.getString(1));
            }
        }
        assertEquals(List.of("CALENDAR_FEED_CREATED"), auditActions(childId));

        // creating again replaces the URL: the old one stops at once
        String second = Api.json(Api.postJson(feed, "", "Authorization", parent)).getString("url");
        assertNotEquals(url, second);
        assertEquals(404, Api.send(HttpRequest.newBuilder(URI.create(url)).GET()).statusCode());
        assertEquals(200, Api.send(HttpRequest.newBuilder(URI.create(second)).GET()).statusCode());

        assertEquals(204, Api.send(Api.request(feed).header("Authorization", parent).DELETE()).statusCode());
        HttpResponse<String> revoked = Api.send(HttpRequest.newBuilder(URI.create(second)).GET());
        assertEquals(404, revoked.statusCode());
        assertEquals("Not found", revoked.body(), "no detail on a dead URL");
        assertFalse(Api.json(ok(Api.get(feed, "Authorization", parent))).getBoolean("active"));
        assertEquals(404, Api.get("/api/v1/calendar-feeds/" + "A".repeat(43) + ".ics").statusCode());
        assertEquals(404, Api.get("/api/v1/calendar-feeds/nope.ics").statusCode());
        assertEquals(List.of("CALENDAR_FEED_CREATED", "CALENDAR_FEED_REVOKED", "CALENDAR_FEED_CREATED",
                "CALENDAR_FEED_REVOKED"), auditActions(childId));

        String openApi = ok(Api.get("/openapi")).body();
        assertTrue(openApi.contains("/api/v1/children/{id}/calendar-feed:"), "OpenAPI");
        assertTrue(openApi.contains("/api/v1/calendar-feeds/"), "OpenAPI");
    }

    @Test
    void aParentCreatesTheUrlOnItsPageAndRevokesIt() throws Exception {
        Browser.assumeInstalled();
        String email = "famille372@example.net";
        long childId = firstChild(Api.basic(email, ItEnvironment.DEMO_PASSWORD)).getJsonNumber("id").longValue();
        try (Browser browser = new Browser()) {
            browser.open("/login.xhtml");
            browser.type("email", email);
            browser.type("password", ItEnvironment.DEMO_PASSWORD);
            browser.submit("submit");
            browser.open("/parent/bookings.xhtml?child=" + childId + "&from=" + TODAY);
            browser.submit("calendarFeed");
            assertEquals("Agenda privé (iCal)", browser.heading());
            assertTrue(browser.text().contains("Aucun lien d’agenda"), browser.text());
            browser.assertAccessible("the calendar feed page");

            browser.submit("createButton");
            String url = browser.find("feedUrl").getAttribute("value");
            assertTrue(url.contains("/api/v1/calendar-feeds/"), url);
            assertTrue(browser.find("webcalLink").getAttribute("href").startsWith("webcal://"));
            assertTrue(browser.text().contains("Un lien est actif depuis le"), browser.text());
            browser.assertAccessible("the calendar feed page with its new URL");
            assertEquals(200, Api.send(HttpRequest.newBuilder(URI.create(url)).GET()).statusCode());

            browser.submit("revokeButton");
            assertTrue(browser.text().contains("ne fonctionne plus"), browser.text());
            assertTrue(browser.driver.findElements(org.openqa.selenium.By.id("feedUrl")).isEmpty(), "URL no longer shown");
            assertEquals(404, Api.send(HttpRequest.newBuilder(URI.create(url)).GET()).statusCode());
        }
    }

    /**
     * A subscribed calendar learns of a cancellation: the event stays with STATUS:CANCELLED under its
     * UID and a higher SEQUENCE for 30 days; every event says where, who, how to cancel and until when,
     * with a link to the booking page; a client that has the current copy gets 304. famille58 is this
     * test's.
     */
    @Test
    void aCancelledBookingStaysInTheFeedAsCancelledAndAnUnchangedFeedAnswers304() throws Exception {
        String parent = Api.basic("famille58@example.net", ItEnvironment.DEMO_PASSWORD);
        JsonObject child = firstChild(parent);
        long childId = child.getJsonNumber("id").longValue();
        JsonObject session = ChildCalendarApi.firstBookable(childId, parent);
        long booking = bookASession(parent, childId, session);
        String feed = "/api/v1/children/" + childId + "/calendar-feed";
        HttpResponse<String> created = Api.postJson(feed, "", "Authorization", parent);
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElse("");
        assertEquals(ItEnvironment.baseUrl() + feed, location, "201 names the created resource");
        assertTrue(Api.json(ok(Api.send(HttpRequest.newBuilder(URI.create(location)).header("Authorization", parent).GET())))
                .getBoolean("active"));
        String url = Api.json(created).getString("url");

        HttpResponse<String> first = Api.send(HttpRequest.newBuilder(URI.create(url)).GET());
        assertEquals(200, first.statusCode(), first.body());
        String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow(() -> new AssertionError("no Last-Modified"));
        VEvent confirmed = event(first.body(), "booking-" + booking + "@127.0.0.1");
        assertEquals("CONFIRMED", property(confirmed, "STATUS"));
        assertEquals("0", property(confirmed, "SEQUENCE"));
        String description = property(confirmed, "DESCRIPTION");
        String cancelUntil = frenchParisTime(session.getString("cancelUntil"));
        assertTrue(description.contains("Lieu : " + session.getString("site")), description);
        assertTrue(description.contains("Enfant : " + child.getString("firstName")), description);
        assertTrue(description.contains("Pour annuler : sur le portail, page « Réservations », jusqu’au " + cancelUntil + "."),
                description + " / " + cancelUntil);
        assertEquals(ItEnvironment.baseUrl() + "/parent/bookings.xhtml?child=" + childId + "&from=" + session.getString("day"),
                property(confirmed, "URL"));

        // the client's copy is current: 304 without a body, by entity tag or by date
        HttpResponse<String> byTag = Api.send(HttpRequest.newBuilder(URI.create(url)).header("If-None-Match", etag).GET());
        assertEquals(304, byTag.statusCode());
        assertEquals("", byTag.body());
        assertEquals(etag, byTag.headers().firstValue("ETag").orElse(""));
        assertEquals(304, Api.send(HttpRequest.newBuilder(URI.create(url)).header("If-Modified-Since", lastModified).GET())
                .statusCode());
        assertEquals(200, Api.send(HttpRequest.newBuilder(URI.create(url)).header("If-None-Match", "\"older\"").GET())
                .statusCode(), "another tag gets the calendar");
        assertEquals(200, Api.send(HttpRequest.newBuilder(URI.create(url))
                .header("If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT").GET()).statusCode());

        // cancelled: the same UID, a higher SEQUENCE, STATUS:CANCELLED; the old tag no longer matches
        assertEquals(200, Api.send(Api.request("/api/v1/bookings/" + booking).header("Authorization", parent).DELETE())
                .statusCode());
        HttpResponse<String> after = Api.send(HttpRequest.newBuilder(URI.create(url)).header("If-None-Match", etag).GET());
        assertEquals(200, after.statusCode(), "the feed changed");
        assertNotEquals(etag, after.headers().firstValue("ETag").orElse(""));
        VEvent cancelled = event(after.body(), "booking-" + booking + "@127.0.0.1");
        assertEquals("CANCELLED", property(cancelled, "STATUS"));
        assertEquals("1", property(cancelled, "SEQUENCE"));
        assertTrue(property(cancelled, "SUMMARY").startsWith("Annulé : "), property(cancelled, "SUMMARY"));
        assertTrue(property(cancelled, "DESCRIPTION").contains("Réservation annulée le "), property(cancelled, "DESCRIPTION"));

        // kept 30 days after the cancellation, then gone
        try {
            TestClock.forward(java.time.Duration.ofDays(29));
            assertTrue(Api.send(HttpRequest.newBuilder(URI.create(url)).GET()).body().contains("booking-" + booking + "@"));
            TestClock.forward(java.time.Duration.ofDays(31));
            assertFalse(Api.send(HttpRequest.newBuilder(URI.create(url)).GET()).body().contains("booking-" + booking + "@"));
        } finally {
            TestClock.reset();
        }
    }

    // ------------------------------------------------------------------ helpers

    private static JsonObject firstChild(String auth) {
        return array(ok(Api.get("/api/v1/household/children", "Authorization", auth))).getJsonObject(0);
    }

    /** Books the first session to come that the family can book; the booking's id. */
    private static long bookASession(String auth, long child) {
        return bookASession(auth, child, ChildCalendarApi.firstBookable(child, auth));
    }

    private static long bookASession(String auth, long child, JsonObject session) {
        JsonArray outcomes = array(ok(Api.postJson("/api/v1/bookings", "{\"items\":[{\"childId\":" + child
                + ",\"sessionId\":" + session.getJsonNumber("sessionId") + "}]}", "Authorization", auth)));
        assertEquals("CONFIRMED", outcomes.getJsonObject(0).getString("result"), outcomes.toString());
        return outcomes.getJsonObject(0).getJsonNumber("bookingId").longValue();
    }

    private static List<String> auditActions(long childId) throws Exception {
        try (Connection c = ItEnvironment.database();
             PreparedStatement s = c.prepareStatement("select action, coalesce(after_json::text, '') from audit_entry"
                     + " where object_type = 'child' and object_id = ? and action like 'CALENDAR_FEED_%' order by id")) {
            s.setString(1, String.valueOf(childId));
            List<String> actions = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    assertFalse(rs.getString(2).contains("token"), rs.getString(2));
                    actions.add(rs.getString(1));
                }
            }
            return actions;
        }
    }

    /** The one event of that UID, read by ical4j as a calendar application would. */
    private static VEvent event(String ics, String uid) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new java.io.StringReader(ics));
        List<VEvent> events = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.getUid().map(u -> u.getValue().equals(uid)).orElse(false)).toList();
        assertEquals(1, events.size(), "one event " + uid + " in " + ics);
        return events.get(0);
    }

    private static String property(VEvent event, String name) {
        return event.getProperty(name).map(p -> p.getValue()).orElse(null);
    }

    /** "mardi 9 mars 2027 à 10:00": how the feed words a deadline given as an ISO instant, on Paris clocks. */
    private static String frenchParisTime(String iso) {
        return java.time.OffsetDateTime.parse(iso).atZoneSameInstant(java.time.ZoneId.of("Europe/Paris"))
                .format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH:mm", java.util.Locale.FRENCH));
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static JsonArray array(HttpResponse<String> response) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readArray();
        }
    }
}
