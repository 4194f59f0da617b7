package fr.marelle.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.stream.Collectors;

import static fr.marelle.it.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Terms of use with versions over real HTTP and in Chromium: the administrator publishes a version in force
 * tomorrow; today nobody is asked; the portal's clock moves past midnight; then a family signing in is sent to
 * the acceptance page before anything else, and a family using the API with a token has its writes refused until
 * it accepts. The version is removed and the clock put back in a finally: the other classes share this portal.
 * Families: famille393 (browser), famille394 (API).
 */
class TermsIT extends BrowserITBase {

    private static final String ADMIN = Api.basic("admin@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String BROWSER_FAMILY = "famille393@example.net";
    private static final String API_FAMILY = "famille394@example.net";
    private static final String NEW_TEXT_FR = "# Nouvelles règles\n\nLe portail change ses règles pour le test TermsIT.\n\n# Contact\n\nÉcrivez à la mairie.";
    private static final String NEW_TEXT_EN = "# New rules\n\nThe portal changes its rules for the TermsIT test.";

    @Test
    void aVersionInForceTomorrowIsAcceptedByEachFamilyOnItsDayBeforeAnythingElse() {
        String label = "it-" + Long.toString(System.currentTimeMillis(), 36);
        String tomorrow = ItEnvironment.today().plusDays(1).toString();
        JsonObject before = json(Api.ok(Api.get("/api/v1/terms")));
        String previous = before.getString("version");
        assertTrue(before.getString("text").contains("# Objet du portail"), before.toString());
        assertEquals("en", json(Api.ok(Api.get("/api/v1/terms", "Accept-Language", "en"))).getString("language"));
        String familyToken = token(API_FAMILY);
        try {
            HttpResponse<String> published = publish(ADMIN, label, tomorrow);
            assertEquals(201, published.statusCode(), published.body());
            assertEquals("UPCOMING", json(published).getString("status"));
            assertEquals(1, Sql.count("select count(*) from audit_entry where action = 'TERMS_PUBLISHED' and object_id = '" + label + "'"));

            // today: nobody is asked, the version is not the public one yet
            assertEquals(previous, json(Api.ok(Api.get("/api/v1/terms"))).getString("version"));
            assertFalse(json(Api.ok(Api.get("/api/v1/me", "Authorization", familyToken))).containsKey("termsToAccept"));
            assertEquals(200, notices(familyToken).statusCode(), "a family writes as before");
            signIn(BROWSER_FAMILY, ItEnvironment.DEMO_PASSWORD);
            assertTrue(browser.path().startsWith("/parent/home.xhtml"), browser.path());
            signOut();

            String now = TestClock.toTomorrow();
            assertTrue(now.startsWith(tomorrow), now);

            // the public text is the new one, in the language asked for
            JsonObject current = json(Api.ok(Api.get("/api/v1/terms", "Accept-Language", "en")));
            assertEquals(label, current.getString("version"));
            assertEquals(tomorrow, current.getString("inForceOn"));
            assertEquals(NEW_TEXT_EN, current.getString("text"));

            // the API family: reads go on, writes are refused with a problem naming the version, until it accepts
            JsonObject me = json(Api.ok(Api.get("/api/v1/me", "Authorization", familyToken)));
            assertEquals(label, me.getJsonObject("termsToAccept").getString("version"));
            assertTrue(me.getJsonObject("termsToAccept").getString("url").endsWith("/terms.xhtml?version=" + label));
            HttpResponse<String> refused = notices(familyToken);
            assertEquals(403, refused.statusCode(), refused.body());
            assertEquals("application/problem+json", Api.mediaType(refused));
            assertEquals("Conditions d’utilisation à accepter", json(refused).getString("title"));
            assertEquals(label, json(refused).getJsonObject("termsToAccept").getString("version"));
            assertEquals(200, Api.get("/api/v1/household", "Authorization", familyToken).statusCode(), "reads are allowed");
            HttpResponse<String> old = accept(familyToken, previous);
            assertEquals(409, old.statusCode(), old.body());
            assertEquals(label, json(old).getString("currentVersion"));
            HttpResponse<String> accepted = accept(familyToken, label);
            assertEquals(200, accepted.statusCode(), accepted.body());
            assertEquals(label, json(accepted).getString("version"));
            assertEquals(200, notices(familyToken).statusCode(), "writes again once accepted");
            assertFalse(json(Api.ok(Api.get("/api/v1/me", "Authorization", familyToken))).containsKey("termsToAccept"));
            assertFalse(json(Api.ok(Api.get("/api/v1/me", "Authorization", ADMIN))).containsKey("termsToAccept"),
                    "staff are not held up");

            // the browser family: sent to the acceptance page whatever it asks for, except the legal pages
            signIn(BROWSER_FAMILY, ItEnvironment.DEMO_PASSWORD);
            assertTrue(browser.path().startsWith("/account/terms.xhtml"), browser.path());
            assertTrue(browser.find("termsToAccept").getText().contains(label), browser.text());
            assertTrue(browser.text().contains("Le portail change ses règles pour le test TermsIT."), browser.text());
            browser.assertAccessible("/account/terms.xhtml with a version to accept");
            browser.open("/parent/household.xhtml");
            assertTrue(browser.path().startsWith("/account/terms.xhtml?next=%2Fparent%2Fhousehold.xhtml"), browser.path());
            browser.open("/privacy.xhtml");
            assertTrue(browser.path().startsWith("/privacy.xhtml"), "the legal pages stay open: " + browser.path());
            browser.open("/terms.xhtml");
            assertTrue(browser.find("termsVersion").getText().contains(label), browser.text());
            browser.open("/parent/household.xhtml");
            browser.submit("acceptTerms");
            assertTrue(browser.path().startsWith("/parent/household.xhtml"), "back to the page asked for: " + browser.path());
            assertTrue(browser.text().contains("vous avez accepté la version " + label), browser.text());
            browser.open("/account/terms.xhtml");
            String history = browser.find("termsHistory").getText();
            assertTrue(history.contains(label) && history.contains(previous), history);
            browser.assertAccessible("/account/terms.xhtml with the history");
            signOut();

            // recorded, audited, counted
            for (String family : List.of(BROWSER_FAMILY, API_FAMILY)) {
                String account = "(select id from account where email = '" + family + "')";
                assertEquals(1, Sql.count("select count(*) from audit_entry where action = 'TERMS_ACCEPTED' and object_id = "
                        + account + "::text and after_json->>'termsVersion' = '" + label + "'"), family);
                assertEquals(2, Sql.count("select count(*) from terms_acceptance where account_id = " + account
                        + " and version in ('" + label + "', '" + previous + "')"), family + ": both versions in its history");
                assertEquals(1, Sql.count("select count(*) from account where id = " + account + " and terms_version = '" + label + "'"));
            }
            Map<String, JsonObject> versions = Api.array(Api.ok(Api.get("/api/v1/admin/terms", "Authorization", ADMIN)))
                    .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(v -> v.getString("version"), v -> v));
            assertEquals("CURRENT", versions.get(label).getString("status"));
            assertEquals(2, versions.get(label).getInt("acceptances"));
            assertEquals("PAST", versions.get(previous).getString("status"));
            assertTrue(versions.get(previous).getInt("acceptances") >= 400, versions.get(previous).toString());

            // an account created now gets its own id (the acceptance history must not lend it another one)
            String newcomer = "nouveau." + UUID.randomUUID() + "@example.org";
            Activation.registerAndActivate(newcomer, "Noé", "Nouveau", "Nouveau-Compte-2026!");
            assertEquals(1, Sql.count("select count(*) from terms_acceptance ta join account a on a.id = ta.account_id"
                    + " where a.email = '" + newcomer + "' and ta.version = '" + label + "'"));
        } finally {
            TestClock.reset();
            removeVersion(label, previous);
            Sql.update("delete from api_token where name = 'TermsIT'");
        }
        assertEquals(previous, json(Api.ok(Api.get("/api/v1/terms"))).getString("version"));
    }

    @Test
    void onlyAnAdministratorPublishesAndEachWrongFieldIsNamed() {
        String parent = Api.basic("parent@example.org", ItEnvironment.DEMO_PASSWORD);
        assertEquals(403, publish(parent, "it-refused", ItEnvironment.today().toString()).statusCode());
        HttpResponse<String> wrong = Api.postJson("/api/v1/admin/terms", "{\"version\":\"2026-09\",\"inForceOn\":\""
                + ItEnvironment.today().minusDays(1) + "\",\"textFr\":\" \"}", "Authorization", ADMIN, "Accept-Language", "en");
        assertEquals(400, wrong.statusCode(), wrong.body());
        List<String> fields = json(wrong).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertEquals(List.of("version", "textFr", "textEn", "inForceOn"), fields);
        assertTrue(wrong.body().contains("Version 2026-09 already exists"), wrong.body());
        assertEquals(0, Sql.count("select count(*) from terms_of_use where version = 'it-refused'"));

        signIn("admin@example.org", ItEnvironment.DEMO_PASSWORD);
        browser.open("/admin/terms.xhtml");
        assertTrue(browser.find("termsVersions").getText().contains("2026-09"), browser.text());
        browser.assertAccessible("/admin/terms.xhtml");
        browser.submit("publishTerms");
        assertTrue(browser.text().contains("Indiquez le libellé de la version."), browser.text());
        browser.assertAccessible("/admin/terms.xhtml with its errors");
        signOut();
    }

    private static HttpResponse<String> publish(String who, String label, String inForceOn) {
        return Api.postJson("/api/v1/admin/terms", "{\"version\":\"" + label + "\",\"inForceOn\":\"" + inForceOn
                + "\",\"textFr\":\"" + escape(NEW_TEXT_FR) + "\",\"textEn\":\"" + escape(NEW_TEXT_EN) + "\"}", "Authorization", who);
    }

    private static HttpResponse<String> accept(String who, String label) {
        return Api.postJson("/api/v1/me/terms-acceptance", "{\"version\":\"" + label + "\"}", "Authorization", who);
    }

    /** A harmless write of the family's own account. */
    private static HttpResponse<String> notices(String who) {
        return Api.send(Api.request("/api/v1/me/maintenance-notices").header("Authorization", who)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":false}", StandardCharsets.UTF_8)));
    }

    private static String token(String email) {
        HttpResponse<String> created = Api.postJson("/api/v1/me/tokens", "{\"name\":\"TermsIT\",\"role\":\"PARENT\"}",
                "Authorization", Api.basic(email, ItEnvironment.DEMO_PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        return "Bearer " + json(created).getString("secret");
    }

    private static void signOut() {
        browser.open("/index.xhtml");
        browser.driver.manage().deleteAllCookies();
    }

    /** The version published here goes, with its acceptances: the accounts are back on the previous one. */
    private static void removeVersion(String label, String previous) {
        Sql.update("update account set terms_version = '" + previous + "' where terms_version = '" + label + "'");
        Sql.update("delete from terms_acceptance where version = '" + label + "'");
        Sql.update("delete from terms_of_use where version = '" + label + "'");
    }

    private static String escape(String text) {
        return text.replace("\n", "\\n");
    }
}
