package fr.marelle.it;

import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.Violation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The account API end to end on Payara Micro with PostgreSQL and GreenMail: health and OpenAPI,
 * /me with HTTP Basic, self-registration (rules, bad bodies, activation mail, no account
 * enumeration), lockout after five wrong passwords, security headers. Each test uses its own
 * accounts, so the order of the tests does not matter.
 */
class AccountApiIT extends PortalITBase {

    private static final String PASSWORD = "Trottinette-2026!";
    private static final Locale FR = Locale.FRENCH;
    private static final Locale EN = Locale.ENGLISH;

    // ------------------------------------------------------------------ platform

    @Test
    void oneAccountCallingTheApiManyTimesAtOnceIsAnsweredEveryTime() throws Exception {
        // a phone app fires several calls in parallel, each signing in with HTTP Basic
        String auth = Api.basic("famille399@example.net", ItEnvironment.DEMO_PASSWORD);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        List<java.util.concurrent.Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(() -> Api.get("/api/v1/me", "Authorization", auth).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (var result : pool.invokeAll(calls)) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertEquals(java.util.Collections.nCopies(12, 200), statuses);
    }

    @Test
    void healthReadyChecksTheDatabaseAndOpenApiListsTheAccountEndpoints() {
        HttpResponse<String> ready = Api.get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject database = Api.json(ready).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> "marelle-database".equals(c.getString("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no marelle-database check: " + ready.body()));
        assertEquals("UP", database.getString("status"), ready.body());

        HttpResponse<String> live = Api.get("/health/live");
        assertEquals(200, live.statusCode(), live.body());

        HttpResponse<String> openApi = Api.get("/openapi");
        assertEquals(200, openApi.statusCode());
        assertTrue(openApi.body().contains("/api/v1/me:"), openApi.body());
        assertTrue(openApi.body().contains("/api/v1/accounts:"), openApi.body());
    }

    @Test
    void eachPageAreaIsOpenOnlyToItsRoles() {
        String[] areas = {"/parent/home.xhtml", "/staff/home.xhtml", "/staff/accounts.xhtml", "/finance/home.xhtml",
                "/admin/home.xhtml", "/admin/accounts.xhtml", "/admin/audit.xhtml", "/admin/outbox.xhtml",
                "/account/password.xhtml"};
        Map<String, String> expected = new LinkedHashMap<>();
        // who: the areas answered 200, the others 403 (signed in) or a redirect to the login page (anonymous)
        expected.put("parent@example.org", "/parent/home.xhtml /account/password.xhtml");
        expected.put("agent@example.org", "/staff/home.xhtml /staff/accounts.xhtml /account/password.xhtml");
        expected.put("finance@example.org", "/finance/home.xhtml /account/password.xhtml");
        expected.put("admin@example.org", String.join(" ", List.of(areas)).replace("/parent/home.xhtml ", ""));
        for (var who : expected.entrySet()) {
            Set<String> open = Set.of(who.getValue().split(" "));
            for (String area : areas) {
                HttpResponse<String> page = Api.get(area, "Authorization", Api.basic(who.getKey(), ItEnvironment.DEMO_PASSWORD));
                assertEquals(open.contains(area) ? 200 : 403, page.statusCode(), who.getKey() + " on " + area);
            }
        }
        for (String area : areas) {
            HttpResponse<String> anonymous = Api.get(area);
            assertEquals(302, anonymous.statusCode(), area);
            assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/login.xhtml?next="), area);
        }
    }

    @Test
    void securityHeadersAreOnPages() {
        HttpResponse<String> page = Api.get("/");
        assertTrue(page.statusCode() < 500, "status " + page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("default-src 'self'"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(null));
        assertEquals(List.of("Marelle"), page.headers().allValues("Server"), "no application server name or version");
        assertEquals(List.of("Marelle"), Api.get("/api/v1/me").headers().allValues("Server"));
    }

    // ------------------------------------------------------------------ /me

    @Test
    void meWithoutCredentialsIs401Problem() {
        HttpResponse<String> response = Api.get("/api/v1/me");
        assertEquals(401, response.statusCode(), response.body());
        assertEquals("application/problem+json", Api.mediaType(response));
        assertEquals(401, Api.json(response).getInt("status"));
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                response.headers().map().toString());
    }

    @Test
    void meWithHttpBasicShowsTheAccount() {
        HttpResponse<String> response = Api.get("/api/v1/me",
                "Authorization", Api.basic("parent@example.org", ItEnvironment.DEMO_PASSWORD));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", Api.mediaType(response));
        JsonObject me = Api.json(response);
        assertTrue(me.getJsonNumber("id").longValue() > 0, me.toString());
        assertEquals("parent@example.org", me.getString("email"));
        assertEquals("Camille", me.getString("firstName"));
        assertEquals("Martin", me.getString("lastName"));
        assertEquals(List.of("PARENT"), me.getJsonArray("roles").getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
    }

    @Test
    void aWrongPasswordIs401WithoutSayingWhichPartWasWrong() {
        String email = uniqueEmail("wrong-password");
        assertEquals(201, Api.postJson("/api/v1/accounts", registration(email).build().toString()).statusCode());
        HttpResponse<String> wrongPassword = Api.get("/api/v1/me",
                "Authorization", Api.basic(email, "Wrong-Password-1"));
        HttpResponse<String> unknownEmail = Api.get("/api/v1/me",
                "Authorization", Api.basic("nobody-" + UUID.randomUUID() + "@example.org", "Wrong-Password-1"));
        assertEquals(401, wrongPassword.statusCode());
        assertEquals(401, unknownEmail.statusCode());
        assertEquals("application/problem+json", Api.mediaType(wrongPassword));
        assertEquals(wrongPassword.body(), unknownEmail.body());
        assertEquals(Messages.text(FR, "login.invalid"), Api.json(wrongPassword).getString("title"));
    }

    // ------------------------------------------------------------------ registration refused

    @Test
    void aRegistrationBreakingSeveralRulesGetsOneErrorPerRuleInFrenchByDefault() throws SQLException {
        long before = accountCount();
        HttpResponse<String> response = Api.postJson("/api/v1/accounts", brokenRegistration());
        assertProblem(400, response);
        JsonObject problem = Api.json(response);
        assertEquals("Certaines informations ne sont pas valides.", problem.getString("title"));
        assertEquals(expectedErrors(FR), errors(problem));
        assertTrue(errors(problem).contains("password: Le mot de passe doit contenir au moins 12 caractères."),
                problem.toString());
        assertEquals(before, accountCount(), "no account row created");
    }

    @Test
    void theSameRefusalInEnglishWhenAskedFor() throws SQLException {
        long before = accountCount();
        HttpResponse<String> response = Api.postJson("/api/v1/accounts", brokenRegistration(),
                "Accept-Language", "en");
        assertProblem(400, response);
        JsonObject problem = Api.json(response);
        assertEquals("Some information is not valid.", problem.getString("title"));
        assertEquals(expectedErrors(EN), errors(problem));
        assertTrue(errors(problem).contains("termsAccepted: You must accept the terms of use."), problem.toString());
        assertEquals(before, accountCount(), "no account row created");
    }

    @Test
    void anUnknownFieldIsRefusedAndNothingIsCreated() throws SQLException {
        String email = uniqueEmail("unknown-field");
        JsonObject body = registration(email).add("roles", Json.createArrayBuilder().add("ADMIN")).build();
        HttpResponse<String> response = Api.postJson("/api/v1/accounts", body.toString());
        assertProblem(400, response);
        assertEquals(Messages.text(FR, "problem.unreadable"), Api.json(response).getString("title"));
        assertNothingCreatedFor(email);
    }

    @Test
    void aWrongTypeIsRefusedAndNothingIsCreated() throws SQLException {
        String email = uniqueEmail("wrong-type");
        HttpResponse<String> termsAsText = Api.postJson("/api/v1/accounts",
                registration(email).add("termsAccepted", "yes-please").build().toString());
        assertProblem(400, termsAsText);
        assertNothingCreatedFor(email);

        HttpResponse<String> nameAsNumber = Api.postJson("/api/v1/accounts",
                registration(email).add("firstName", 42).build().toString());
        assertProblem(400, nameAsNumber);
        assertNothingCreatedFor(email);

        HttpResponse<String> notJson = Api.postJson("/api/v1/accounts", "{\"email\": ");
        assertProblem(400, notJson);
        assertEquals(Messages.text(FR, "problem.unreadable"), Api.json(notJson).getString("title"));
    }

    @Test
    void aBodyOverOneMegabyteIs413AndNothingIsCreated() throws SQLException {
        String email = uniqueEmail("too-large");
        String big = registration(email).add("firstName", "x".repeat(1024 * 1024)).build().toString();
        // the portal answers from the Content-Length without reading the body, then closes the connection;
        // with "Expect: 100-continue" the client waits for that answer before sending, so it cannot race the close
        HttpResponse<String> response = Api.send(Api.request("/api/v1/accounts").expectContinue(true)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(big, StandardCharsets.UTF_8)));
        assertProblem(413, response);
        assertNothingCreatedFor(email);
    }

    @Test
    void aChunkedBodyOverOneMegabyteIsRefusedAndNothingIsCreated() throws SQLException {
        String email = uniqueEmail("too-large-chunked");
        byte[] big = registration(email).add("firstName", "x".repeat(1024 * 1024)).build().toString()
                .getBytes(StandardCharsets.UTF_8);
        // no Content-Length: the body is sent chunked, so only counting it while reading can stop it
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofByteArray(big));
        HttpResponse<String> response = Api.send(Api.request("/api/v1/accounts")
                .header("Content-Type", "application/json").POST(chunked));
        assertProblem(413, response);
        assertNothingCreatedFor(email);
    }

    // ------------------------------------------------------------------ registration accepted

    @Test
    void aRegistrationMailsAnActivationLinkAndAKnownEmailGetsTheSameAnswer() throws SQLException {
        String email = uniqueEmail("register");
        HttpResponse<String> first = Api.postJson("/api/v1/accounts", registration(email).build().toString());
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(Messages.text(FR, "register.done"), Api.json(first).getString("message"));
        assertEquals("PENDING_ACTIVATION", accountStatus(email));

        Mailbox.Mail activation = Mailbox.await(email, 1).get(0);
        assertEquals("fr", activation.language());
        assertTrue(activation.subject().contains("activez votre compte"), activation.subject());
        assertTrue(activation.body().startsWith("Bonjour,"), "no name in a mail to an unconfirmed address: " + activation.body());
        String link = activation.link(ItEnvironment.baseUrl() + "/activate.xhtml?token=");
        String token = link.substring(link.indexOf("token=") + "token=".length());
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);

        // the same e-mail again while not activated: same answer, a new activation link
        HttpResponse<String> again = Api.postJson("/api/v1/accounts", registration(email).build().toString());
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(first.body(), again.body(), "the answer does not tell that the e-mail is known");
        Mailbox.Mail second = Mailbox.await(email, 2).get(1);
        assertTrue(second.subject().contains("activez votre compte"), second.subject());
        String secondLink = second.link(ItEnvironment.baseUrl() + "/activate.xhtml?token=");
        assertNotEquals(link, secondLink);
        assertEquals(1, accountCount(email));

        // the first link was replaced by the second; the second works once
        assertTrue(Activation.throughPage(link).contains("Ce lien n’est pas valide"));
        assertEquals("PENDING_ACTIVATION", accountStatus(email));
        assertTrue(Activation.throughPage(secondLink).contains("Votre compte est activé"));
        assertEquals("ACTIVE", accountStatus(email));
        assertTrue(Activation.throughPage(secondLink).contains("Ce lien a déjà été utilisé"));

        // once activated, the owner is told instead
        HttpResponse<String> known = Api.postJson("/api/v1/accounts", registration(email).build().toString());
        assertEquals(201, known.statusCode(), known.body());
        assertEquals(first.body(), known.body(), "the answer does not tell that the e-mail has an account");
        Mailbox.Mail exists = Mailbox.await(email, 3).get(2);
        assertTrue(exists.subject().contains("vous avez déjà un compte"), exists.subject());
        assertTrue(exists.body().contains(ItEnvironment.baseUrl() + "/login.xhtml"), exists.body());
        assertEquals(List.of("activation", "activation", "account-exists"), mailTemplates(email));
        assertEquals(1, accountCount(email));
    }

    @Test
    void englishRegistrationGetsAnEnglishMail() {
        String email = uniqueEmail("register-en");
        HttpResponse<String> response = Api.postJson("/api/v1/accounts", registration(email).build().toString(),
                "Accept-Language", "en-GB,en;q=0.8");
        assertEquals(201, response.statusCode(), response.body());
        assertEquals(Messages.text(EN, "register.done"), Api.json(response).getString("message"));
        Mailbox.Mail activation = Mailbox.await(email, 1).get(0);
        assertEquals("en", activation.language());
        assertTrue(activation.subject().contains("activate your account"), activation.subject());
        activation.link(ItEnvironment.baseUrl() + "/activate.xhtml?token=");
    }

    // ------------------------------------------------------------------ lockout

    @Test
    void fiveWrongPasswordsLockTheEmailEvenForTheRightPassword() throws SQLException {
        String email = uniqueEmail("lockout");
        assertEquals(201, Api.postJson("/api/v1/accounts", registration(email).build().toString()).statusCode());
        String link = Mailbox.await(email, 1).get(0).link(ItEnvironment.baseUrl() + "/activate.xhtml?token=");
        assertTrue(Activation.throughPage(link).contains("Votre compte est activé"));
        assertEquals(200, Api.get("/api/v1/me", "Authorization", Api.basic(email, PASSWORD)).statusCode(),
                "the right password works before the lockout");

        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> wrong = Api.get("/api/v1/me", "Authorization", Api.basic(email, "Wrong-Password-" + i));
            assertEquals(401, wrong.statusCode(), "attempt " + i + ": " + wrong.body());
            assertEquals("application/problem+json", Api.mediaType(wrong));
        }
        HttpResponse<String> right = Api.get("/api/v1/me", "Authorization", Api.basic(email, PASSWORD));
        assertEquals(401, right.statusCode(), right.body());
        assertEquals(Messages.text(FR, "login.locked"), Api.json(right).getString("title"));
        // another account is not affected
        assertEquals(200, Api.get("/api/v1/me",
                "Authorization", Api.basic("parent@example.org", ItEnvironment.DEMO_PASSWORD)).statusCode());

        Map<String, Integer> audit = auditActions(email);
        assertEquals(5, audit.getOrDefault("LOGIN_FAILED", 0), audit.toString());
        assertEquals(1, audit.getOrDefault("ACCOUNT_LOCKED", 0), audit.toString());
        assertEquals(1, audit.getOrDefault("LOGIN_REFUSED_LOCKED", 0), audit.toString());
        assertEquals(1, audit.getOrDefault("LOGIN_SUCCEEDED", 0), audit.toString());

        Mailbox.Mail locked = Mailbox.await(email, 2).get(1);
        assertTrue(locked.subject().contains("connexion bloquée"), locked.subject());
        assertTrue(locked.body().contains(ItEnvironment.baseUrl() + "/password-forgotten.xhtml"), locked.body());
        assertEquals(List.of("activation", "account-locked"), mailTemplates(email));
    }

    // ------------------------------------------------------------------ helpers

    private static String uniqueEmail(String what) {
        return "it-" + what + "-" + UUID.randomUUID() + "@example.org";
    }

    private static JsonObjectBuilder registration(String email) {
        return Json.createObjectBuilder()
                .add("firstName", "Léa")
                .add("lastName", "Garnier")
                .add("email", email)
                .add("password", PASSWORD)
                .add("termsAccepted", JsonValue.TRUE);
    }

    /** Weak password, malformed e-mail, no names, terms not accepted. */
    private static String brokenRegistration() {
        return Json.createObjectBuilder().add("email", "not-an-email").add("password", "abc").build().toString();
    }

    private static Set<String> expectedErrors(Locale locale) {
        List<Violation> violations = List.of(
                Violation.of("firstName", "name.required"),
                Violation.of("lastName", "name.required"),
                Violation.of("email", "email.invalid"),
                Violation.of("password", "password.tooShort", 12),
                Violation.of("password", "password.noUpperCase"),
                Violation.of("password", "password.noDigit"),
                Violation.of("password", "password.noSymbol"),
                Violation.of("termsAccepted", "terms.required"));
        return violations.stream().map(v -> v.field() + ": " + Messages.text(locale, v))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The problem's errors as "field: message", checking there is one entry per rule (no duplicates). */
    private static Set<String> errors(JsonObject problem) {
        assertNotNull(problem.getJsonArray("errors"), problem.toString());
        List<String> list = new ArrayList<>();
        for (JsonObject error : problem.getJsonArray("errors").getValuesAs(JsonObject.class)) {
            list.add(error.getString("field") + ": " + error.getString("message"));
        }
        Set<String> set = new TreeSet<>(list);
        assertEquals(list.size(), set.size(), "duplicated entries: " + list);
        return set;
    }

    private static void assertProblem(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", Api.mediaType(response), response.headers().map().toString());
        JsonObject problem = Api.json(response);
        assertEquals(status, problem.getInt("status"), response.body());
        assertTrue(!problem.getString("title", "").isBlank(), response.body());
    }

    private static void assertNothingCreatedFor(String email) throws SQLException {
        assertEquals(0, accountCount(email), "no account for " + email);
        assertEquals(List.of(), mailTemplates(email), "no mail queued for " + email);
    }

    private static long accountCount() throws SQLException {
        return queryLong("select count(*) from account", null);
    }

    private static long accountCount(String email) throws SQLException {
        return queryLong("select count(*) from account where lower(email) = lower(?)", email);
    }

    private static long queryLong(String sql, String parameter) throws SQLException {
        try (Connection c = ItEnvironment.database(); PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String accountStatus(String email) throws SQLException {
        try (Connection c = ItEnvironment.database();
             PreparedStatement s = c.prepareStatement("select status from account where lower(email) = lower(?)")) {
            s.setString(1, email);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The templates of the mails queued for the recipient, oldest first. */
    private static List<String> mailTemplates(String email) throws SQLException {
        try (Connection c = ItEnvironment.database();
             PreparedStatement s = c.prepareStatement(
                     "select template from outbox_mail where lower(recipient) = lower(?) order by id")) {
            s.setString(1, email);
            List<String> templates = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    templates.add(rs.getString(1));
                }
            }
            return templates;
        }
    }

    /** How many audit entries of each action the e-mail has as actor. */
    private static Map<String, Integer> auditActions(String email) throws SQLException {
        try (Connection c = ItEnvironment.database();
             PreparedStatement s = c.prepareStatement("select action, count(*) from audit_entry"
                     + " where lower(actor_email) = lower(?) group by action order by action")) {
            s.setString(1, email);
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
            return counts;
        }
    }
}
