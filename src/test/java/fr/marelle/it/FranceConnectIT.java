package fr.marelle.it;

import fr.marelle.devserver.FranceConnectTestProvider;
import fr.marelle.franceconnect.control.FranceConnectDemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import jakarta.json.JsonObject;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in with FranceConnect against a real OpenID provider on 127.0.0.1 that answers like
 * FranceConnect v2 ({@link FranceConnectTestProvider}): over HTTP as a browser without script would
 * (cookies kept, redirects followed one by one), and in Chromium with axe. Families famille93 … famille96, and
 * famille37 … famille39 (famille37 and famille38 are the guardians of the demo identities).
 */
class FranceConnectIT extends BrowserITBase {

    private static final String PASSWORD = ItEnvironment.DEMO_PASSWORD;

    @AfterEach
    void providerBehaves() {
        FranceConnectTestProvider.tamper(FranceConnectTestProvider.Tamper.NONE, null);
        FranceConnectTestProvider.chooser(false);
        FranceConnectTestProvider.restart();
    }

    @Test
    void theButtonComesFirstOnTheSignInAndRegistrationPagesWithWhatFranceConnectIs() {
        for (String page : new String[]{"/login.xhtml", "/register.xhtml"}) {
            String body = new Visitor().get(page).body();
            int button = body.indexOf("class=\"fr-connect\"");
            assertTrue(button > 0, page + " shows the FranceConnect button");
            assertTrue(body.contains("<span class=\"fr-connect__login\">S’identifier avec</span>"), page);
            assertTrue(body.contains("title=\"Qu’est-ce que FranceConnect ? - nouvelle fenêtre\""), page);
            assertTrue(body.contains("href=\"https://franceconnect.gouv.fr/\""), page);
            int otherMeans = body.indexOf(page.startsWith("/login") ? "id=\"loginForm\"" : "id=\"registerForm\"");
            assertTrue(otherMeans > button, page + ": FranceConnect comes before the other means");
        }
    }

    @Test
    void anUnknownIdentitySignsInLocallyOnceToLinkThenSignsInWithFranceConnectAndOutThroughIt() {
        String sub = sub("93");
        Visitor visitor = new Visitor();
        // FranceConnect's e-mail is famille93's, and still nothing is linked on it
        HttpResponse<String> landed = visitor.franceConnect(sub, person("Camille", "NOUVELLE", "1985-03-02", "famille93@example.net"));
        assertEquals("/franceconnect.xhtml", visitor.path(landed));
        assertTrue(landed.body().contains("NOUVELLE"), "the identity FranceConnect gave is shown");
        assertEquals(0, Sql.count("select count(*) from fc_link where sub = '" + sub + "'"));
        assertFalse(visitor.signedIn());

        HttpResponse<String> loginPage = visitor.get("/login.xhtml");
        assertTrue(loginPage.body().contains("id=\"fcLinkNotice\""), "the login page says the sign-in will link");
        visitor.follow(visitor.submit("/login.xhtml", "loginForm", Map.of("email", "famille93@example.net", "password", PASSWORD)));
        assertTrue(visitor.signedIn());
        assertEquals("LINKED_AFTER_LOCAL_LOGIN", Sql.text("select linked_how from fc_link l join account a on a.id = l.account_id"
                + " where a.email = 'famille93@example.net' and l.sub = '" + sub + "'"));

        // another browser, FranceConnect only
        Visitor later = new Visitor();
        HttpResponse<String> home = later.franceConnect(sub, person("Camille", "NOUVELLE", "1985-03-02", "other@example.net"));
        assertEquals(200, home.statusCode());
        assertTrue(later.path(home).startsWith("/parent/"), later.path(home));
        assertTrue(later.signedIn());
        assertEquals(1, Sql.count("select count(*) from audit_entry e join account a on a.id = e.object_id::bigint"
                + " where e.action = 'FC_LOGIN_SUCCEEDED' and a.email = 'famille93@example.net'"));

        // the logout goes through FranceConnect's end-session endpoint with the id_token, and comes back
        HttpResponse<String> logout = later.submitFrom(later.path(home), "logoutForm", Map.of());
        assertEquals(302, logout.statusCode());
        URI endSession = URI.create(logout.headers().firstValue("Location").orElseThrow());
        assertTrue(endSession.toString().startsWith(FranceConnectTestProvider.issuer()), endSession.toString());
        Map<String, String> query = query(endSession);
        assertTrue(query.get("id_token_hint").split("\\.").length == 3, "id_token_hint is the raw id_token");
        assertTrue(query.get("state").length() >= 32);
        assertEquals(ItEnvironment.baseUrl() + "/franceconnect/logged-out", query.get("post_logout_redirect_uri"));
        HttpResponse<String> bye = later.follow(later.get(endSession.toString()));
        assertEquals("/login.xhtml?bye=true", later.path(bye));
        assertFalse(later.signedIn());
    }

    @Test
    void anIdentityWhosePivotMatchesOneVerifiedPersonIsLinkedAutomatically() {
        verify("famille94@example.net", "LÉA-MARIE", "D'ARTOIS", "1990-07-14", "female", "75107");
        // a person who has a FranceConnect identity already is never linked to another one automatically
        Sql.update("delete from fc_link where account_id = (select id from account where email = 'famille94@example.net')");
        java.util.function.LongSupplier automaticLinksOf94 = () -> Sql.count("select count(*) from audit_entry where action = 'FC_LINKED'"
                + " and after_json->>'how' = 'AUTOMATIC_PIVOT_MATCH' and object_id = (select id::text from account where email = 'famille94@example.net')");
        long linksBefore = automaticLinksOf94.getAsLong();
        String sub = sub("94");
        Visitor visitor = new Visitor();
        // accents, hyphens, apostrophes and the other given names do not matter
        HttpResponse<String> home = visitor.franceConnect(sub,
                person("Lea Marie Jeanne", "D ARTOIS", "1990-07-14", "female", "75107", "someone@example.org"));
        assertTrue(visitor.path(home).startsWith("/parent/"), visitor.path(home));
        assertEquals("AUTOMATIC_PIVOT_MATCH", Sql.text("select linked_how from fc_link l join account a on a.id = l.account_id"
                + " where a.email = 'famille94@example.net' and l.sub = '" + sub + "'"));
        assertEquals(linksBefore + 1, automaticLinksOf94.getAsLong(), "the automatic link is audited");
    }

    @Test
    void anIdentityThatDiffersInOnePivotFieldIsNeverLinkedEvenWithTheSameEmail() {
        verify("famille95@example.net", "Hugo", "MARTIN", "1982-11-30", "male", "69123");
        String sub = sub("95");
        Visitor visitor = new Visitor();
        // born in another commune: another person, whatever the e-mail says
        HttpResponse<String> landed = visitor.franceConnect(sub,
                person("Hugo", "MARTIN", "1982-11-30", "male", "69381", "famille95@example.net"));
        assertEquals("/franceconnect.xhtml", visitor.path(landed));
        assertFalse(visitor.signedIn());
        assertEquals(0, Sql.count("select count(*) from fc_link where sub = '" + sub + "'"));
    }

    @Test
    void aSignedInPersonLinksTheirAccountAndUnlinksItWhileAPasswordRemains() {
        Visitor visitor = new Visitor();
        visitor.follow(visitor.submit("/login.xhtml", "loginForm", Map.of("email", "famille96@example.net", "password", PASSWORD)));
        Sql.update("delete from fc_link where account_id = (select id from account where email = 'famille96@example.net')");
        String sub = sub("96");
        FranceConnectTestProvider.queue(sub, person("Inès", "ROUX", "1979-01-05", "famille96@example.net"), 60);
        HttpResponse<String> toProvider = visitor.submitFrom("/account/franceconnect.xhtml", "fcLinkForm", Map.of());
        HttpResponse<String> back = visitor.follow(visitor.get(toProvider.headers().firstValue("Location").orElseThrow()));
        assertEquals("/account/franceconnect.xhtml?fc=linked", visitor.path(back));
        assertTrue(back.body().contains("id=\"fcLinked\""), back.body());
        assertEquals("LINKED_SIGNED_IN", Sql.text("select linked_how from fc_link where sub = '" + sub + "'"));

        HttpResponse<String> unlinked = visitor.follow(visitor.submitFrom("/account/franceconnect.xhtml", "fcUnlinkForm", Map.of()));
        assertEquals("/account/franceconnect.xhtml?fc=unlinked", visitor.path(unlinked));
        assertEquals(0, Sql.count("select count(*) from fc_link where sub = '" + sub + "'"));
        assertEquals(1, Sql.count("select count(*) from audit_entry where action = 'FC_UNLINKED'"
                + " and object_id = (select id::text from account where email = 'famille96@example.net')"));
    }

    @Test
    void anAnswerWithAnotherStateIsRefusedAndTheAttemptCannotBeReplayed() {
        Visitor visitor = new Visitor();
        URI authorize = visitor.pressButton();
        Map<String, String> asked = query(authorize);
        assertEquals("eidas1", asked.get("acr_values"));
        assertTrue(asked.get("state").length() >= 32 && asked.get("nonce").length() >= 32);
        URI callback = visitor.authorize(authorize);
        String code = query(callback).get("code");
        long refusals = Sql.count("select count(*) from audit_entry where action = 'FC_LOGIN_REFUSED'");

        HttpResponse<String> forged = visitor.get("/franceconnect/callback?code=" + code + "&state=" + "x".repeat(43));
        assertEquals("/login.xhtml?fc=refused", visitor.path(forged));
        // the genuine answer after a wrong one: the attempt is spent
        HttpResponse<String> replayed = visitor.get(callback.toString());
        assertEquals("/login.xhtml?fc=refused", visitor.path(replayed));
        assertFalse(visitor.signedIn());
        assertEquals(refusals + 2, Sql.count("select count(*) from audit_entry where action = 'FC_LOGIN_REFUSED'"));
        HttpResponse<String> page = visitor.follow(replayed);
        assertTrue(page.body().contains("La réponse de FranceConnect n’a pas pu être vérifiée"), "the person is told why");
    }

    @Test
    void anIdTokenIssuedForAnotherAttemptIsRefusedByItsNonce() {
        Visitor visitor = new Visitor();
        String sub = sub("nonce");
        URI first = visitor.authorize(visitor.pressButton());
        // a second attempt in the same browser: the first answer carries the first attempt's nonce
        URI second = visitor.authorize(visitor.pressButton());
        String codeOfFirst = query(first).get("code");
        FranceConnectTestProvider.queue(sub, person("Noé", "REJOUE", "2000-01-01", "n@example.net"), 60);
        HttpResponse<String> answer = visitor.get("/franceconnect/callback?code=" + codeOfFirst + "&state=" + query(second).get("state"));
        assertEquals("/login.xhtml?fc=refused", visitor.path(answer));
        assertFalse(visitor.signedIn());
        assertEquals(1, Sql.count("select count(*) from audit_entry where action = 'FC_LOGIN_REFUSED' and after_json->>'detail' like '%nonce%'"
                + " and at >= " + Sql.now() + " - interval '1 minute'"), "refused for its nonce");
    }

    @Test
    void anExpiredIdTokenIsRefused() {
        Visitor visitor = new Visitor();
        HttpResponse<String> answer = visitor.franceConnectRaw(sub("expired"), person("Eve", "PASSEE", "1970-01-01", "e@example.net"), -3600);
        assertEquals("/login.xhtml?fc=refused", visitor.path(answer));
        assertFalse(visitor.signedIn());
    }

    @Test
    void tokensSignedWithAKeyFranceConnectNeverPublishedAreRefused() {
        Visitor visitor = new Visitor();
        FranceConnectTestProvider.tamper(FranceConnectTestProvider.Tamper.USERINFO_FOREIGN_KEY, null);
        HttpResponse<String> userInfo = visitor.franceConnectRaw(sub("sig1"), person("Sig", "FAUSSE", "1970-01-01", "s@example.net"), 60);
        assertEquals("/login.xhtml?fc=refused", visitor.path(userInfo));

        URI authorize = visitor.pressButton();
        FranceConnectTestProvider.tamper(FranceConnectTestProvider.Tamper.ID_TOKEN_FOREIGN_KEY, query(authorize).get("nonce"));
        HttpResponse<String> idToken = visitor.get(visitor.authorize(authorize).toString());
        assertEquals("/login.xhtml?fc=refused", visitor.path(idToken));
        assertFalse(visitor.signedIn());
        assertEquals(0, Sql.count("select count(*) from fc_link where sub like 'forged-subject%'"));
    }

    @Test
    void aCancelAtFranceConnectIsSaidAndTheProviderDownToo_LocalSignInStillWorks() {
        Visitor visitor = new Visitor();
        URI authorize = visitor.pressButton();
        HttpResponse<String> cancelled = visitor.follow(visitor.get("/franceconnect/callback?error=access_denied&error_description=cancel&state="
                + query(authorize).get("state")));
        assertTrue(cancelled.body().contains("Vous avez annulé la connexion avec FranceConnect"), cancelled.body());

        FranceConnectTestProvider.stop();
        HttpResponse<String> down = visitor.get("/franceconnect/login");
        assertEquals("/login.xhtml?fc=unavailable", visitor.path(down));
        assertTrue(visitor.follow(down).body().contains("FranceConnect ne répond pas pour le moment"));
        visitor.follow(visitor.submit("/login.xhtml", "loginForm", Map.of("email", "famille96@example.net", "password", PASSWORD)));
        assertTrue(visitor.signedIn(), "the password still signs in");
    }

    @Test
    void inTheBrowserTheButtonSignsInAndThePagesAreAccessible() {
        verify("famille94@example.net", "LÉA-MARIE", "D'ARTOIS", "1990-07-14", "female", "75107");
        String sub = sub("94");
        Sql.update("delete from fc_link where account_id = (select id from account where email = 'famille94@example.net')");
        browser.open("/login.xhtml");
        browser.assertAccessible("/login.xhtml with the FranceConnect button");
        assertEquals("fcButton", browser.find("franceconnect").findElement(By.tagName("button")).getAttribute("id"));
        FranceConnectTestProvider.queue(sub, person("Léa-Marie", "D'ARTOIS", "1990-07-14", "female", "75107", "x@example.org"), 60);
        browser.submit("fcButton");
        assertTrue(browser.path().startsWith("/parent/"), browser.path());
        browser.assertNoCspViolation("signing in with FranceConnect");
        browser.open("/account/franceconnect.xhtml");
        browser.find("fcLinked");
        browser.assertAccessible("/account/franceconnect.xhtml");
        browser.submit("logoutButton");
        browser.waitForText("Vous êtes déconnecté");
        assertTrue(browser.path().startsWith("/login.xhtml?bye=true"), browser.path());
        browser.assertNoCspViolation("signing out through FranceConnect");

        // an identity nobody has: the choice page
        FranceConnectTestProvider.queue(sub("browser-unknown"), person("Zoé", "INCONNUE", "1999-09-09", "z@example.org"), 60);
        browser.submit("fcButton");
        browser.find("fcSignInToLink");
        assertEquals("/franceconnect.xhtml", browser.path());
        browser.assertAccessible("/franceconnect.xhtml");
    }

    @Test
    void theDemoProvidersPeopleSignInAndRegisterAsTheReadmeSays() {
        // the page of the run command's provider: one button per demo identity
        FranceConnectTestProvider.chooser(true);
        FranceConnectDemoData.DemoIdentity verified = FranceConnectDemoData.IDENTITIES.get(0);
        FranceConnectDemoData.DemoIdentity unknown = FranceConnectDemoData.IDENTITIES.get(2);
        browser.open("/login.xhtml");
        browser.submit("fcButton");
        browser.submit("demo-roussel");
        assertTrue(browser.path().startsWith("/parent/"), "famille37's verified identity signs in at once: " + browser.path());
        assertEquals("AUTOMATIC_PIVOT_MATCH", Sql.text("select linked_how from fc_link l join account a on a.id = l.account_id"
                + " where a.email = 'famille37@example.net' and l.sub = '" + verified.sub() + "'"));
        browser.submit("logoutButton");
        browser.waitForText("Vous êtes déconnecté");

        // someone the portal does not know: "Créer mon compte", the identity shown and not typed, the e-mail FranceConnect's
        browser.submit("fcButton");
        browser.submit("demo-lemaire");
        assertEquals("/franceconnect.xhtml", browser.path());
        browser.submit("fcRegister");
        assertEquals("/register.xhtml", browser.path());
        String identity = browser.find("fcIdentity").getText();
        assertTrue(identity.contains("LEMAIRE") && identity.contains("Anaïs Louise") && identity.contains("03/11/1991")
                && identity.contains("féminin") && identity.contains("99131"), identity);
        assertEquals(unknown.email(), browser.find("email").getAttribute("value"));
        assertFalse(browser.text().contains("Mot de passe *"), "no password is asked");
        browser.assertAccessible("/register.xhtml prefilled from FranceConnect");
        browser.click(browser.find("termsAccepted"));
        browser.submit("submit");
        assertTrue(browser.path().startsWith("/parent/"), "the new account is signed in: " + browser.path());
        browser.assertNoCspViolation("registering with FranceConnect");
        assertEquals("ACTIVE Anaïs LEMAIRE true", Sql.text("select status || ' ' || first_name || ' ' || last_name || ' '"
                + " || (password_hash is null) from account where email = '" + unknown.email() + "'"));
        assertEquals("REGISTERED", Sql.text("select linked_how from fc_link l join account a on a.id = l.account_id"
                + " where a.email = '" + unknown.email() + "' and l.sub = '" + unknown.sub() + "'"));
        browser.submit("logoutButton");
        browser.waitForText("Vous êtes déconnecté");
    }

    @Test
    void registeringWithAnotherEmailWaitsForItsConfirmationAndAnEmailThatHasAnAccountCreatesAndLinksNothing() {
        String sub = sub("register-other");
        Visitor visitor = new Visitor();
        Map<String, Object> paul = person("Paul Émile", "NOUVEAU", "1980-05-05", "male", "49007", "paul.fc@example.org");
        assertEquals("/franceconnect.xhtml", visitor.path(visitor.franceConnect(sub, paul)));
        HttpResponse<String> form = visitor.get("/register.xhtml");
        assertTrue(form.body().contains("value=\"paul.fc@example.org\""), "the e-mail is FranceConnect's until changed");
        assertFalse(form.body().contains("id=\"firstName\""), "the names are FranceConnect's, not typed");
        String other = "paul.autre." + System.nanoTime() + "@example.net";
        HttpResponse<String> done = visitor.follow(visitor.submit("/register.xhtml", "registerForm",
                Map.of("email", other, "termsAccepted", "on")));
        assertEquals("/register-done.xhtml", visitor.path(done));
        assertEquals("PENDING_ACTIVATION Paul NOUVEAU", Sql.text("select status || ' ' || first_name || ' ' || last_name"
                + " from account where email = '" + other + "'"));
        assertEquals("REGISTERED", Sql.text("select linked_how from fc_link l join account a on a.id = l.account_id"
                + " where a.email = '" + other + "' and l.sub = '" + sub + "'"), "linked at once");
        assertTrue(Mailbox.await(other, 1).get(0).body().contains("/activate.xhtml?token="), "a changed e-mail is confirmed first");
        Visitor again = new Visitor();
        assertEquals("/login.xhtml?fc=notActivated", again.path(again.franceConnectRaw(sub, paul, 60)));

        // an e-mail that has an account: the same answer, and nothing created or linked
        String taken = sub("register-taken");
        Visitor second = new Visitor();
        second.franceConnect(taken, person("Zacharie", "AUTRE", "1977-03-15", "male", "49007", "famille39@example.net"));
        long accounts = Sql.count("select count(*) from account");
        HttpResponse<String> answer = second.follow(second.submit("/register.xhtml", "registerForm", Map.of("termsAccepted", "on")));
        assertEquals("/register-done.xhtml", second.path(answer));
        assertEquals(accounts, Sql.count("select count(*) from account"));
        assertEquals(0, Sql.count("select count(*) from fc_link where sub = '" + taken + "'"));
        assertFalse(second.signedIn());
    }

    @Test
    void staffRecordAGuardiansCivilIdentityFromADocumentThenTheirFirstFranceConnectSignInLinksAndTheExportSaysSo() {
        long householdId = Sql.count("select g.household_id from guardian g join account a on a.id = g.account_id"
                + " where a.email = 'famille39@example.net'");
        long accountId = Sql.count("select id from account where email = 'famille39@example.net'");
        long stranger = Sql.count("select id from account where email = 'famille38@example.net'");
        String agent = Api.basic("agent@example.org", PASSWORD);
        String path = "/api/v1/staff/households/" + householdId + "/guardians/" + accountId + "/civil-identity";
        assertEquals(403, Api.get(path, "Authorization", Api.basic("famille39@example.net", PASSWORD)).statusCode());
        assertFalse(Api.json(Api.ok(Api.get(path, "Authorization", agent))).getBoolean("verified"));

        HttpResponse<String> bad = put(path, "{\"familyName\":\"PERRIN\",\"givenNames\":\"Mathieu\",\"birthdate\":\"2999-01-01\","
                + "\"gender\":\"x\",\"birthplace\":\"\",\"birthcountry\":\"99100\"}", agent);
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("application/problem+json", Api.mediaType(bad));
        assertEquals(List.of("birthdate", "gender", "birthplace", "documentKind"), Api.json(bad).getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList());
        assertTrue(bad.body().contains("code INSEE de la commune"), bad.body());
        String passport = "{\"familyName\":\"Perrin\",\"givenNames\":\"Mathieu Louis\",\"birthdate\":\"1977-03-15\",\"gender\":\"male\","
                + "\"birthplace\":\"49007\",\"birthcountry\":\"99100\",\"documentKind\":\"PASSPORT\",\"note\":\"au guichet\"}";
        assertEquals(404, put("/api/v1/staff/households/" + householdId + "/guardians/" + stranger + "/civil-identity", passport, agent)
                .statusCode(), "only a guardian of that household");
        JsonObject recorded = Api.json(Api.ok(put(path, passport, agent)));
        assertTrue(recorded.getBoolean("verified"));
        assertEquals("agent@example.org", recorded.getString("verifiedBy"));
        assertEquals("PASSPORT", Api.json(Api.ok(Api.get(path, "Authorization", agent))).getString("documentKind"));

        // the first FranceConnect sign-in of that person is linked at once
        String sub = sub("39");
        Visitor visitor = new Visitor();
        HttpResponse<String> home = visitor.franceConnect(sub, person("Mathieu Louis", "PERRIN", "1977-03-15", "male", "49007", "m@example.org"));
        assertTrue(visitor.path(home).startsWith("/parent/"), visitor.path(home));
        assertEquals("AUTOMATIC_PIVOT_MATCH", Sql.text("select linked_how from fc_link where sub = '" + sub + "'"));

        // on the household page: verified, with the document; corrected on its own page
        signIn("agent@example.org", PASSWORD);
        browser.open("/staff/household.xhtml?id=" + householdId);
        WebElement fact = browser.find("civilIdentity-" + accountId);
        assertTrue(fact.getText().contains("vérifiée le") && fact.getText().contains("Passeport"), fact.getText());
        browser.submit(fact.findElement(By.xpath("following-sibling::a")));
        assertEquals("Perrin", browser.find("familyName").getAttribute("value"), "as recorded (the match folds the case)");
        assertEquals("1977-03-15", browser.find("birthdate").getAttribute("value"));
        browser.assertAccessible("/staff/civil-identity.xhtml");
        new Select(browser.find("documentKind")).selectByValue("ID_CARD");
        browser.type("note", "carte présentée le jour de l’inscription");
        browser.submit("saveCivilIdentity");
        assertTrue(browser.path().startsWith("/staff/household.xhtml"), browser.path());
        assertTrue(browser.find("civilIdentity-" + accountId).getText().contains("Carte nationale d’identité"));
        browser.assertNoCspViolation("recording a civil identity");
        assertEquals("PASSPORT ID_CARD", Sql.text("select before_json->>'documentKind' || ' ' || (after_json->>'documentKind')"
                + " from audit_entry where action = 'CIVIL_IDENTITY_VERIFIED' and object_id = '" + accountId + "'"
                + " and before_json is not null and actor_email = 'agent@example.org'"));
        browser.submit("logoutButton");

        // the person's export: the link (sub in full, how, last FranceConnect sign-in) and the verified identity
        JsonObject account = Api.json(Api.ok(Api.get("/api/v1/me/data-export", "Authorization",
                Api.basic("famille39@example.net", PASSWORD)))).getJsonObject("account");
        JsonObject link = account.getJsonObject("franceConnect");
        assertEquals(sub, link.getString("sub"));
        assertEquals("AUTOMATIC_PIVOT_MATCH", link.getString("linkedHow"));
        assertFalse(link.isNull("lastSignInAt"), link.toString());
        assertEquals("PERRIN", link.getJsonObject("identity").getString("family_name"));
        assertEquals("Perrin Mathieu Louis 1977-03-15 ID_CARD", String.join(" ", account.getJsonObject("verifiedCivilIdentity").getString("familyName"),
                account.getJsonObject("verifiedCivilIdentity").getString("givenNames"),
                account.getJsonObject("verifiedCivilIdentity").getString("birthdate"),
                account.getJsonObject("verifiedCivilIdentity").getString("documentKind")));
    }

    private static HttpResponse<String> put(String path, String json, String authorization) {
        return Api.send(Api.request(path).header("Authorization", authorization).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static void verify(String email, String givenNames, String familyName, String birthdate, String gender, String birthplace) {
        Sql.update("insert into verified_civil_identity (account_id, family_name, given_names, birthdate, gender, birthplace,"
                + " birthcountry, verified_at, verified_by) select id, '" + familyName.replace("'", "''") + "', '" + givenNames + "', '"
                + birthdate + "', '" + gender + "', '" + birthplace + "', '99100', " + Sql.now() + ", 'FranceConnectIT'"
                + " from account where email = '" + email + "' on conflict (account_id) do nothing");
    }

    /** A FranceConnect-like sub (64 hex + v1), unique to this run. */
    private static String sub(String who) {
        String hex = Long.toHexString(System.nanoTime()) + Integer.toHexString(who.hashCode());
        return ("0".repeat(64) + hex).substring(hex.length()) + "v1";
    }

    private static Map<String, Object> person(String given, String family, String birthdate, String email) {
        return person(given, family, birthdate, "female", "75056", email);
    }

    private static Map<String, Object> person(String given, String family, String birthdate, String gender, String place, String email) {
        return FranceConnectTestProvider.pivot(given, family, birthdate, gender, place, email);
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        if (uri.getRawQuery() == null) {
            return values;
        }
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    /** A browser without script: its own cookies for the portal and the provider, redirects followed one at a time. */
    static final class Visitor {

        private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
        private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
        private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
        private static final Pattern SUBMIT = Pattern.compile("<input\\b[^>]*type=\"submit\"[^>]*>", Pattern.CASE_INSENSITIVE);

        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> get(String pathOrUrl) {
            return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
        }

        /** Follows redirects (portal and provider) to the first page that is not one. */
        HttpResponse<String> follow(HttpResponse<String> response) {
            HttpResponse<String> current = response;
            for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
                current = get(current.uri().resolve(current.headers().firstValue("Location").orElseThrow()).toString());
            }
            return current;
        }

        /** Presses the FranceConnect button: the authorization request the portal sends the browser to. */
        URI pressButton() {
            HttpResponse<String> start = get("/franceconnect/login");
            assertEquals(302, start.statusCode(), start.body());
            URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
            assertTrue(authorize.toString().startsWith(FranceConnectTestProvider.issuer()), authorize.toString());
            return authorize;
        }

        /** The provider's answer: the portal's callback with code and state. */
        URI authorize(URI authorize) {
            HttpResponse<String> answer = get(authorize.toString());
            assertEquals(302, answer.statusCode(), answer.body());
            URI callback = URI.create(answer.headers().firstValue("Location").orElseThrow());
            assertTrue(callback.toString().startsWith(ItEnvironment.baseUrl() + "/franceconnect/callback"), callback.toString());
            return callback;
        }

        /** A whole round trip for a person; the first answer of the portal after the callback. */
        HttpResponse<String> franceConnectRaw(String sub, Map<String, Object> claims, long expirySeconds) {
            URI authorize = pressButton();
            FranceConnectTestProvider.queue(sub, claims, expirySeconds);
            return get(authorize(authorize).toString());
        }

        /** A whole round trip for a person, redirects followed to the page the person lands on. */
        HttpResponse<String> franceConnect(String sub, Map<String, Object> claims) {
            return follow(franceConnectRaw(sub, claims, 60));
        }

        boolean signedIn() {
            return get("/account/password.xhtml").statusCode() == 200;
        }

        /** Where an answer sends the browser (a redirect) or where it is (a page), as a path of the portal. */
        String path(HttpResponse<String> response) {
            String at = response.statusCode() / 100 == 3
                    ? response.uri().resolve(response.headers().firstValue("Location").orElseThrow()).toString()
                    : response.uri().toString();
            return at.startsWith(ItEnvironment.baseUrl()) ? at.substring(ItEnvironment.baseUrl().length()) : at;
        }

        /** Opens a page and submits one of its forms as a browser would (hidden fields, view state, its first button). */
        HttpResponse<String> submit(String path, String formId, Map<String, String> filled) {
            return submitFrom(path, formId, filled);
        }

        HttpResponse<String> submitFrom(String path, String formId, Map<String, String> filled) {
            HttpResponse<String> page = get(path);
            assertEquals(200, page.statusCode(), path);
            Matcher form = Pattern.compile("<form id=\"" + formId + "\".*?</form>", Pattern.DOTALL).matcher(page.body());
            assertTrue(form.find(), formId + " on " + path + ": " + page.body());
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(form.group());
            boolean buttonTaken = false;
            while (input.find()) {
                boolean button = SUBMIT.matcher(input.group()).matches();
                Matcher name = NAME.matcher(input.group());
                if (name.find() && (!button || !buttonTaken)) {
                    Matcher value = VALUE.matcher(input.group());
                    fields.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
                    buttonTaken |= button;
                }
            }
            fields.putAll(filled);
            String body = fields.entrySet().stream()
                    .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            Matcher action = Pattern.compile("action=\"([^\"]*)\"").matcher(form.group());
            String target = action.find() ? action.group(1).replace("&amp;", "&") : path;
            return send(HttpRequest.newBuilder(uri(target)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private static URI uri(String pathOrUrl) {
            return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : ItEnvironment.baseUrl() + pathOrUrl);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
