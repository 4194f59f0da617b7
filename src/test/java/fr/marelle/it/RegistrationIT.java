package fr.marelle.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Yearly registrations on the demo town's judo class: the family asks, the sessions stay closed
 * ("registration needed") until an agent accepts, then the same booking is confirmed; refusals
 * need a message that the family receives; another family cannot reach the request; and the same
 * in a browser on the parent's and the agent's pages, checked with axe-core.
 * Uses only the demo families famille330 to famille349.
 */
class RegistrationIT extends PortalITBase {

    private static final String AGENT = Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final LocalDate TODAY = ItEnvironment.today();

    /** A demo family with a child who may take the judo class, and a judo session still open to booking. */
    record Family(String email, String auth, long childId, String childName, long activityId, long sessionId,
                  LocalDate day) {
    }

    private static final List<Family> families = new ArrayList<>();

    @BeforeAll
    static void findFamiliesWhoseChildMayTakeJudo() {
        for (int f = 330; f <= 349 && families.size() < 4; f++) {
            String email = "famille" + f + "@example.net";
            String auth = Api.basic(email, ItEnvironment.DEMO_PASSWORD);
            for (JsonValue c : array(ok(Api.get("/api/v1/household/children", "Authorization", auth)))) {
                long child = c.asJsonObject().getJsonNumber("id").longValue();
                // the calendar lists judo only for children of the right age; its booking deadline must be open
                JsonObject judo = calendar(child, auth).stream()
                        .filter(e -> e.getString("activity").startsWith("Judo"))
                        .filter(e -> OffsetDateTime.parse(e.getString("bookUntil")).isAfter(OffsetDateTime.now(ItEnvironment.clock()).plusHours(2)))
                        .findFirst().orElse(null);
                if (judo != null) {
                    assertEquals("CLOSED", judo.getString("state"), judo.toString());
                    families.add(new Family(email, auth, child, c.asJsonObject().getString("firstName"),
                            judo.getJsonNumber("activityId").longValue(), judo.getJsonNumber("sessionId").longValue(),
                            LocalDate.parse(judo.getString("day"))));
                    break;
                }
            }
        }
        assertEquals(4, families.size(), "demo families 330-349 with a child of judo age: " + families);
    }

    @Test
    void judoIsBookableOnlyOnceAnAgentHasAcceptedTheRegistrationAndEveryStepIsMailedAndAudited() throws Exception {
        Family family = families.get(0);
        JsonObject refused = refusal(family);
        assertEquals("booking.refused.registrationNeeded", refused.getString("rule"), refused.toString());
        assertTrue(refused.getString("title").contains("inscription acceptée"), refused.toString());
        int mails = Mailbox.received(family.email()).size();

        HttpResponse<String> created = Api.postJson("/api/v1/registrations", "{\"childId\":" + family.childId()
                + ",\"activityId\":" + family.activityId() + ",\"message\":\"Il a fait deux ans de judo.\"}",
                "Authorization", family.auth());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject request = Api.json(created);
        long id = request.getJsonNumber("id").longValue();
        assertEquals("SUBMITTED", request.getString("state"));
        assertEquals("Il a fait deux ans de judo.", request.getJsonArray("messages").getJsonObject(0).getString("text"));
        String period = request.getString("period");
        assertTrue(request.getString("validFrom").endsWith("-09-01") && request.getString("validTo").endsWith("-08-31"), request.toString());
        Mailbox.Mail acknowledgement = awaitMail(family.email(), mails, subject("demande d’inscription", "registration request"));
        assertTrue(acknowledgement.body().contains("Judo") && acknowledgement.body().contains(period), acknowledgement.body());

        // once is enough: a second request for the same child, activity and year is refused
        HttpResponse<String> twice = Api.postJson("/api/v1/registrations", "{\"childId\":" + family.childId()
                + ",\"activityId\":" + family.activityId() + "}", "Authorization", family.auth());
        assertProblem(twice, 400, "activityId", "déjà en cours");
        assertEquals("booking.refused.registrationNeeded", refusal(family).getString("rule"), "still closed while submitted");

        // the agents' queue, oldest first, filtered by activity; not for parents
        List<Long> queue = array(ok(Api.get("/api/v1/staff/registrations?activityId=" + family.activityId(),
                "Authorization", AGENT))).stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertTrue(queue.contains(id), queue.toString());
        assertEquals(queue.stream().sorted().toList(), queue, "oldest first");
        assertEquals(403, Api.get("/api/v1/staff/registrations", "Authorization", family.auth()).statusCode());

        assertEquals("IN_REVIEW", decide(id, "IN_REVIEW", null).getString("state"));
        awaitMail(family.email(), mails + 1, subject("En cours d’examen", "In review"));
        JsonObject accepted = decide(id, "ACCEPTED", "Bienvenue au club, prévoir un kimono.");
        assertEquals("ACCEPTED", accepted.getString("state"));
        Mailbox.Mail acceptance = awaitMail(family.email(), mails + 2, subject("Acceptée", "Accepted"));
        assertTrue(acceptance.body().contains("prévoir un kimono"), acceptance.body());
        assertEquals(List.of("REGISTRATION_SUBMITTED " + family.email(), "REGISTRATION_IN_REVIEW agent@example.org",
                "REGISTRATION_ACCEPTED agent@example.org"), audit(id));

        // a decided request does not move again, nor can the family withdraw it
        assertProblem(Api.postJson("/api/v1/staff/registrations/" + id + "/decision", "{\"state\":\"REFUSED\",\"message\":\"non\"}",
                "Authorization", AGENT), 400, "state", "déjà traitée");
        assertProblem(Api.postJson("/api/v1/registrations/" + id + "/withdrawal", "", "Authorization", family.auth()),
                400, "state", "déjà traitée");

        JsonObject confirmed = book(family).getJsonObject(0);
        assertEquals("CONFIRMED", confirmed.getString("result"), confirmed.toString());
    }

    @Test
    void refusingNeedsAMessageThatTheFamilyReceivesAndAnotherFamilyCannotReachTheRequest() throws Exception {
        Family family = families.get(1);
        Family other = families.get(2);
        int mails = Mailbox.received(family.email()).size();
        long id = submit(family);

        for (HttpResponse<String> response : List.of(
                Api.get("/api/v1/registrations/" + id, "Authorization", other.auth()),
                Api.postJson("/api/v1/registrations/" + id + "/withdrawal", "", "Authorization", other.auth()),
                Api.postJson("/api/v1/registrations/" + id + "/messages", "{\"text\":\"coucou\"}", "Authorization", other.auth()))) {
            assertEquals(404, response.statusCode(), response.body());
        }
        assertTrue(array(ok(Api.get("/api/v1/registrations", "Authorization", other.auth()))).stream()
                .noneMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == id));
        // nor ask for a child that is not theirs
        assertProblem(Api.postJson("/api/v1/registrations", "{\"childId\":" + family.childId() + ",\"activityId\":"
                + family.activityId() + "}", "Authorization", other.auth()), 400, "childId", "Enfant inconnu");

        JsonObject written = Api.json(ok(Api.postJson("/api/v1/registrations/" + id + "/messages",
                "{\"text\":\"Peut-il venir à l’essai ?\"}", "Authorization", family.auth())));
        assertEquals("FAMILY", written.getJsonArray("messages").getJsonObject(0).getString("kind"));

        assertProblem(Api.postJson("/api/v1/staff/registrations/" + id + "/decision", "{\"state\":\"REFUSED\"}",
                "Authorization", AGENT), 400, "message", "expliquer ce refus");
        assertProblem(Api.postJson("/api/v1/staff/registrations/" + id + "/decision", "{\"state\":\"MAYBE\"}",
                "Authorization", AGENT), 400, "state", "Décision inconnue");
        JsonObject refused = decide(id, "REFUSED", "Le groupe du mardi est complet cette année.");
        assertEquals("REFUSED", refused.getString("state"));
        assertEquals(List.of("FAMILY", "STAFF"), refused.getJsonArray("messages").stream()
                .map(m -> m.asJsonObject().getString("kind")).toList());
        Mailbox.Mail mail = awaitMail(family.email(), mails + 1, subject("Refusée", "Refused"));
        assertTrue(mail.body().contains("Le groupe du mardi est complet cette année."), mail.body());
        assertEquals("booking.refused.registrationNeeded", refusal(family).getString("rule"));

        // after a refusal the family may ask again; the database itself refuses a second live request
        long again = submit(family);
        try (Connection c = ItEnvironment.database(); PreparedStatement s = c.prepareStatement(
                "insert into registration (household_id, child_id, activity_id, period_label, valid_from, valid_to, state,"
                        + " submitted_by, submitted_at) select household_id, child_id, activity_id, period_label, valid_from,"
                        + " valid_to, 'SUBMITTED', submitted_by, " + Sql.now() + " from registration where id = ?")) {
            s.setLong(1, again);
            java.sql.SQLException duplicate = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, s::executeUpdate);
            assertEquals("23505", duplicate.getSQLState(), duplicate.getMessage());
        }
        // and the family withdraws that new request themselves
        JsonObject withdrawn = Api.json(ok(Api.postJson("/api/v1/registrations/" + again + "/withdrawal", "",
                "Authorization", family.auth())));
        assertEquals("CLOSED", withdrawn.getString("state"));
        assertEquals("FAMILY", withdrawn.getString("closedBy"));

        // bad input, answered with the field and the reason, nothing written
        assertProblem(Api.postJson("/api/v1/registrations", "{\"childId\":" + family.childId() + ",\"activityId\":999999}",
                "Authorization", family.auth()), 400, "activityId", "Activité inconnue");
        long canteen = calendar(family.childId(), family.auth()).stream()
                .filter(e -> e.getString("activity").startsWith("Restauration")).findFirst().orElseThrow()
                .getJsonNumber("activityId").longValue();
        assertProblem(Api.postJson("/api/v1/registrations", "{\"childId\":" + family.childId() + ",\"activityId\":" + canteen + "}",
                "Authorization", family.auth()), 400, "activityId", "ne demande pas d’inscription");
        HttpResponse<String> unknownField = Api.postJson("/api/v1/registrations", "{\"childId\":" + family.childId()
                + ",\"activityId\":" + family.activityId() + ",\"priority\":true}", "Authorization", family.auth());
        assertEquals(400, unknownField.statusCode(), unknownField.body());
        assertEquals(2, array(ok(Api.get("/api/v1/registrations", "Authorization", family.auth()))).size());
        assertTrue(ok(Api.get("/openapi")).body().contains("/api/v1/staff/registrations/{id}/decision:"));
    }

    @Test
    void aParentAsksOnTheRegistrationsPageAndAnAgentAcceptsOnTheStaffPage() throws Exception {
        Browser.assumeInstalled();
        Family family = families.get(3);
        int mails = Mailbox.received(family.email()).size();
        try (Browser browser = new Browser()) {
            signIn(browser, family.email());
            // from the booking page, where judo says "registration needed"
            LocalDate monday = family.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            browser.open("/parent/bookings.xhtml?child=" + family.childId() + "&from=" + monday);
            // the link of this activity: other classes' activities needing a registration may share the week
            // found by its shown text, which Chromium may give a moment after the load (seen under load): waited for
            java.util.function.Supplier<java.util.Optional<WebElement>> judoLink = () -> browser.driver
                    .findElements(By.linkText("Demander l’inscription")).stream()
                    .filter(l -> l.getAttribute("href").matches(".*[?&]activity=" + family.activityId() + "(&.*)?$"))
                    .findFirst();
            try {
                browser.waiting(java.time.Duration.ofSeconds(10)).until(d -> judoLink.get().isPresent());
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("no registration link for the judo of " + family + " at " + browser.path() + " among "
                        + browser.driver.findElements(By.linkText("Demander l’inscription")).stream()
                        .map(l -> l.getAttribute("href")).toList() + ": " + browser.text());
            }
            WebElement link = judoLink.get().orElseThrow();
            browser.click(link);
            browser.waiting(java.time.Duration.ofSeconds(20))
                    .until(d -> browser.path().startsWith("/parent/registrations.xhtml"));
            assertEquals("Inscriptions", browser.heading());
            browser.assertAccessible("the parent's registrations page");
            Select choice = new Select(browser.find("activityId"));
            assertEquals(family.childId() + "-" + family.activityId(), choice.getFirstSelectedOption().getAttribute("value"));
            browser.type("message", "Merci de nous dire quel équipement prévoir.");
            browser.submit("submitRequest");
            assertTrue(browser.text().contains("Votre demande est envoyée"), browser.text());
            assertTrue(browser.text().contains("Merci de nous dire quel équipement prévoir."), browser.text());
            browser.assertAccessible("the parent's registrations page with a request");
            long id = registrationOf(family);
            assertTrue(browser.driver.findElement(By.id("registration-" + id)).getText().contains("Envoyée"), browser.text());
            browser.submit("logoutButton");

            signIn(browser, "agent@example.org");
            browser.open("/staff/registrations.xhtml");
            assertEquals("Demandes d’inscription", browser.heading());
            browser.assertAccessible("the staff registrations queue");
            browser.click(browser.driver.findElement(By.cssSelector("#queue a[href*='id=" + id + "']")));
            browser.waiting(java.time.Duration.ofSeconds(20))
                    .until(d -> browser.path().startsWith("/staff/registration.xhtml"));
            assertEquals("Demande d’inscription", browser.heading());
            assertTrue(browser.find("eligibility").getText().contains("remplit les conditions"), browser.text());
            browser.assertAccessible("a registration request for staff");

            browser.submit("refuse");
            assertTrue(browser.find("message-error").getText().contains("expliquer ce refus"), browser.text());
            browser.type("message", "Un kimono et une gourde suffisent.");
            browser.submit("accept");
            assertEquals("Acceptée", browser.find("state").getText());
            assertTrue(browser.text().contains("Un kimono et une gourde suffisent."), browser.text());
            browser.assertAccessible("an accepted registration request");
            browser.submit("logoutButton");
        }
        Mailbox.Mail mail = awaitMail(family.email(), mails + 1, subject("Acceptée", "Accepted"));
        assertTrue(mail.body().contains("Un kimono et une gourde suffisent."), mail.body());
        assertEquals("CONFIRMED", book(family).getJsonObject(0).getString("result"));
    }

    @Test
    void anAgentRegistersAChildAtTheCounterAndTheChildMayBookAtOnce() {
        long judo = families.get(0).activityId();
        List<Long> taken = families.stream().map(Family::childId).toList();
        JsonObject registered = null;
        String auth = null;
        long child = 0;
        // a child of judo age in the reserved families that no other test of this class uses
        for (int f = 349; f >= 330 && registered == null; f--) {
            auth = Api.basic("famille" + f + "@example.net", ItEnvironment.DEMO_PASSWORD);
            long household = Api.json(ok(Api.get("/api/v1/household", "Authorization", auth))).getJsonNumber("id").longValue();
            for (JsonValue c : array(ok(Api.get("/api/v1/household/children", "Authorization", auth)))) {
                child = c.asJsonObject().getJsonNumber("id").longValue();
                if (taken.contains(child)) {
                    continue;
                }
                HttpResponse<String> response = Api.postJson("/api/v1/staff/registrations/counter", "{\"householdId\":"
                        + household + ",\"childId\":" + child + ",\"activityId\":" + judo + "}", "Authorization", AGENT);
                if (response.statusCode() == 201) {
                    registered = Api.json(response);
                    break;
                }
                assertEquals(400, response.statusCode(), response.body());
            }
        }
        assertNotNull(registered, "a child of judo age in famille330-349 besides the four others");
        assertEquals("ACCEPTED", registered.getString("state"), registered.toString());
        assertEquals(403, Api.postJson("/api/v1/staff/registrations/counter", "{}", "Authorization", auth).statusCode());
        final long registeredChild = child;
        assertTrue(calendar(registeredChild, auth).stream().filter(e -> e.getString("activity").startsWith("Judo"))
                .anyMatch(e -> !"CLOSED".equals(e.getString("state")) || !e.getString("reason", "").contains("inscription")),
                "judo no longer says registration needed");
    }

    // ------------------------------------------------------------ helpers

    private static void signIn(Browser browser, String email) {
        browser.open("/login.xhtml");
        browser.type("email", email);
        browser.type("password", ItEnvironment.DEMO_PASSWORD);
        browser.submit("submit");
    }

    private static long submit(Family family) {
        HttpResponse<String> created = Api.postJson("/api/v1/registrations", "{\"childId\":" + family.childId()
                + ",\"activityId\":" + family.activityId() + "}", "Authorization", family.auth());
        assertEquals(201, created.statusCode(), created.body());
        return Api.json(created).getJsonNumber("id").longValue();
    }

    private static JsonObject decide(long id, String state, String message) {
        return Api.json(ok(Api.postJson("/api/v1/staff/registrations/" + id + "/decision", "{\"state\":\"" + state + "\""
                + (message == null ? "" : ",\"message\":\"" + message + "\"") + "}", "Authorization", AGENT)));
    }

    /** A booking of the family's judo session refused as a single-session request: 422 with the rule. */
    private static JsonObject refusal(Family family) {
        HttpResponse<String> response = Api.postJson("/api/v1/bookings", "{\"items\":[{\"childId\":" + family.childId()
                + ",\"sessionId\":" + family.sessionId() + "}]}", "Authorization", family.auth());
        assertEquals(422, response.statusCode(), response.body());
        return Api.json(response);
    }

    private static JsonArray book(Family family) {
        return array(ok(Api.postJson("/api/v1/bookings", "{\"items\":[{\"childId\":" + family.childId()
                + ",\"sessionId\":" + family.sessionId() + "}]}", "Authorization", family.auth())));
    }

    private static List<JsonObject> calendar(long child, String auth) {
        return array(ok(Api.get("/api/v1/children/" + child + "/calendar?from=" + TODAY.plusDays(1) + "&to="
                + TODAY.plusDays(61), "Authorization", auth))).stream().map(JsonValue::asJsonObject).toList();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field, String text) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", Api.mediaType(response));
        JsonObject error = Api.json(response).getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .filter(e -> field.equals(e.getString("field", null))).findFirst().orElse(null);
        assertNotNull(error, "an error on " + field + ": " + response.body());
        assertTrue(error.getString("message").contains(text), response.body());
    }

    /** A mail whose subject says it in the recipient's language (one demo family in ten reads English). */
    private static Predicate<Mailbox.Mail> subject(String french, String english) {
        return m -> m.subject().contains(french) || m.subject().contains(english);
    }

    /** The first mail to the recipient after the first {@code before} ones that matches. */
    private static Mailbox.Mail awaitMail(String recipient, int before, Predicate<Mailbox.Mail> matching) {
        // mails may arrive in any order: wait for one more until one matches (Mailbox.await fails after its time)
        for (int count = before + 1; ; count++) {
            List<Mailbox.Mail> all = Mailbox.await(recipient, count);
            var found = all.subList(before, all.size()).stream().filter(matching).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
    }

    private static List<String> audit(long id) throws Exception {
        try (Connection c = ItEnvironment.database(); PreparedStatement s = c.prepareStatement(
                "select action, actor_email from audit_entry where object_type = 'registration' and object_id = ? order by id")) {
            s.setString(1, String.valueOf(id));
            List<String> lines = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
            return lines;
        }
    }

    private static long registrationOf(Family family) throws Exception {
        try (Connection c = ItEnvironment.database(); PreparedStatement s = c.prepareStatement(
                "select id from registration where child_id = ? and activity_id = ? and state = 'SUBMITTED'")) {
            s.setLong(1, family.childId());
            s.setLong(2, family.activityId());
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "a submitted request for " + family);
                return rs.getLong(1);
            }
        }
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
