package fr.marelle.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static fr.marelle.it.Api.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A parent closes their account (GDPR art. 17). Refused with the reasons while something is to
 * settle; otherwise the second guardian keeps the household, and the last one takes it along: no
 * table of the database then holds anything that identifies the family. Families are registered
 * by the test with a unique mark in every name, address and note, so that a search of every text
 * column for that mark finds whatever the erasure left behind. Demo family famille388 for a refusal. An association's
 * members are registered by the test too, with a school enrolment request and a room hire (files included: binary
 * columns are searched as well).
 */
class ErasureIT extends PortalITBase {

    private static final String PASSWORD = "Erasure-Test-2026!";
    private static final String AGENT = Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD);

    @Test
    void theSecondGuardianKeepsTheHouseholdAndTheLastOneTakesItAlongLeavingNothingBehind() throws SQLException {
        String mark = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String first = "premier." + mark.toLowerCase(Locale.ROOT) + "@example.org";
        String second = "second." + mark.toLowerCase(Locale.ROOT) + "@example.org";
        Activation.registerAndActivate(first, "Prosper", "Premier" + mark, PASSWORD);
        Activation.registerAndActivate(second, "Sidonie", "Second" + mark, PASSWORD);
        String firstAuth = Api.basic(first, PASSWORD);
        String secondAuth = Api.basic(second, PASSWORD);

        long householdId = household(firstAuth, "Foyer " + mark, "12 rue " + mark, "06 12 34 56 78");
        HttpResponse<String> child = Api.postJson("/api/v1/household/children",
                "{\"firstName\":\"Capucine\",\"lastName\":\"Enfant" + mark + "\",\"birthDate\":\"2018-05-04\",\"sex\":\"F\","
                        + "\"levelCode\":\"CE2\",\"diet\":\"OTHER\",\"dietOther\":\"sans " + mark + "\",\"pai\":true,"
                        + "\"allergies\":\"allergie " + mark + "\",\"doctorName\":\"Dr " + mark + "\",\"doctorPhone\":\"02 41 98 76 54\"}",
                "Authorization", firstAuth);
        assertEquals(201, child.statusCode(), child.body());
        long childId = Api.json(child).getJsonNumber("id").longValue();
        HttpResponse<String> pickup = Api.postJson("/api/v1/household/children/" + childId + "/pickup-persons",
                "{\"firstName\":\"Ursule\",\"lastName\":\"Tante" + mark + "\",\"relation\":\"tante\",\"phone\":\"06 21 43 65 87\","
                        + "\"mayPickUp\":true,\"note\":\"note " + mark + "\"}", "Authorization", firstAuth);
        assertEquals(201, pickup.statusCode(), pickup.body());
        // staff open the file (HEALTH_DATA_VIEWED) and the second guardian joins the household (arranged in SQL:
        // the invitation flow has its own tests)
        assertEquals(200, Api.get("/api/v1/staff/households/" + householdId, "Authorization", AGENT).statusCode());
        // FranceConnect: staff verify the first guardian's civil identity, and the guardian is linked (arranged in SQL:
        // FranceConnectIT has the flows), so that the search below covers fc_link and verified_civil_identity
        long firstId = Sql.count("select id from account where email = '" + first + "'");
        HttpResponse<String> civil = Api.send(Api.request("/api/v1/staff/households/" + householdId + "/guardians/" + firstId
                + "/civil-identity").header("Authorization", AGENT).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"familyName\":\"PREMIER" + mark + "\",\"givenNames\":\"Prosper\","
                        + "\"birthdate\":\"1980-01-02\",\"gender\":\"male\",\"birthplace\":\"49007\",\"birthcountry\":\"99100\","
                        + "\"documentKind\":\"ID_CARD\",\"note\":\"vu " + mark + "\"}")));
        assertEquals(200, civil.statusCode(), civil.body());
        Sql.update("insert into fc_link (account_id, issuer, sub, linked_at, linked_how, pivot_snapshot) values (" + firstId
                + ", 'http://fc.invalid/api/v2', 'sub" + mark + "', " + Sql.now() + ", 'LINKED_SIGNED_IN',"
                + " '{\"family_name\":\"PREMIER" + mark + "\"}')");
        Sql.update("insert into guardian (account_id, household_id, joined_at) select id, " + householdId + ", "
                + Sql.now() + " from account where email = '" + second + "'");

        // a booking to come stands in the way of the last guardian only
        JsonObject session = ChildCalendarApi.firstBookable(childId, firstAuth);
        long booking = Api.array(ok(Api.postJson("/api/v1/bookings", "{\"items\":[{\"childId\":" + childId
                + ",\"sessionId\":" + ChildCalendarApi.sessionId(session) + "}]}", "Authorization", firstAuth)))
                .getJsonObject(0).getJsonNumber("bookingId").longValue();

        JsonObject check = Api.json(ok(Api.get("/api/v1/me/erasure-request", "Authorization", secondAuth)));
        assertTrue(check.getBoolean("possible"), "a guardian who leaves another behind may go: " + check);
        assertEquals(400, Api.postJson("/api/v1/me/erasure-request", "{\"password\":\"wrong\"}", "Authorization", secondAuth).statusCode());
        HttpResponse<String> left = Api.postJson("/api/v1/me/erasure-request", "{\"password\":\"" + PASSWORD + "\"}",
                "Authorization", secondAuth);
        assertEquals(200, left.statusCode(), left.body());
        assertFalse(Api.json(left).getBoolean("householdErased"));
        Mailbox.awaitMatching(first, m -> m.subject().contains("a fermé son compte"));
        Mailbox.awaitMatching(second, m -> m.subject().contains("votre compte du portail famille est fermé"));
        awaitOutboxForgets(second);
        assertEquals(List.of(), traces("second." + mark.toLowerCase(Locale.ROOT)), "nothing of the second guardian's e-mail");
        assertEquals(List.of(), traces("Second" + mark), "nothing of the second guardian's name");
        assertEquals(1, Sql.count("select count(*) from guardian where household_id = " + householdId));

        JsonObject refused = Api.json(ok(Api.get("/api/v1/me/erasure-request", "Authorization", firstAuth)));
        assertFalse(refused.getBoolean("possible"));
        assertTrue(refused.getJsonArray("reasons").getString(0).contains("réservation est à venir"), refused.toString());
        HttpResponse<String> conflict = Api.postJson("/api/v1/me/erasure-request", "{\"password\":\"" + PASSWORD + "\"}",
                "Authorization", firstAuth);
        assertEquals(409, conflict.statusCode(), conflict.body());
        assertEquals(1, Sql.count("select count(*) from audit_entry where action = 'ERASURE_REFUSED' and actor_email = '" + first + "'"));

        ok(Api.postJson("/api/v1/bookings/cancellations", "{\"bookingIds\":[" + booking + "]}", "Authorization", firstAuth));
        HttpResponse<String> erased = Api.postJson("/api/v1/me/erasure-request", "{\"password\":\"" + PASSWORD + "\"}",
                "Authorization", firstAuth);
        assertEquals(200, erased.statusCode(), erased.body());
        assertTrue(Api.json(erased).getBoolean("householdErased"));

        // the confirmation reaches the address, then the outbox forgets it
        Mailbox.awaitMatching(first, m -> m.subject().contains("votre compte du portail famille est fermé"));
        awaitOutboxForgets(first);
        assertEquals(List.of(), traces(mark), "no table keeps anything of the family");
        assertEquals(List.of(), traces(mark.toLowerCase(Locale.ROOT)));
        assertEquals(List.of(), traces("06 12 34 56 78".replace(" ", "")), "nor the household's phone");
        assertEquals(1, Sql.count("select count(*) from booking where id = " + booking), "the booking itself stays, anonymous");
        assertEquals(2018, Sql.count("select extract(year from birth_date) from child where id = " + childId), "the child's year of birth only");
        assertEquals(1, Sql.count("select count(*) from audit_entry where action = 'ACCOUNT_ERASED'"
                + " and after_json ->> 'householdErased' = 'true' and object_id in (select cast(id as varchar) from account"
                + " where email like 'efface-%@compte.invalid')" + " and after_json ->> 'household' = '" + householdId + "'"));
        // last, as a sign-in attempt with an old address is new data the security log keeps for its own period
        assertEquals(401, Api.get("/api/v1/me", "Authorization", firstAuth).statusCode(), "an erased account cannot sign in");
        assertEquals(401, Api.get("/api/v1/me", "Authorization", secondAuth).statusCode());
    }

    @Test
    void anAssociationsMemberHandsTheOrganisationOverAndTheLastTakesItAlongWithItsEnrolmentsAndHires() throws SQLException {
        String mark = "Zr" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String first = "presidente." + mark.toLowerCase(Locale.ROOT) + "@example.org";
        String second = "tresorier." + mark.toLowerCase(Locale.ROOT) + "@example.org";
        Activation.registerAndActivate(first, "Hortense", "Presidente" + mark, PASSWORD);
        Activation.registerAndActivate(second, "Gaston", "Tresorier" + mark, PASSWORD);
        String firstAuth = Api.basic(first, PASSWORD);
        String secondAuth = Api.basic(second, PASSWORD);
        Sql.update("update account set account_type = 'ASSOCIATION', organisation_name = 'Club " + mark + "',"
                + " organisation_number = 'W491000028' where email = '" + first + "'");
        long householdId = household(firstAuth, "Club " + mark, "3 place " + mark, "06 98 76 54 32");
        HttpResponse<String> child = Api.postJson("/api/v1/household/children", "{\"firstName\":\"Anatole\",\"lastName\":\"Club"
                + mark + "\",\"birthDate\":\"" + (ItEnvironment.today().getYear() - 2) + "-02-03\",\"sex\":\"M\"}",
                "Authorization", firstAuth);
        assertEquals(201, child.statusCode(), child.body());
        Sql.update("insert into guardian (account_id, household_id, joined_at) select id, " + householdId + ", "
                + Sql.now() + " from account where email = '" + second + "'");
        long enrolment = EnrolmentAndHireRows.enrolment(householdId, "SUBMITTED", mark);
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(ItEnvironment.clock());
        long hire = EnrolmentAndHireRows.hire(householdId, "ACCEPTED", now.plusDays(30), "HELD", mark);

        // the member holding the organisation leaves: the other member holds it from now on
        HttpResponse<String> left = Api.postJson("/api/v1/me/erasure-request", "{\"password\":\"" + PASSWORD + "\"}",
                "Authorization", firstAuth);
        assertEquals(200, left.statusCode(), left.body());
        assertFalse(Api.json(left).getBoolean("householdErased"));
        assertEquals("ASSOCIATION", Sql.text("select account_type from account where email = '" + second + "'"));
        assertEquals("Club " + mark, Sql.text("select organisation_name from account where email = '" + second + "'"));
        assertEquals("W491000028", Sql.text("select organisation_number from account where email = '" + second + "'"));
        assertEquals(1, Sql.count("select count(*) from audit_entry where action = 'ORGANISATION_HANDED_OVER'"
                + " and object_id = (select cast(id as varchar) from account where email = '" + second + "')"));
        awaitOutboxForgets(first);
        assertEquals(List.of(), traces("Presidente" + mark), "nothing of the member who left");

        // the last member: refused while the enrolment request is in progress and the hire is to come
        JsonObject refused = Api.json(ok(Api.get("/api/v1/me/erasure-request", "Authorization", secondAuth)));
        assertFalse(refused.getBoolean("possible"), refused.toString());
        String reasons = refused.getJsonArray("reasons").toString();
        assertTrue(reasons.contains("demande d’inscription scolaire est en cours"), reasons);
        assertTrue(reasons.contains("location de salle est demandée ou à venir"), reasons);
        assertEquals(409, Api.postJson("/api/v1/me/erasure-request", "{\"password\":\"" + PASSWORD + "\"}",
                "Authorization", secondAuth).statusCode());
        // the hire took place, its deposit still held: still refused, for that reason only
        Sql.update("update room_hire set starts_at = '" + now.minusDays(3) + "', ends_at = '" + now.minusDays(3).plusHours(3)
                + "' where id = " + hire);
        Sql.update("update school_enrolment set state = 'WITHDRAWN', decided_at = " + Sql.now() + " where id = " + enrolment);
        refused = Api.json(ok(Api.get("/api/v1/me/erasure-request", "Authorization", secondAuth)));
        assertEquals(1, refused.getJsonArray("reasons").size(), refused.toString());
        assertTrue(refused.getJsonArray("reasons").getString(0).contains("caution"), refused.toString());
        Sql.update("update room_hire set deposit_status = 'KEPT', deposit_reason = 'Ménage non fait " + mark + "' where id = " + hire);

        HttpResponse<String> erased = Api.postJson("/api/v1/me/erasure-request", "{\"password\":\"" + PASSWORD + "\"}",
                "Authorization", secondAuth);
        assertEquals(200, erased.statusCode(), erased.body());
        assertTrue(Api.json(erased).getBoolean("householdErased"));
        awaitOutboxForgets(second);
        assertEquals(List.of(), traces(mark), "no table keeps anything of the association, its request, hire or files");
        assertEquals(List.of(), traces(mark.toLowerCase(Locale.ROOT)));
        assertEquals(0, Sql.count("select count(*) from school_enrolment_document where enrolment_id = " + enrolment),
                "the enrolment's documents are deleted");
        assertEquals("WITHDRAWN", Sql.text("select state from school_enrolment where id = " + enrolment), "the request stays");
        assertEquals("KEPT", Sql.text("select deposit_status from room_hire where id = " + hire), "the hire stays, with its money");
        assertEquals(12000, Sql.count("select rent_cents from room_hire where id = " + hire));
    }

    @Test
    void aFamilyWithSessionsStillToInvoiceIsToldWhyAndKeepsEverything() {
        String family = Api.basic("famille388@example.net", ItEnvironment.DEMO_PASSWORD);
        // a canteen lunch eaten last week, in a month no invoicing run has covered yet
        Sql.update("insert into booking (session_id, child_id, household_id, status, requested_at, confirmed_at)"
                + " select s.id, hc.child_id, g.household_id, 'CONFIRMED', " + Sql.now() + " - interval '20 days', "
                + Sql.now() + " - interval '20 days' from account a join guardian g on g.account_id = a.id"
                + " join household_child hc on hc.household_id = g.household_id, activity_session s join activity ac on ac.id = s.activity_id"
                + " where a.email = 'famille388@example.net' and s.day between " + Sql.today() + " - 9 and " + Sql.today() + " - 3"
                + " and s.status = 'OPEN' and not exists (select 1 from invoice_run r where r.regie_code = ac.regie_code"
                + " and r.status = 'VALIDATED' and r.month = cast(date_trunc('month', s.day) as date))"
                + " and not exists (select 1 from booking b where b.session_id = s.id and b.child_id = hc.child_id)"
                + " order by s.day, s.id, hc.child_id limit 1");
        JsonObject check = Api.json(ok(Api.get("/api/v1/me/erasure-request", "Authorization", family, "Accept-Language", "en")));
        assertFalse(check.getBoolean("possible"), check.toString());
        assertTrue(check.getJsonArray("reasons").getString(0).contains("not invoiced yet"), check.toString());
        HttpResponse<String> refused = Api.postJson("/api/v1/me/erasure-request",
                "{\"password\":\"" + ItEnvironment.DEMO_PASSWORD + "\"}", "Authorization", family, "Accept-Language", "en");
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", Api.mediaType(refused));
        assertFalse(Api.json(refused).getJsonArray("errors").isEmpty(), refused.body());
        assertEquals(200, Api.get("/api/v1/household", "Authorization", family).statusCode(), "nothing was erased");

        JsonObject staff = Api.json(ok(Api.get("/api/v1/me/erasure-request", "Authorization", AGENT)));
        assertTrue(staff.getJsonArray("reasons").getString(0).contains("administrateur"), staff.toString());
    }

    /**
     * Every text, varchar and JSON column of every table holding the string, as table.column; and every binary column
     * (documents, certificates) whose bytes hold it exactly (as UTF-8).
     */
    private static List<String> traces(String value) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection db = ItEnvironment.database();
             PreparedStatement columns = db.prepareStatement("select table_name, column_name, data_type from information_schema.columns"
                     + " where table_schema = 'public' and data_type in ('text', 'character varying', 'character', 'jsonb', 'json', 'bytea')"
                     + " and table_name in (select table_name from information_schema.tables where table_schema = 'public'"
                     + " and table_type = 'BASE TABLE') and table_name <> 'flyway_schema_history'");
             ResultSet rs = columns.executeQuery()) {
            while (rs.next()) {
                String table = rs.getString(1);
                String column = rs.getString(2);
                String where = rs.getString(3).equals("bytea")
                        ? "position(convert_to(?, 'UTF8') in \"" + column + "\") > 0"
                        : "cast(\"" + column + "\" as text) ilike ('%' || ? || '%')";
                try (PreparedStatement s = db.prepareStatement("select count(*) from \"" + table + "\" where " + where)) {
                    s.setString(1, value);
                    try (ResultSet count = s.executeQuery()) {
                        count.next();
                        if (count.getLong(1) > 0) {
                            found.add(table + "." + column);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The signed-in account's household, saved with these name, address (in Angers) and phone; returns its id. */
    private static long household(String auth, String name, String address, String phone) {
        HttpResponse<String> saved = Api.send(Api.request("/api/v1/household").header("Authorization", auth)
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"" + name + "\",\"addressLine1\":\"" + address + "\",\"postcode\":\"49100\","
                                + "\"city\":\"Angers\",\"phone\":\"" + phone + "\"}")));
        assertTrue(saved.statusCode() == 200 || saved.statusCode() == 201, saved.body());
        return Api.json(ok(Api.get("/api/v1/household", "Authorization", auth))).getJsonNumber("id").longValue();
    }

    /** The sender job empties a forgotten mail once sent; it runs every second in the tests. */
    private static void awaitOutboxForgets(String email) {
        long deadline = System.nanoTime() + Mailbox.WAIT.toNanos();
        while (Sql.count("select count(*) from outbox_mail where recipient = '" + email + "'") > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the outbox still holds the mail to " + email);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L);
        }
    }
}
