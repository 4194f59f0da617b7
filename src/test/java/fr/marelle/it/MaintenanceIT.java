package fr.marelle.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import static fr.marelle.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Maintenance mode over real HTTP: the administrator announces a window (times relative to the portal's
 * clock), the banner, then a window covering now: families and anonymous callers get 503 with Retry-After,
 * staff, sign-in, health, static resources and the payment provider's notifications go on. Every test
 * cancels its window in a finally: the other test classes share this portal.
 */
class MaintenanceIT extends BrowserITBase {

    private static final String ADMIN = Api.basic("admin@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String PARENT = Api.basic("parent@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String AGENT = Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String FAMILY = "famille351@example.net";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH:mm", Locale.FRENCH);

    /** Anonymous in the browser: a test may have signed the administrator in. */
    @BeforeEach
    void signedOut() {
        browser.open("/index.xhtml");
        browser.driver.manage().deleteAllCookies();
    }

    @AfterEach
    void noWindowLeft() {
        cancel();
    }

    @Test
    void wrongAnnouncementsAreRefusedFieldByFieldAndOnlyByAnAdministrator() {
        LocalDateTime now = now();
        try {
            HttpResponse<String> wrong = announce(ADMIN, now.plusDays(1), now.plusDays(1).minusHours(1), "", 3);
            assertEquals(400, wrong.statusCode(), wrong.body());
            assertEquals("application/problem+json", Api.mediaType(wrong));
            List<String> fields = json(wrong).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("field")).toList();
            assertEquals(List.of("endsAt", "messageFr"), fields);

            HttpResponse<String> past = announce(ADMIN, now.minusDays(1), now.plusHours(1), "Travaux", 3);
            assertEquals(400, past.statusCode(), past.body());
            assertTrue(past.body().contains("\"startsAt\""), past.body());

            assertEquals(403, announce(PARENT, now.plusDays(1), now.plusDays(1).plusHours(1), "Travaux", 3).statusCode());
            assertEquals(204, Api.get("/api/v1/maintenance").statusCode(), "nothing announced");
        } finally {
            cancel();
        }
    }

    @Test
    void anAnnouncedWindowShowsABannerAndMailsTheFamiliesWhoOptedIn() {
        int before = Mailbox.received(FAMILY).size();
        HttpResponse<String> optIn = put("/api/v1/me/maintenance-notices", Api.basic(FAMILY, ItEnvironment.DEMO_PASSWORD),
                "{\"enabled\":true}");
        assertEquals(200, optIn.statusCode(), optIn.body());
        LocalDateTime start = now().plusDays(2).truncatedTo(ChronoUnit.MINUTES);
        try {
            HttpResponse<String> announced = announce(ADMIN, start, start.plusHours(2), "Mise à jour du portail", 3);
            assertEquals(200, announced.statusCode(), announced.body());
            assertEquals("ANNOUNCED", json(announced).getString("phase"));

            JsonObject open = json(Api.ok(Api.get("/api/v1/maintenance", "Accept-Language", "en")));
            assertEquals("ANNOUNCED", open.getString("phase"));
            assertEquals("Portal update", open.getString("message"), "the English message in English");

            browser.open("/index.xhtml");
            String banner = browser.find("maintenanceBanner").getText();
            assertTrue(banner.contains(start.format(FRENCH)), banner);
            assertTrue(banner.contains("Mise à jour du portail"), banner);
            browser.assertAccessible("/index.xhtml with the maintenance banner");
            assertEquals(200, Api.get("/api/v1/me", "Authorization", PARENT).statusCode(), "families work until the start");

            Mailbox.Mail mail = Mailbox.await(FAMILY, before + 1).get(before);
            assertTrue(mail.subject().contains("maintenance"), mail.subject());
            assertTrue(mail.body().contains(start.format(FRENCH)) && mail.body().contains("Mise à jour du portail"), mail.body());
            assertEquals(0, Mailbox.received("parent@example.org").stream().filter(m -> m.subject().contains("maintenance"))
                    .count(), "not to families who did not opt in");
        } finally {
            cancel();
            put("/api/v1/me/maintenance-notices", Api.basic(FAMILY, ItEnvironment.DEMO_PASSWORD), "{\"enabled\":false}");
        }
        assertEquals(204, Api.get("/api/v1/maintenance").statusCode(), "cancelled");
        assertTrue(Sql.count("select count(*) from audit_entry where action = 'MAINTENANCE_NOTICES_CHANGED'"
                + " and object_id = (select id::text from account where email = '" + FAMILY + "') and after_json::text like '%true%'") >= 1);
    }

    @Test
    void duringTheWindowFamiliesWaitAndStaffWorks() {
        LocalDateTime now = now();
        try {
            // started a minute ago by the portal's clock: now is inside it
            HttpResponse<String> announced = announce(ADMIN, now.minusMinutes(1), now.plusMinutes(3), "Mise à jour du portail", 0);
            assertEquals(200, announced.statusCode(), announced.body());
            assertEquals("ONGOING", json(announced).getString("phase"));

            HttpResponse<String> parentApi = Api.get("/api/v1/me", "Authorization", PARENT);
            assertEquals(503, parentApi.statusCode(), parentApi.body());
            assertRetryAfterUpTo(parentApi, 180);
            assertEquals("application/problem+json", Api.mediaType(parentApi));
            assertEquals(503, json(parentApi).getInt("status"));
            assertEquals("Mise à jour du portail", json(parentApi).getString("detail"));
            assertEquals(503, Api.get("/api/v1/activities").statusCode(), "anonymous API callers too");

            HttpResponse<String> anonymousPage = Api.get("/index.xhtml");
            assertEquals(503, anonymousPage.statusCode());
            assertRetryAfterUpTo(anonymousPage, 180);
            assertTrue(anonymousPage.body().contains("Portail en maintenance"), anonymousPage.body());

            PageSession parent = PageSession.signIn("parent@example.org", ItEnvironment.DEMO_PASSWORD);
            HttpResponse<String> parentPage = parent.get("/parent/home.xhtml");
            assertEquals(503, parentPage.statusCode(), parentPage.body());
            assertTrue(parentPage.body().contains("Mise à jour du portail"), parentPage.body());

            PageSession agent = PageSession.signIn("agent@example.org", ItEnvironment.DEMO_PASSWORD);
            HttpResponse<String> agentPage = agent.get("/staff/households.xhtml");
            assertEquals(200, agentPage.statusCode(), agentPage.body());
            assertTrue(agentPage.body().contains("Maintenance en cours"), "staff see the banner");
            Api.ok(Api.get("/api/v1/me", "Authorization", AGENT));

            HttpResponse<String> notification = Api.send(Api.request("/api/v1/payments/notifications")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("idop=inconnu-" + System.nanoTime())));
            assertEquals(204, notification.statusCode(), "money must not be lost: " + notification.body());
            assertEquals(200, Api.get("/health/ready").statusCode());
            assertEquals(200, Api.get("/jakarta.faces.resource/css/portal.css.xhtml").statusCode());
            assertEquals(200, Api.get("/login.xhtml").statusCode());
            assertEquals("ONGOING", json(Api.ok(Api.get("/api/v1/maintenance"))).getString("phase"));

            browser.open("/index.xhtml");
            assertTrue(browser.text().contains("Portail en maintenance"), browser.text());
            browser.assertAccessible("the maintenance page");
        } finally {
            cancel();
        }
        Api.ok(Api.get("/api/v1/me", "Authorization", PARENT));
        assertTrue(Sql.count("select count(*) from audit_entry where action = 'MAINTENANCE_CANCELLED'") >= 1);
    }

    @Test
    void theAdministratorsPageIsAccessible() {
        signIn("admin@example.org", ItEnvironment.DEMO_PASSWORD);
        browser.open("/admin/maintenance.xhtml");
        assertTrue(browser.text().contains("Aucune maintenance"), browser.text());
        browser.assertAccessible("/admin/maintenance.xhtml");
        browser.submit("announceMaintenance");
        assertTrue(browser.text().contains("Saisissez la date et l’heure."), browser.text());
        browser.assertAccessible("/admin/maintenance.xhtml with its errors");
        assertFalse(browser.text().contains("La maintenance est annoncée"));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ItEnvironment.clock()).truncatedTo(ChronoUnit.SECONDS);
    }

    private static void assertRetryAfterUpTo(HttpResponse<String> response, long max) {
        long seconds = Long.parseLong(response.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(seconds >= 1 && seconds <= max, "Retry-After " + seconds);
    }

    private static HttpResponse<String> announce(String who, LocalDateTime start, LocalDateTime end, String messageFr, int days) {
        String english = "Mise à jour du portail".equals(messageFr) ? ",\"messageEn\":\"Portal update\"" : "";
        return put("/api/v1/admin/maintenance", who, "{\"startsAt\":\"" + start.format(LOCAL) + "\",\"endsAt\":\""
                + end.format(LOCAL) + "\",\"messageFr\":\"" + messageFr + "\"" + english + ",\"announceDaysBefore\":" + days + "}");
    }

    private static HttpResponse<String> put(String path, String who, String json) {
        return Api.send(Api.request(path).header("Authorization", who).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Always: a window left behind would stop every other test class. */
    private static void cancel() {
        HttpResponse<String> cancelled = Api.send(Api.request("/api/v1/admin/maintenance").header("Authorization", ADMIN).DELETE());
        assertEquals(204, cancelled.statusCode(), cancelled.body());
    }
}
