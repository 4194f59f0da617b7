package fr.marelle.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static fr.marelle.it.Sql.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What people read of times and formats: records made at 23:30 UTC (already the next day in Paris)
 * shown in Paris time on the family's and the staff's pages and in mails, no ISO dates; the language
 * of the mails is the account's setting, which the pages' language switch does not touch; an activity
 * with bookings to come cannot be made inactive, by the page or the API.
 * <p>
 * Uses only the demo families famille48 to famille53.
 */
class FormatsIT extends PortalITBase {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final String AGENT = Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static long household(String email) {
        return count("select g.household_id from guardian g join account a on a.id = g.account_id where a.email = '" + email + "'");
    }

    /** 23:30 UTC on the portal's day: in Paris, 00:30 or 01:30 on the next day. */
    private static OffsetDateTime lateEvening() {
        return ItEnvironment.today().atTime(23, 30).atOffset(ZoneOffset.UTC);
    }

    @Test
    void theHouseholdHistoryAndTheStaffQueueShowParisTimeAndNoIsoDate() {
        String email = "famille48@example.net";
        long household = household(email);
        OffsetDateTime at = lateEvening();
        String paris = SHOWN.format(at.atZoneSameInstant(PARIS));
        String utc = SHOWN.format(at);
        Sql.update("insert into household_change (household_id, at, actor_name, subject, field, old_value, new_value)"
                + " values (" + household + ", '" + at + "', 'Formats IT', 'Foyer', 'household.phone', null, '+33612345678')");
        Sql.update("insert into family_quotient (household_id, amount, valid_from, valid_to, status, submitted_at)"
                + " values (" + household + ", 612, '" + ItEnvironment.today().withDayOfYear(1) + "', '"
                + ItEnvironment.today().withMonth(12).withDayOfMonth(31) + "', 'PENDING', '" + at + "')");

        String history = ReadableText.page(PageSession.signIn(email, ItEnvironment.DEMO_PASSWORD).get("/parent/history.xhtml"));
        assertTrue(history.contains(paris), "the family's history in Paris time (" + paris + "): " + history);
        assertFalse(history.contains(utc), "no UTC time (" + utc + "): " + history);
        assertTrue(history.contains("06 12 34 56 78"), "the phone as people write it: " + history);
        assertFalse(ISO_DATE.matcher(history).find(), history);

        PageSession agent = PageSession.signIn("agent@example.org", ItEnvironment.DEMO_PASSWORD);
        String queue = ReadableText.page(agent.get("/staff/quotients.xhtml"));
        // this household's declaration (612 €): other families' may have been made at any time of the day
        int start = queue.indexOf("612 Validité");
        assertTrue(start >= 0, queue);
        String declaration = queue.substring(start, queue.indexOf("Voir le justificatif", start));
        assertTrue(declaration.contains(paris), "the validation queue in Paris time (" + paris + "): " + declaration);
        assertFalse(declaration.contains(utc), declaration);
        String year = String.valueOf(ItEnvironment.today().getYear());
        assertTrue(queue.contains("du 01/01/" + year + " au 31/12/" + year), "the validity in words: " + queue);
        assertFalse(ISO_DATE.matcher(queue).find(), "no ISO date: " + queue);

        String staffHousehold = ReadableText.page(agent.get("/staff/household.xhtml?id=" + household));
        assertTrue(staffHousehold.contains(paris), staffHousehold);
        assertFalse(staffHousehold.contains(utc), staffHousehold);
    }

    @Test
    void thePageLanguageSwitchLeavesTheMailLanguageWhichTheAccountChoosesItself() {
        // famille49 reads the pages in English, but its mails stay French
        String reader = "famille49@example.net";
        PageSession pages = PageSession.signIn(reader, ItEnvironment.DEMO_PASSWORD);
        Sql.update("update account set language = 'fr' where email = '" + reader + "'");
        HttpResponse<String> switched = pages.submitForm("/parent/home.xhtml", "languageSwitch", Map.of());
        assertEquals(302, switched.statusCode(), switched.body());
        assertTrue(ReadableText.page(pages.get("/parent/home.xhtml")).contains("Sign out")
                || pages.get("/parent/home.xhtml").body().contains("lang=\"en\""), "the pages are in English");
        assertEquals("fr", Sql.text("select language from account where email = '" + reader + "'"));
        Mailbox.Mail french = declareQuotient(reader);
        assertEquals("fr", french.language(), french.subject());

        // famille50 chooses English for its mails by the API, then French again on the page
        String writer = "famille50@example.net";
        String auth = Api.basic(writer, ItEnvironment.DEMO_PASSWORD);
        Sql.update("update account set language = 'fr' where email = '" + writer + "'");
        HttpResponse<String> refused = put("/api/v1/me/mail-language", "{\"language\": \"de\"}", auth);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Indiquez fr ou en."), refused.body());
        String audited = "select count(*) from audit_entry e join account a on a.id::text = e.object_id"
                + " where e.action = 'MAIL_LANGUAGE_CHANGED' and a.email = '" + writer + "'";
        long auditedBefore = count(audited);
        HttpResponse<String> chosen = put("/api/v1/me/mail-language", "{\"language\": \"en\"}", auth);
        assertEquals(200, chosen.statusCode(), chosen.body());
        assertEquals("en", Api.json(Api.get("/api/v1/me/mail-language", "Authorization", auth)).getString("language"));
        assertEquals(auditedBefore + 1, count(audited), "the change is audited");
        Mailbox.Mail english = declareQuotient(writer);
        assertEquals("en", english.language(), english.subject());

        PageSession writerPages = PageSession.signIn(writer, ItEnvironment.DEMO_PASSWORD);
        HttpResponse<String> saved = writerPages.submitForm("/account/notices.xhtml", "mailLanguageForm", Map.of("mailLanguage", "fr"));
        assertEquals(302, saved.statusCode(), saved.body());
        assertEquals("fr", Sql.text("select language from account where email = '" + writer + "'"));
    }

    /** The acknowledgement of a quotient: in the account's mail language, with the Paris time it was received. */
    private static Mailbox.Mail declareQuotient(String email) {
        int before = Mailbox.received(email).size();
        String year = String.valueOf(ItEnvironment.today().getYear());
        HttpResponse<String> declared = HouseholdApiIT.upload(Api.basic(email, ItEnvironment.DEMO_PASSWORD), "640",
                year + "-01-01", year + "-12-31", "avis.pdf", PDF);
        assertEquals(201, declared.statusCode(), declared.body());
        JsonObject quotient = Api.json(declared);
        Mailbox.Mail mail = Mailbox.await(email, before + 1).get(before);
        String parisTime = DateTimeFormatter.ofPattern("HH:mm").format(
                OffsetDateTime.parse(quotient.getString("submittedAt")).atZoneSameInstant(PARIS));
        assertTrue(mail.body().contains(parisTime), "received at " + parisTime + " Paris time: " + mail.body());
        assertFalse(ISO_DATE.matcher(mail.body()).find(), "no ISO date in the mail: " + mail.body());
        return mail;
    }

    @Test
    void anActivityWithBookingsToComeCannotBeMadeInactiveByTheApiNorThePage() {
        long site = count("select min(id) from site");
        HttpResponse<String> created = Api.postJson("/api/v1/staff/activities", """
                {"name": "Atelier FormatsIT", "type": "EVENING_CARE", "siteId": %d, "regieCode": "PERISCOLAIRE",
                 "minAge": 3, "maxAge": 11, "startTime": "16:30", "endTime": "18:30", "defaultCapacity": 20,
                 "bookDeadline": {"kind": "CALENDAR_DAYS", "amount": 1, "time": "10:00"},
                 "cancelDeadline": {"kind": "CALENDAR_DAYS", "amount": 1, "time": "10:00"}}""".formatted(site),
                "Authorization", AGENT);
        assertEquals(201, created.statusCode(), created.body());
        long activity = Api.json(created).getJsonNumber("id").longValue();
        long household = household("famille51@example.net");
        long child = count("select min(child_id) from household_child where household_id = " + household);
        var day = ItEnvironment.today().plusDays(20);
        Sql.update("insert into activity_session (activity_id, day, start_time, end_time, capacity, confirmed)"
                + " values (" + activity + ", '" + day + "', '16:30', '18:30', 20, 1)");
        long session = count("select max(id) from activity_session where activity_id = " + activity);
        Sql.update("insert into booking (session_id, child_id, household_id, status, requested_at, confirmed_at)"
                + " values (" + session + ", " + child + ", " + household + ", 'CONFIRMED', " + Sql.now() + ", " + Sql.now() + ")");
        String until = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.FRENCH).format(day);

        HttpResponse<String> refused = put("/api/v1/staff/activities/" + activity + "/active", "{\"active\": false}", AGENT);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("une réservation ou place en liste d’attente est à venir, jusqu’au " + until),
                refused.body());
        assertTrue(Api.json(Api.get("/api/v1/staff/activities/" + activity, "Authorization", AGENT)).getBoolean("active"));

        PageSession agent = PageSession.signIn("agent@example.org", ItEnvironment.DEMO_PASSWORD);
        HttpResponse<String> page = agent.submitForm("/staff/activity.xhtml?id=" + activity, "activeForm", Map.of());
        assertTrue(page.statusCode() < 500, page.body());
        String shown = ReadableText.page(page.statusCode() == 302 ? agent.get("/staff/activity.xhtml?id=" + activity) : page);
        assertTrue(shown.contains("L’activité ne peut pas être désactivée"), shown);
        assertEquals(1, count("select count(*) from activity where active and id = " + activity));

        // once the session is cancelled (the family is mailed), the activity can be made inactive
        Sql.update("update booking set status = 'CANCELLED', cancelled_by = 'STAFF', cancelled_at = " + Sql.now()
                + " where session_id = " + session);
        HttpResponse<String> done = put("/api/v1/staff/activities/" + activity + "/active", "{\"active\": false}", AGENT);
        assertEquals(200, done.statusCode(), done.body());
        assertEquals(0, count("select count(*) from activity where active and id = " + activity));
    }

    private static HttpResponse<String> put(String path, String json, String auth) {
        return Api.send(Api.request(path).header("Content-Type", "application/json").header("Authorization", auth)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

}
