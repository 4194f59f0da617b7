package fr.marelle.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static fr.marelle.it.Api.array;
import static fr.marelle.it.Api.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No cross-site use of a page session on the API (CSRF): what another site's page can make a
 * signed-in browser send (a form, a multipart form, text/plain, no custom header, its own Origin)
 * is refused when only the session cookie signs it in; the same writes from the portal's own
 * origin with JSON (or the upload's declared type) go through; HTTP Basic and the provider's
 * notifications are not concerned. The session cookie is SameSite=Lax.
 * Families famille301 to famille303 are this class's own.
 */
class CrossSiteApiIT extends PortalITBase {

    private static final String EVIL = "http://evil.example";
    private static final String PARENT_EMAIL = "famille301@example.net";
    private static final String PARENT_BASIC = Api.basic(PARENT_EMAIL, ItEnvironment.DEMO_PASSWORD);
    private static final String ADMIN_BASIC = Api.basic("admin@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String FROM = ItEnvironment.today().withDayOfYear(1).toString();
    private static final String TO = ItEnvironment.today().withMonth(12).withDayOfMonth(31).toString();
    /** Not a calendar file: an import that gets past the guard stops at its first line (nothing stored). */
    private static final String NOT_A_CALENDAR = "pas un calendrier\n";

    private static PageSession parent;
    private static PageSession admin;
    private static long child;

    @BeforeAll
    static void signIn() {
        parent = PageSession.signIn(PARENT_EMAIL, ItEnvironment.DEMO_PASSWORD);
        admin = PageSession.signIn("admin@example.org", ItEnvironment.DEMO_PASSWORD);
        child = array(ok(Api.get("/api/v1/household/children", "Authorization", PARENT_BASIC)))
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        String setCookie = parent.setCookie.toLowerCase(Locale.ROOT).replace(" ", "");
        assertTrue(setCookie.contains(";httponly"), parent.setCookie);
        assertTrue(setCookie.contains(";samesite=lax"), parent.setCookie);
        // the anonymous session of the login page too
        String anonymous = PageSession.sessionCookie(Api.get("/login.xhtml"));
        assertTrue(anonymous.toLowerCase(Locale.ROOT).replace(" ", "").contains(";samesite=lax"), anonymous);
    }

    @Test
    void aCrossSiteFormPostWithTheCookieIsRefused() {
        String withdrawal = "/api/v1/registrations/999999999/withdrawal";
        HttpResponse<String> crossSite = Api.send(Api.request(withdrawal).header("Cookie", parent.cookie)
                .header("Origin", EVIL).header("Sec-Fetch-Site", "cross-site")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("confirm=1")));
        assertRefused(crossSite, "jamais comme un formulaire");

        // a form body is refused even from the portal's own origin: forms never speak to the API
        HttpResponse<String> formFromPortal = Api.send(Api.request(withdrawal).header("Cookie", parent.cookie)
                .header("Origin", ItEnvironment.baseUrl()).header("Accept-Language", "en")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("confirm=1")));
        assertRefused(formFromPortal, "never as a form");

        // the same write as the portal's pages send it gets through (to "no such request")
        HttpResponse<String> fromPortal = Api.send(Api.request(withdrawal).header("Cookie", parent.cookie)
                .header("Origin", ItEnvironment.baseUrl()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("")));
        assertEquals(404, fromPortal.statusCode(), fromPortal.body());
    }

    @Test
    void aMultipartQuotientUploadWithTheCookieAndAForeignOriginIsRefused() {
        int before = quotients();
        HttpResponse<String> crossSite = Api.send(HouseholdApiIT.multipart(Api.request("/api/v1/household/quotient")
                .header("Cookie", parent.cookie).header("Origin", EVIL), "999", FROM, TO, "caf.pdf", PDF));
        assertRefused(crossSite, "pages du portail");
        // without any Origin and without the portal's header, as an old browser or a plugin would send it
        HttpResponse<String> noOrigin = Api.send(HouseholdApiIT.multipart(Api.request("/api/v1/household/quotient")
                .header("Cookie", parent.cookie), "999", FROM, TO, "caf.pdf", PDF));
        assertRefused(noOrigin, "pages du portail");
        assertEquals(before, quotients(), "no quotient replaced");

        HttpResponse<String> fromPortal = Api.send(HouseholdApiIT.multipart(Api.request("/api/v1/household/quotient")
                .header("Cookie", parent.cookie).header("Origin", ItEnvironment.baseUrl()), "640", FROM, TO, "caf.pdf", PDF));
        assertEquals(201, fromPortal.statusCode(), fromPortal.body());
        assertEquals(before + 1, quotients());
    }

    @Test
    void aTextPlainCalendarImportWithTheCookieIsRefused() {
        HttpResponse<String> crossSite = importCalendar("text/plain", EVIL, admin.cookie, null);
        assertRefused(crossSite, "JSON");
        // text/plain is what a cross-site fetch may send without asking: refused from the portal's origin too
        HttpResponse<String> plainFromPortal = importCalendar("text/plain", ItEnvironment.baseUrl(), admin.cookie, null);
        assertRefused(plainFromPortal, "JSON");
        HttpResponse<String> csvCrossSite = importCalendar("text/csv", EVIL, admin.cookie, null);
        assertRefused(csvCrossSite, "pages du portail");

        // the upload's own type from the portal's origin reaches the import (which refuses this file)
        HttpResponse<String> csvFromPortal = importCalendar("text/csv", ItEnvironment.baseUrl(), admin.cookie, null);
        assertEquals(400, csvFromPortal.statusCode(), csvFromPortal.body());
        assertTrue(csvFromPortal.body().contains("Ligne 1"), csvFromPortal.body());
        // HTTP Basic is not a cookie: text/plain stays accepted for scripts
        HttpResponse<String> basic = importCalendar("text/plain", EVIL, null, ADMIN_BASIC);
        assertEquals(400, basic.statusCode(), basic.body());
        assertTrue(basic.body().contains("Ligne 1"), basic.body());
    }

    @Test
    void rotatingACalendarFeedNeedsTheSameOriginOrThePortalsHeader() {
        String feed = "/api/v1/children/" + child + "/calendar-feed";
        assertRefused(Api.send(Api.request(feed).header("Cookie", parent.cookie).POST(HttpRequest.BodyPublishers.noBody())),
                "pages du portail");
        assertRefused(Api.send(Api.request(feed).header("Cookie", parent.cookie).header("Sec-Fetch-Site", "same-site")
                .POST(HttpRequest.BodyPublishers.noBody())), "pages du portail");
        assertRefused(Api.send(Api.request(feed).header("Cookie", parent.cookie).header("Origin", "null")
                .header("X-Marelle-Request", "1").POST(HttpRequest.BodyPublishers.noBody())), "pages du portail");
        assertRefused(Api.send(Api.request(feed).header("Cookie", parent.cookie).header("Origin", EVIL)
                .DELETE()), "pages du portail");

        HttpResponse<String> sameOrigin = Api.send(Api.request(feed).header("Cookie", parent.cookie)
                .header("Origin", ItEnvironment.baseUrl()).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(201, sameOrigin.statusCode(), sameOrigin.body());
        HttpResponse<String> fetchMetadata = Api.send(Api.request(feed).header("Cookie", parent.cookie)
                .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(201, fetchMetadata.statusCode(), fetchMetadata.body());
        HttpResponse<String> portalHeader = Api.send(Api.request(feed).header("Cookie", parent.cookie)
                .header("X-Marelle-Request", "1").DELETE());
        assertEquals(204, portalHeader.statusCode(), portalHeader.body());
    }

    @Test
    void jsonWritesFromThePortalsOriginGoThroughAndReadsAreNotConcerned() {
        String body = "{\"childId\":" + child + ",\"activityId\":999999}";
        HttpResponse<String> crossSite = Api.send(Api.request("/api/v1/registrations").header("Cookie", parent.cookie)
                .header("Origin", EVIL).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertRefused(crossSite, "pages du portail");
        HttpResponse<String> fromPortal = Api.send(Api.request("/api/v1/registrations").header("Cookie", parent.cookie)
                .header("Origin", ItEnvironment.baseUrl()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertNotEquals(403, fromPortal.statusCode(), fromPortal.body());
        assertEquals(400, fromPortal.statusCode(), fromPortal.body());
        // reads (the links of the portal's pages) need nothing more than the cookie
        assertEquals(PARENT_EMAIL, Api.json(ok(parent.get("/api/v1/me"))).getString("email"));
    }

    @Test
    void basicAuthenticatedCallsAndTheProvidersNotificationsAreNotConcerned() {
        HttpResponse<String> basicForm = Api.send(Api.request("/api/v1/registrations/999999999/withdrawal")
                .header("Authorization", PARENT_BASIC).header("Origin", EVIL)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("confirm=1")));
        assertEquals(404, basicForm.statusCode(), basicForm.body());

        // PayFiP posts a form, server to server, without cookie nor Origin
        HttpResponse<String> notification = Api.send(Api.request("/api/v1/payments/notifications")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("idop=inconnu-" + System.nanoTime())));
        assertEquals(204, notification.statusCode(), notification.body());
    }

    private static HttpResponse<String> importCalendar(String type, String origin, String cookie, String basic) {
        HttpRequest.Builder request = Api.request("/api/v1/staff/calendar").header("Content-Type", type)
                .header("Origin", origin);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (basic != null) {
            request.header("Authorization", basic);
        }
        return Api.send(request.POST(HttpRequest.BodyPublishers.ofString(NOT_A_CALENDAR, StandardCharsets.UTF_8)));
    }

    private static int quotients() {
        return array(ok(Api.get("/api/v1/household/quotients", "Authorization", PARENT_BASIC))).size();
    }

    private static void assertRefused(HttpResponse<String> response, String why) {
        assertEquals(403, response.statusCode(), response.body());
        assertEquals("application/problem+json", Api.mediaType(response));
        JsonObject problem = Api.json(response);
        assertTrue(problem.getString("title").contains(why), problem.toString());
    }
}
