package fr.marelle.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;

import static fr.marelle.it.Api.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The nightly retention job keeps the privacy notice's promises. The portal's clock cannot move
 * during a run, so the tests move the data instead: ageing an account's history by N days is what
 * moving the clock N days forward does to it. The job is run through the administrator's "run now".
 * Demo family famille390 for a closed registration, famille29 for school enrolment requests and room hires.
 */
class RetentionIT extends PortalITBase {

    private static final String ADMIN = Api.basic("admin@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String DEFAULTS = "{\"requestsDays\":45,\"accountsMonths\":36,\"mailsMonths\":12,\"logsMonths\":12,\"invoicesYears\":10,\"held\":false}";

    @Test
    void anUnusedAccountIsWarnedAYearTwoMonthsAndAWeekBeforeASignInStartsAgainAndThenItIsErased() {
        String mark = "Rq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String email = "dormant." + mark.toLowerCase(Locale.ROOT) + "@example.org";
        String password = "Dormant-Test-2026!";
        Activation.registerAndActivate(email, "Dorothée", "Dormant" + mark, password);
        String auth = Api.basic(email, password);
        HttpResponse<String> household = Api.send(Api.request("/api/v1/household").header("Authorization", auth)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Foyer " + mark + "\",\"addressLine1\":\"3 impasse " + mark + "\",\"postcode\":\"49100\","
                                + "\"city\":\"Angers\",\"phone\":\"06 98 76 54 32\"}")));
        assertTrue(household.statusCode() < 300, household.body());
        assertEquals(201, Api.postJson("/api/v1/household/children", "{\"firstName\":\"Basile\",\"lastName\":\"Dormant"
                + mark + "\",\"birthDate\":\"2019-02-03\",\"allergies\":\"kiwi " + mark + "\"}", "Authorization", auth).statusCode());

        age(email, 740);
        run();
        assertEquals(1, warnings(email, "YEAR"), "a year before: 24 months idle of 36");
        Mailbox.Mail year = Mailbox.awaitMatching(email, m -> m.subject().contains("sera supprimé le"));
        assertTrue(year.body().contains("connecter avant cette date"), year.body());
        run();
        assertEquals(1, warnings(email, null), "a warning goes once");

        // a sign-in starts the count again: the year's warning belonged to the idle period now over
        ok(Api.get("/api/v1/me", "Authorization", auth));
        run();
        assertEquals(1, warnings(email, null));

        age(email, 740);
        run();
        assertEquals(2, warnings(email, "YEAR"), "a new idle period, a new first warning");
        age(email, 300);
        run();
        assertEquals(1, warnings(email, "TWO_MONTHS"));
        age(email, 60);
        run();
        assertEquals(1, warnings(email, "WEEK"));
        JsonObject early = run();
        assertEquals(0, early.getInt("accountsErased"), "never less than a week after the last warning");
        assertEquals(1, Sql.count("select count(*) from account where email = '" + email + "'"));

        age(email, 7);
        JsonObject erased = run();
        assertTrue(erased.getInt("accountsErased") >= 1, erased.toString());
        assertEquals(0, Sql.count("select count(*) from account where email = '" + email + "'"));
        Mailbox.Mail last = Mailbox.awaitMatching(email, m -> m.subject().contains("est fermé"));
        assertTrue(last.body().contains("pas servi depuis longtemps"), last.body());
        assertEquals(1, Sql.count("select count(*) from audit_entry where action = 'ACCOUNT_ERASED'"
                + " and after_json ->> 'reason' = 'INACTIVITY' and after_json ->> 'householdErased' = 'true'"
                + " and actor_email like 'efface-%'"));
        assertEquals(0, Sql.count("select count(*) from child where last_name like '%" + mark + "%' or allergies like '%" + mark + "%'"));
        assertEquals(0, Sql.count("select count(*) from household where name like '%" + mark + "%' or search_text like '%"
                + mark.toLowerCase(Locale.ROOT) + "%'"));
    }

    @Test
    void closedRequestsLoseTheirTextAfterFortyFiveDaysOldMailsAndAuditEntriesGoAndAHoldOnlyCounts() {
        long household = Sql.count("select g.household_id from guardian g join account a on a.id = g.account_id"
                + " where a.email = 'famille390@example.net'");
        long child = Sql.count("select min(child_id) from household_child where household_id = " + household);
        long request = Sql.count("insert into household_request (household_id, type, state, child_id, person_first_name,"
                + " person_last_name, relation, note, submitted_at, decided_at, decision_message) values (" + household
                + ", 'NOT_ALLOWED_PERSON', 'REFUSED', " + child + ", 'Gontran', 'Interdit', 'voisin', 'Il insiste',"
                + Sql.now() + " - interval '60 days', " + Sql.now() + " - interval '46 days', 'Pas de décision judiciaire') returning id");
        Sql.update("insert into household_request_message (request_id, at, author_name, from_staff, body) values ("
                + request + ", " + Sql.now() + " - interval '50 days', 'Parent Trois-Cent-Quatre-Vingt-Dix', false, 'Voici le jugement')");
        long recent = Sql.count("insert into household_request (household_id, type, state, child_id, person_first_name,"
                + " person_last_name, relation, submitted_at, decided_at) values (" + household + ", 'NOT_ALLOWED_PERSON',"
                + " 'REFUSED', " + child + ", 'Récent', 'Refus', 'voisin', " + Sql.now() + " - interval '40 days', "
                + Sql.now() + " - interval '44 days') returning id");
        long registration = Sql.count("insert into registration (household_id, child_id, activity_id, period_label, valid_from,"
                + " valid_to, state, submitted_by, submitted_at, decided_at) select " + household + ", " + child
                + ", (select min(id) from activity), '2025-2026', date '2025-09-01', date '2026-07-04', 'REFUSED',"
                + " a.id, " + Sql.now() + " - interval '80 days', " + Sql.now() + " - interval '50 days' from account a"
                + " where a.email = 'famille390@example.net' returning id");
        Sql.update("insert into registration_message (registration_id, author_name, kind, at, text) values (" + registration
                + ", 'Parent Trois-Cent-Quatre-Vingt-Dix', 'FAMILY', " + Sql.now() + " - interval '70 days', 'Mon fils adore le judo')");
        long oldMail = Sql.count("insert into outbox_mail (recipient, language, template, subject, body, status, attempts,"
                + " next_attempt_at, created_at, sent_at) values ('ancien@example.org', 'fr', 'test', 'Ancien', 'Corps', 'SENT', 1, "
                + Sql.now() + " - interval '400 days', " + Sql.now() + " - interval '400 days', " + Sql.now() + " - interval '400 days') returning id");
        long oldEntry = Sql.count("insert into audit_entry (at, actor_email, action) values (" + Sql.now()
                + " - interval '400 days', 'ancien@example.org', 'TEST_OLD') returning id");
        long youngEntry = Sql.count("insert into audit_entry (at, actor_email, action) values (" + Sql.now()
                + " - interval '300 days', 'ancien@example.org', 'TEST_YOUNG') returning id");

        try {
            put("{\"requestsDays\":45,\"accountsMonths\":36,\"mailsMonths\":12,\"logsMonths\":12,\"invoicesYears\":10,\"held\":true}");
            JsonObject held = run();
            assertTrue(held.getBoolean("held"));
            assertTrue(held.getInt("requestsAnonymised") >= 1 && held.getInt("mailsPurged") >= 1, held.toString());
            assertEquals(1, Sql.count("select count(*) from household_request where id = " + request + " and note is not null"),
                    "held: counted, not done");
            assertEquals(1, Sql.count("select count(*) from outbox_mail where id = " + oldMail));
        } finally {
            put(DEFAULTS);
        }

        JsonObject done = run();
        assertTrue(done.getInt("requestsAnonymised") >= 1 && done.getInt("registrationsAnonymised") >= 1, done.toString());
        assertEquals(1, Sql.count("select count(*) from household_request where id = " + request + " and anonymised_at is not null"
                + " and person_first_name is null and person_last_name is null and note is null and decision_message is null"));
        assertEquals(0, Sql.count("select count(*) from household_request_message where request_id = " + request
                + " and (body like '%jugement%' or author_name like '%Trois-Cent%')"));
        assertEquals(1, Sql.count("select count(*) from household_request where id = " + recent + " and person_first_name = 'Récent'"),
                "closed 44 days ago: kept one more day");
        assertEquals(0, Sql.count("select count(*) from registration_message where registration_id = " + registration
                + " and (text like '%judo%' or author_name like '%Trois-Cent%')"));
        assertEquals(0, Sql.count("select count(*) from outbox_mail where id = " + oldMail));
        assertEquals(0, Sql.count("select count(*) from audit_entry where id = " + oldEntry));
        assertEquals(1, Sql.count("select count(*) from audit_entry where id = " + youngEntry));
        assertTrue(Sql.count("select count(*) from audit_entry where action = 'RETENTION_CHANGED'") >= 2, "each change audited");
    }

    @Test
    void closedEnrolmentRequestsAndHiresLoseTheirTextAndFilesAfterFortyFiveDaysOnceAndOnlyOnce() {
        long household = Sql.count("select g.household_id from guardian g join account a on a.id = g.account_id"
                + " where a.email = 'famille29@example.net'");
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(ItEnvironment.clock());
        long refused = EnrolmentAndHireRows.enrolment(household, "REFUSED", "refus46");
        long withdrawn = EnrolmentAndHireRows.enrolment(household, "WITHDRAWN", "retrait44");
        Sql.update("update school_enrolment_document set content = convert_to('%PDF-refus46', 'UTF8') where enrolment_id = " + refused);
        Sql.update("update school_enrolment set decided_at = " + Sql.now() + " - interval '46 days' where id = " + refused);
        Sql.update("update school_enrolment set decided_at = " + Sql.now() + " - interval '44 days' where id = " + withdrawn);
        long refusedHire = EnrolmentAndHireRows.hire(household, "REFUSED", now.plusDays(10), "NONE", "salle46");
        Sql.update("update room_hire set decided_at = " + Sql.now() + " - interval '46 days' where id = " + refusedHire);
        long pastHire = EnrolmentAndHireRows.hire(household, "ACCEPTED", now.minusDays(50), "KEPT", "fete50");
        long heldHire = EnrolmentAndHireRows.hire(household, "ACCEPTED", now.minusDays(50), "HELD", "caution50");
        long comingHire = EnrolmentAndHireRows.hire(household, "ACCEPTED", now.plusDays(5), "HELD", "avenir");

        try {
            put("{\"requestsDays\":45,\"accountsMonths\":36,\"mailsMonths\":12,\"logsMonths\":12,\"invoicesYears\":10,\"held\":true}");
            JsonObject held = run();
            assertTrue(held.getInt("enrolmentsAnonymised") >= 1 && held.getInt("roomHiresAnonymised") >= 2, held.toString());
            assertEquals("Refus refus46", Sql.text("select refusal_reason from school_enrolment where id = " + refused),
                    "held: counted, not done");
        } finally {
            put(DEFAULTS);
        }

        JsonObject done = run();
        assertTrue(done.getInt("enrolmentsAnonymised") >= 1 && done.getInt("roomHiresAnonymised") >= 2, done.toString());
        assertEquals(1, Sql.count("select count(*) from school_enrolment where id = " + refused + " and anonymised_at is not null"
                + " and refusal_reason = '[effacé]' and derogation_reason = '[effacé]' and decision_signatory = 'Le maire'"
                + " and state = 'REFUSED'"), "the decision and its signatory stay, the texts go");
        assertEquals(0, Sql.count("select count(*) from school_enrolment_document where enrolment_id = " + refused));
        assertEquals(0, Sql.count("select count(*) from school_enrolment_message where enrolment_id = " + refused
                + " and (body like '%refus46%' or author_name <> '[effacé]')"));
        assertEquals(1, Sql.count("select count(*) from school_enrolment where id = " + withdrawn
                + " and anonymised_at is null and derogation_reason = 'Dérogation retrait44'"), "closed 44 days ago: kept one more day");
        assertEquals(1, Sql.count("select count(*) from school_enrolment_message where enrolment_id = " + withdrawn
                + " and body = 'Message retrait44'"));
        for (long hire : new long[]{refusedHire, pastHire}) {
            assertEquals(1, Sql.count("select count(*) from room_hire where id = " + hire + " and purpose = '[effacé]'"
                    + " and insurance_file is null and insurance_type is not null and rent_cents = 12000"
                    + " and coalesce(refusal_reason, '[effacé]') = '[effacé]' and coalesce(deposit_reason, '[effacé]') = '[effacé]'"),
                    "hire " + hire + ": its texts and certificate go, its price stays");
        }
        assertEquals("Objet caution50", Sql.text("select purpose from room_hire where id = " + heldHire),
                "a deposit still held: the hire is not closed");
        assertEquals("Objet avenir", Sql.text("select purpose from room_hire where id = " + comingHire));

        JsonObject again = run();
        assertTrue(Sql.count("select count(*) from retention_run where id = " + again.getJsonNumber("id").longValue()
                + " and enrolments_anonymised = 0 and room_hires_anonymised = 0") == 1, "a second run finds nothing: " + again);
    }

    @Test
    void invoicesKeepTheirNamesTenYearsAfterTheirFinancialYearThenLoseThemAndStayImmutable() {
        String mark = "Fq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        long household = Sql.count("select g.household_id from guardian g join account a on a.id = g.account_id"
                + " where a.email = 'famille390@example.net'");
        long child = Sql.count("select min(child_id) from household_child where household_id = " + household);
        long run = Sql.count("insert into invoice_run (regie_code, month, status, created_at, validated_at, invoices, total_cents)"
                + " values ('PERISCOLAIRE', date '2015-06-01', 'VALIDATED', timestamptz '2015-06-30 10:00+02',"
                + " timestamptz '2015-06-30 11:00+02', 1, 500) returning id");
        long invoice = Sql.count("insert into invoice (number, run_id, regie_code, month, household_id, household_name, issued_on,"
                + " due_on, total_cents, published_at) values ('" + mark + "', " + run + ", 'PERISCOLAIRE', date '2015-06-01', "
                + household + ", 'Foyer " + mark + "', date '2015-06-30', date '2015-07-31', 500, timestamptz '2015-06-30 11:00+02')"
                + " returning id");
        Sql.update("insert into invoice_line (invoice_id, position, household_id, session_id, child_id, child_name, activity_name,"
                + " day, charge, amount_cents, price_cents, quotient_known, resident) values (" + invoice + ", 1, " + household
                + ", (select min(id) from activity_session), " + child + ", 'Enfant " + mark + "', 'Cantine', date '2015-06-15',"
                + " 'BOOKED', 500, 500, false, true)");
        long payment = Sql.count("insert into payment (number, regie_code, household_id, kind, means, amount_cents, received_on,"
                + " cheque_number, bank, recorded_at) values ('P" + mark + "', 'PERISCOLAIRE', " + household + ", 'PAYMENT', 'CHEQUE',"
                + " 500, date '2015-07-01', '1234567', 'Banque " + mark + "', timestamptz '2015-07-01 09:00+02') returning id");
        assertThrows(IllegalStateException.class, () -> Sql.update("update invoice set household_name = 'x' where id = " + invoice),
                "a published invoice stays immutable");

        JsonObject done = run();
        assertTrue(done.getInt("invoicesAnonymised") >= 1, done.toString());
        assertEquals(1, Sql.count("select count(*) from invoice where id = " + invoice + " and household_name = '[effacé]'"
                + " and total_cents = 500 and number = '" + mark + "'"), "the names go, the amounts and numbers stay");
        assertEquals(0, Sql.count("select count(*) from invoice_line where invoice_id = " + invoice + " and child_name like '%" + mark + "%'"));
        assertEquals(0, Sql.count("select count(*) from payment where id = " + payment + " and (bank is not null or cheque_number = '1234567')"));
        assertEquals(0, Sql.count("select count(*) from invoice where issued_on >= date '2016-01-01' and household_name = '[effacé]'"
                + " and household_id in (select household_id from guardian)"), "recent invoices of present families keep their names");
        assertThrows(IllegalStateException.class, () -> Sql.update("update invoice set household_name = 'x' where id = " + invoice),
                "and stays immutable after the job");
    }

    @Test
    void thePolicyIsTheAdministratorsWithinBoundsAndThePrivacyNoticeFollowsIt() {
        JsonObject policy = Api.json(ok(Api.get("/api/v1/admin/retention", "Authorization", ADMIN)));
        assertEquals(45, policy.getInt("requestsDays"));
        HttpResponse<String> tooShort = Api.send(Api.request("/api/v1/admin/retention").header("Authorization", ADMIN)
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"requestsDays\":45,\"accountsMonths\":12,\"mailsMonths\":12,\"logsMonths\":3,\"invoicesYears\":10,\"held\":false}")));
        assertEquals(400, tooShort.statusCode(), tooShort.body());
        assertTrue(tooShort.body().contains("between 13 and 120") && tooShort.body().contains("logsMonths"), tooShort.body());
        assertEquals(403, Api.get("/api/v1/admin/retention", "Authorization",
                Api.basic("famille390@example.net", ItEnvironment.DEMO_PASSWORD)).statusCode());
        assertEquals(403, Api.postJson("/api/v1/admin/retention/runs", "{}", "Authorization",
                Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD)).statusCode());
        String notice = Api.get("/privacy.xhtml").body();
        assertTrue(notice.contains("45 jours après leur clôture"));
        assertTrue(notice.contains("Demandes d’inscription scolaire closes") && notice.contains("motifs et messages 45 jours après la décision"),
                "school enrolment data and its period");
        assertTrue(notice.contains("Demandes de location de salle") && notice.contains("45 jours après le refus, le retrait"),
                "room hire data and its period");
    }

    private static JsonObject run() {
        return Api.json(ok(Api.postJson("/api/v1/admin/retention/runs", "{}", "Authorization", ADMIN)));
    }

    private static void put(String json) {
        ok(Api.send(Api.request("/api/v1/admin/retention").header("Authorization", ADMIN)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json))));
    }

    private static long warnings(String email, String stage) {
        return Sql.count("select count(*) from retention_warning w join account a on a.id = w.account_id where a.email = '"
                + email + "'" + (stage == null ? "" : " and w.stage = '" + stage + "'"));
    }

    /** Moves the account's whole history {@code days} back: what moving the clock forward does to it. */
    private static void age(String email, int days) {
        String account = "(select id from account where email = '" + email + "')";
        String by = " - interval '" + days + " days'";
        Sql.update("update account set created_at = created_at" + by + ", activated_at = activated_at" + by
                + ", last_login_at = last_login_at" + by + " where id = " + account);
        Sql.update("update retention_warning set idle_since = idle_since" + by + ", sent_at = sent_at" + by
                + ", deletion_on = deletion_on - " + days + " where account_id = " + account);
        Sql.update("update booking set requested_at = requested_at" + by + " where household_id in"
                + " (select household_id from guardian where account_id = " + account + ")");
    }
}
