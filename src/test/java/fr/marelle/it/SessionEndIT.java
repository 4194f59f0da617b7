package fr.marelle.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static fr.marelle.it.Api.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sessions that end: a password change (page or {@code PUT /api/v1/me/password}) or reset ends
 * every other session of the account (HTTP Basic calls open none), and keeps the page
 * session making the change; an administrator's deactivation ends them at once.
 * Families famille304 to famille309 are this class's own (their passwords change here).
 */
class SessionEndIT extends PortalITBase {

    private static final String NEW_PASSWORD = "Nouveau-Mot-2-Passe!";

    @Test
    void changingThePasswordThroughTheApiEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
        String email = "famille304@example.net";
        PageSession first = PageSession.signIn(email, ItEnvironment.DEMO_PASSWORD);
        PageSession second = PageSession.signIn(email, ItEnvironment.DEMO_PASSWORD);
        assertBasicCallOpensNoSession(email, ItEnvironment.DEMO_PASSWORD);
        assertEquals(200, first.get("/api/v1/me").statusCode());
        assertEquals(200, second.get("/api/v1/me").statusCode());
        int mails = Mailbox.received(email).size();

        // a wrong current password names its field; a weak new one too, with the page's message
        HttpResponse<String> wrong = changePassword(first, "Pas-Le-Bon-Mot-2-Passe!", NEW_PASSWORD);
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertEquals("application/problem+json", Api.mediaType(wrong));
        JsonObject error = Api.json(wrong).getJsonArray("errors").getJsonObject(0);
        assertEquals("currentPassword", error.getString("field"));
        assertEquals("Le mot de passe actuel est incorrect.", error.getString("message"));
        HttpResponse<String> weak = changePassword(first, ItEnvironment.DEMO_PASSWORD, "court");
        assertEquals(400, weak.statusCode(), weak.body());
        assertEquals("newPassword", Api.json(weak).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(200, second.get("/api/v1/me").statusCode(), "a refused change ends nothing");

        HttpResponse<String> changed = changePassword(first, ItEnvironment.DEMO_PASSWORD, NEW_PASSWORD);
        assertEquals(204, changed.statusCode(), changed.body());
        String renewed = PageSession.sessionCookie(changed);
        String mine = renewed == null ? first.cookie : renewed.split(";", 2)[0];

        // this session goes on; the other one ends at its next request
        assertEquals(email, Api.json(ok(withCookie(mine, "/api/v1/me"))).getString("email"));
        HttpResponse<String> ended = second.get("/api/v1/me");
        assertEquals(401, ended.statusCode(), ended.body());
        assertTrue(Api.json(ended).getString("title").contains("session a pris fin"), ended.body());
        assertEquals(401, second.get("/api/v1/me").statusCode(), "ended for good");
        HttpResponse<String> page = PageSession.signIn("famille305@example.net", ItEnvironment.DEMO_PASSWORD).get("/parent/home.xhtml");
        assertEquals(200, page.statusCode(), "another account's session is not concerned");

        // the old password no longer opens anything, the new one does
        assertEquals(401, Api.get("/api/v1/me", "Authorization", Api.basic(email, ItEnvironment.DEMO_PASSWORD)).statusCode());
        assertEquals(200, Api.get("/api/v1/me", "Authorization", Api.basic(email, NEW_PASSWORD)).statusCode());
        assertTrue(Mailbox.await(email, mails + 1).get(mails).subject().toLowerCase().contains("mot de passe"));
        assertEquals(1, Sql.count("select count(*) from audit_entry a join account c on c.id::text = a.object_id and a.object_type = 'account'"
                + " where c.email = '" + email + "' and a.action = 'PASSWORD_CHANGED'"));
        assertEquals(1, Sql.count("select count(*) from audit_entry a join account c on c.id::text = a.object_id and a.object_type = 'account'"
                + " where c.email = '" + email + "' and a.action = 'SESSION_ENDED'"), "the other page session's end is audited");
    }

    @Test
    void aPageSessionWhoseAccountChangedItsPasswordElsewhereIsSentToTheLoginPage() {
        String email = "famille306@example.net";
        PageSession other = PageSession.signIn(email, ItEnvironment.DEMO_PASSWORD);
        assertEquals(200, other.get("/parent/home.xhtml").statusCode());
        // a Basic call changes the password: it opens no session of its own
        HttpResponse<String> changed = Api.send(Api.request("/api/v1/me/password")
                .header("Authorization", Api.basic(email, ItEnvironment.DEMO_PASSWORD)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"" + ItEnvironment.DEMO_PASSWORD
                        + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}")));
        assertEquals(204, changed.statusCode(), changed.body());
        HttpResponse<String> home = other.get("/parent/home.xhtml");
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElse("").endsWith("/login.xhtml?ended=true"), home.headers().map().toString());
        assertEquals(null, PageSession.sessionCookie(changed), "the Basic call changing the password opens no session");
        assertTrue(Api.get("/login.xhtml?ended=true").body().contains("Votre session a pris fin"));
    }

    @Test
    void aResetThroughTheMailedLinkEndsTheExistingSessions() {
        String email = "famille307@example.net";
        PageSession session = PageSession.signIn(email, ItEnvironment.DEMO_PASSWORD);
        int mails = Mailbox.received(email).size();

        HttpResponse<String> asked = PageSession.submit("/password-forgotten.xhtml", "forgottenForm", Map.of("email", email));
        assertEquals(200, asked.statusCode(), asked.body());
        String link = Mailbox.await(email, mails + 1).get(mails).link(ItEnvironment.baseUrl() + "/password-reset.xhtml?token=");
        assertEquals(200, session.get("/api/v1/me").statusCode(), "asking for a link ends nothing");

        HttpResponse<String> reset = PageSession.submit(link.substring(ItEnvironment.baseUrl().length()), "resetForm",
                Map.of("password", NEW_PASSWORD));
        assertEquals(302, reset.statusCode(), reset.body());
        assertEquals(401, session.get("/api/v1/me").statusCode());
        assertEquals(302, session.get("/parent/home.xhtml").statusCode());
        PageSession.signIn(email, NEW_PASSWORD);
    }

    @Test
    void anAdministratorsDeactivationEndsTheSessionsAtOnceAndAReactivationDoesNotReviveThem() throws Exception {
        String email = "famille308@example.net";
        PageSession session = PageSession.signIn(email, ItEnvironment.DEMO_PASSWORD);
        assertEquals(200, session.get("/api/v1/me").statusCode());

        Browser.assumeInstalled();
        try (Browser admin = new Browser()) {
            admin.open("/login.xhtml");
            admin.type("email", "admin@example.org");
            admin.type("password", ItEnvironment.DEMO_PASSWORD);
            admin.submit("submit");
            admin.open("/admin/accounts.xhtml");
            admin.type("query", email);
            admin.submit("searchButton");
            admin.submit(admin.driver.findElement(By.cssSelector("input[aria-label='Désactiver – " + email + "']")));
            assertTrue(admin.text().contains("Le compte est désactivé"), admin.text());
            assertEquals(1, Sql.count("select count(*) from account where email = '" + email + "' and status = 'DEACTIVATED'"));
            assertEquals(401, session.get("/api/v1/me").statusCode());

            // reactivated, the account signs in again, but the sessions of before stay ended
            admin.open("/admin/accounts.xhtml");
            admin.type("query", email);
            admin.submit("searchButton");
            admin.submit(admin.driver.findElement(By.cssSelector("input[aria-label='Réactiver – " + email + "']")));
        }
        assertEquals(1, Sql.count("select count(*) from account where email = '" + email + "' and status = 'ACTIVE'"));
        assertEquals(401, session.get("/api/v1/me").statusCode());
        assertEquals(200, PageSession.signIn(email, ItEnvironment.DEMO_PASSWORD).get("/api/v1/me").statusCode());
    }

    @Test
    void theOpenApiDescribesThePasswordChange() {
        assertTrue(Api.get("/openapi").body().contains("/me/password"), "OpenAPI lists PUT /me/password");
    }

    private static HttpResponse<String> changePassword(PageSession session, String current, String next) {
        return Api.send(Api.request("/api/v1/me/password").header("Cookie", session.cookie)
                .header("Origin", ItEnvironment.baseUrl()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}")));
    }

    /** HTTP Basic is checked on each call and leaves no session behind (nothing to end). */
    private static void assertBasicCallOpensNoSession(String email, String password) {
        HttpResponse<String> me = Api.get("/api/v1/me", "Authorization", Api.basic(email, password));
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(null, PageSession.sessionCookie(me), "a Basic call opens no session: " + me.headers().map());
    }

    private static HttpResponse<String> withCookie(String cookie, String path) {
        return Api.send(Api.request(path).header("Cookie", cookie).GET());
    }
}
