package fr.marelle.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import static fr.marelle.it.Sql.count;
import static fr.marelle.it.Sql.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A parent downloads everything the portal holds on their household (JSON, page, PDF): their children with health
 * data, bookings, attendance, invoices, payments, quotient, the health-data views of staff, and nothing of another
 * family nor any secret. Staff cannot call it. Demo families famille398 (the export), famille400 (the other family)
 * and famille389 (the page), famille27 (an association's school enrolment and room hire); régie IT_EXPORT of its own.
 */
class DataExportIT extends BrowserITBase {

    private static final String FAMILY = "famille398@example.net";
    private static final String PARENT = Api.basic(FAMILY, ItEnvironment.DEMO_PASSWORD);
    private static final LocalDate TODAY = ItEnvironment.today();

    @Test
    void theJsonHoldsTheHouseholdsDataWithHealthViewsAndNeitherAnotherFamilyNorAnySecret() throws Exception {
        long household = householdOf(FAMILY);
        long child = count("select min(child_id) from household_child where household_id = " + household);
        String childName = text("select first_name from child where id = " + child);
        update("update child set allergies = 'arachide', pai = true, doctor_name = 'Dr Export' where id = " + child);
        long other = householdOf("famille400@example.net");
        update("update child set first_name = 'Zephyrine', last_name = 'Horsfoyer' where id in"
                + " (select child_id from household_child where household_id = " + other + ")");
        String invoiceNumber = arrangeBookingAttendanceInvoiceAndPayment(household, child, childName);
        update("insert into family_quotient (household_id, amount, valid_from, valid_to, status, proof_type, proof_size,"
                + " submitted_at, decided_at) values (" + household + ", 612, '" + TODAY.withDayOfYear(1) + "', '"
                + TODAY.withDayOfYear(1).plusYears(1).minusDays(1) + "', 'ACCEPTED', 'application/pdf', 1234, " + Sql.now()
                + ", " + Sql.now() + ")");

        // secrets the export must never show
        HttpResponse<String> token = Api.postJson("/api/v1/me/tokens", "{\"name\":\"Export tableur\",\"role\":\"PARENT\"}",
                "Authorization", PARENT);
        assertEquals(201, token.statusCode(), token.body());
        String tokenSecret = Api.json(token).getString("secret");
        HttpResponse<String> feed = Api.postJson("/api/v1/children/" + child + "/calendar-feed", "", "Authorization", PARENT);
        assertEquals(201, feed.statusCode(), feed.body());
        String feedUrl = Api.json(feed).getString("url");
        String feedToken = feedUrl.substring(feedUrl.lastIndexOf('/') + 1).replace(".ics", "");
        String passwordHash = text("select password_hash from account where email = '" + FAMILY + "'");

        // an agent opens the child's page: the family sees it in its export
        signedOut();
        signIn("agent@example.org", ItEnvironment.DEMO_PASSWORD);
        browser.open("/staff/child.xhtml?household=" + household + "&id=" + child);
        assertEquals("Dr Export", browser.find("doctorName").getAttribute("value"));
        browser.submit("logoutButton");
        String agent = text("select first_name || ' ' || last_name from account where email = 'agent@example.org'");

        long exportsBefore = count("select count(*) from audit_entry where action = 'DATA_EXPORTED' and object_type = 'household'"
                + " and object_id = '" + household + "'");
        HttpResponse<String> answer = Api.get("/api/v1/me/data-export", "Authorization", PARENT);
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("attachment; filename=\"marelle-donnees-" + TODAY + ".json\"",
                answer.headers().firstValue("Content-Disposition").orElse(""));
        String body = answer.body();
        JsonObject export = Api.json(answer);

        assertTrue(export.getString("exportedAt").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*[+-]\\d\\d:\\d\\d"), body);
        assertEquals(FAMILY, export.getJsonObject("account").getString("email"));
        assertEquals(household, export.getJsonObject("household").getJsonNumber("id").longValue());
        JsonObject kid = only(export.getJsonArray("children"), "id", child);
        assertEquals("arachide", kid.getString("allergies"));
        assertTrue(kid.getBoolean("pai"));
        assertEquals("Dr Export", kid.getString("doctorName"));
        JsonObject booking = only(export.getJsonArray("bookings"), "activity", "Cantine Export");
        assertEquals("CONFIRMED", booking.getString("status"));
        assertEquals("PRESENT", only(export.getJsonArray("attendance"), "activity", "Cantine Export").getString("status"));
        JsonObject invoice = only(export.getJsonArray("invoices"), "number", invoiceNumber);
        assertEquals(1500, invoice.getJsonNumber("totalCents").longValue());
        assertEquals(1, invoice.getJsonArray("lines").size());
        JsonObject payment = only(export.getJsonArray("payments"), "number", "IT-EXPORT-RC-" + household);
        assertEquals(invoiceNumber, payment.getJsonArray("allocations").getJsonObject(0).getString("invoiceNumber"));
        JsonObject quotient = only(export.getJsonArray("familyQuotients"), "amount", 612);
        assertTrue(quotient.getBoolean("proofReceived"));
        assertTrue(quotient.containsKey("proofDeletedAt"), "the proof is gone, and the export says when: " + quotient);
        only(export.getJsonArray("apiTokens"), "name", "Export tableur");
        assertEquals(1, export.getJsonArray("calendarFeeds").size());

        JsonObject view = export.getJsonArray("auditEntries").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals("HEALTH_DATA_VIEWED")).findFirst().orElseThrow(() ->
                        new AssertionError("no health data view in " + body));
        assertEquals("STAFF", view.getString("actorKind"));
        assertEquals(agent, view.getString("actor"));
        assertEquals(childName + " " + text("select last_name from child where id = " + child),
                view.getJsonArray("children").getString(0));
        assertTrue(view.containsKey("at"));

        assertFalse(body.contains("Zephyrine") || body.contains("Horsfoyer"), "another family's child");
        assertFalse(body.contains("famille400@"), "another family's guardian");
        assertFalse(body.contains(passwordHash), "the password hash");
        assertFalse(body.contains(tokenSecret) || body.contains(tokenSecret.substring(4, 20)), "the API token's secret");
        assertFalse(body.contains(feedToken), "the calendar feed's secret");
        assertFalse(body.contains(text("select token_hash from api_token where name = 'Export tableur'")), "a token hash");
        assertEquals(exportsBefore + 1, count("select count(*) from audit_entry where action = 'DATA_EXPORTED'"
                + " and object_type = 'household' and object_id = '" + household + "' and actor_email = '" + FAMILY + "'"));

        // the PDF says the same
        HttpResponse<byte[]> pdf = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                Api.request("/api/v1/me/data-export/pdf").header("Authorization", PARENT).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", Api.mediaType(pdf));
        String pdfText = CounterPaymentIT.text(pdf.body());
        assertTrue(pdfText.contains(childName) && pdfText.contains("arachide") && pdfText.contains(invoiceNumber), pdfText);
        assertFalse(pdfText.contains("Zephyrine"), pdfText);

        // staff have no household to export: refused, whatever their role
        for (String staff : new String[]{"agent", "finance", "admin"}) {
            String basic = Api.basic(staff + "@example.org", ItEnvironment.DEMO_PASSWORD);
            assertEquals(403, Api.get("/api/v1/me/data-export", "Authorization", basic).statusCode(), staff);
            assertEquals(403, Api.get("/api/v1/me/data-export/pdf", "Authorization", basic).statusCode(), staff);
        }
        assertEquals(401, Api.get("/api/v1/me/data-export").statusCode());
    }

    @Test
    void anAssociationsExportHoldsItsOrganisationEnrolmentsAndHiresButNeverTheirFiles() throws Exception {
        String family = "famille27@example.net";
        String basic = Api.basic(family, ItEnvironment.DEMO_PASSWORD);
        long household = householdOf(family);
        update("update account set account_type = 'ASSOCIATION', organisation_name = 'Amicale Export 27',"
                + " organisation_number = 'W491000027' where email = '" + family + "'");
        long enrolment = EnrolmentAndHireRows.enrolment(household, "SUBMITTED", "export27");
        long hire = EnrolmentAndHireRows.hire(household, "ACCEPTED", java.time.OffsetDateTime.now(ItEnvironment.clock())
                .plusDays(20), "HELD", "export27");
        String year = String.valueOf(java.time.ZonedDateTime.now(ItEnvironment.clock().withZone(java.time.ZoneId.of("Europe/Paris"))).getYear());

        HttpResponse<String> answer = Api.get("/api/v1/me/data-export", "Authorization", basic);
        assertEquals(200, answer.statusCode(), answer.body());
        String body = answer.body();
        JsonObject export = Api.json(answer);

        JsonObject organisation = export.getJsonObject("organisation");
        assertEquals("ASSOCIATION", organisation.getString("type"), body);
        assertEquals("Amicale Export 27", organisation.getString("name"));
        assertEquals("W491000027", organisation.getString("number"));
        assertEquals(text("select first_name || ' ' || last_name from account where email = '" + family + "'"),
                organisation.getJsonArray("members").getString(0));
        assertTrue(organisation.getString("billingAddress").contains(text("select city from household where id = " + household)));

        JsonObject request = only(export.getJsonArray("schoolEnrolments"), "id", enrolment);
        assertEquals(String.format("S-%s-%06d", year, enrolment), request.getString("reference"));
        assertEquals("SUBMITTED", request.getString("state"));
        assertEquals("PS", request.getString("level"));
        assertEquals("Dérogation export27", request.getString("derogationReason"));
        JsonObject document = request.getJsonArray("documents").getJsonObject(0);
        assertEquals("PROOF_OF_ADDRESS", document.getString("kind"));
        assertEquals("application/pdf", document.getString("mediaType"));
        assertEquals(2048, document.getInt("sizeBytes"));
        assertTrue(document.getBoolean("fileKept"));
        assertEquals("Message export27", request.getJsonArray("messages").getJsonObject(0).getString("text"));

        JsonObject hired = only(export.getJsonArray("roomHires"), "id", hire);
        assertEquals(String.format("L-%s-%06d", year, hire), hired.getString("reference"));
        assertTrue(hired.getString("room").startsWith("Salle IT "), hired.toString());
        assertEquals("Objet export27", hired.getString("purpose"));
        assertEquals(40, hired.getInt("attendance"));
        assertEquals("ACCEPTED", hired.getString("status"));
        assertEquals(12000, hired.getInt("rentCents"));
        assertEquals(30000, hired.getInt("depositCents"));
        assertEquals("HELD", hired.getString("depositStatus"));
        assertTrue(hired.getBoolean("insuranceReceived"));

        for (String file : new String[]{"%PDF-export27", "%PDF-assurance-export27"}) {
            String base64 = java.util.Base64.getEncoder().encodeToString(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertFalse(body.contains(file) || body.contains(base64.substring(0, 12)), "a file's content: " + file);
        }

        HttpResponse<byte[]> pdf = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                Api.request("/api/v1/me/data-export/pdf").header("Authorization", basic).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        String pdfText = CounterPaymentIT.text(pdf.body());
        for (String expected : new String[]{"Association ou entreprise", "Amicale Export 27", "Inscriptions scolaires",
                request.getString("reference"), "Locations de salles", hired.getString("reference"),
                "Pièces des inscriptions scolaires"}) {
            assertTrue(pdfText.contains(expected), expected + " in " + pdfText);
        }
    }

    @Test
    void openApiDescribesTheExportWithATypedSchema() {
        JsonObject api = Api.json(Api.ok(Api.get("/openapi", "Accept", "application/json")));
        JsonObject get = api.getJsonObject("paths").getJsonObject("/api/v1/me/data-export").getJsonObject("get");
        assertEquals("exportMyData", get.getString("operationId"));
        JsonObject schema = api.getJsonObject("components").getJsonObject("schemas").getJsonObject("DataExport");
        for (String section : new String[]{"account", "household", "children", "familyQuotients", "bookings", "attendance",
                "invoices", "payments", "auditEntries", "schoolEnrolments", "roomHires", "organisation"}) {
            assertTrue(schema.getJsonObject("properties").containsKey(section), section + " in " + schema);
        }
        assertTrue(api.getJsonObject("components").getJsonObject("schemas").getJsonObject("DataExportChild")
                .getJsonObject("properties").containsKey("allergies"));
    }

    @Test
    void thePageFromTheAccountCardShowsEverySectionAndPassesAxe() {
        long household = householdOf("famille389@example.net");
        String childName = text("select c.first_name from child c join household_child hc on hc.child_id = c.id"
                + " where hc.household_id = " + household + " order by c.id limit 1");
        signedOut();
        signIn("famille389@example.net", ItEnvironment.DEMO_PASSWORD);
        browser.open("/parent/home.xhtml");
        browser.submit("myDataLink");
        assertEquals("/parent/data.xhtml", browser.path());
        assertEquals("Mes données", browser.heading());
        String page = browser.text();
        for (String section : new String[]{"Mon compte", "Foyer", "Enfants (avec régime, allergies, PAI et médecin)",
                "Réservations", "Factures", "Paiements", "Quotients familiaux", "Historique du dossier",
                "Journal des accès et actions"}) {
            assertTrue(page.contains(section), section + " in " + page);
        }
        assertTrue(page.contains("famille389@example.net") && page.contains(childName), page);
        browser.find("exportJson");
        browser.find("exportPdf");
        browser.assertAccessible("/parent/data.xhtml");
        browser.assertNoCspViolation("on the data export page");
        assertTrue(count("select count(*) from audit_entry where action = 'DATA_EXPORTED' and object_id = '" + household
                + "' and after_json ->> 'format' = 'page'") >= 1, "showing the page is an export too");
        browser.submit("logoutButton");
    }

    /** Whatever an earlier test left in the browser, nobody is signed in. */
    private static void signedOut() {
        browser.open("/index.xhtml");
        browser.driver.manage().deleteAllCookies();
    }

    /** A past canteen day of the régie IT_EXPORT, booked, attended, invoiced and paid at the counter. */
    private static String arrangeBookingAttendanceInvoiceAndPayment(long household, long child, String childName)
            throws SQLException {
        LocalDate day = TODAY.minusDays(40);
        String number = TODAY.getYear() + "-IT_EXPORT-" + household;
        try (Connection db = ItEnvironment.database()) {
            Sql.update(db, "insert into regie (code, name) values ('IT_EXPORT', 'Régie des tests d’export') on conflict do nothing");
            long activity = Sql.one(db, "insert into activity (name, type, site_id, regie_code, start_time, end_time,"
                    + " default_capacity, created_at) values ('Cantine Export', 'CANTEEN', (select min(id) from site), 'IT_EXPORT',"
                    + " '11:30', '13:30', 50, " + Sql.now() + ") returning id");
            long session = Sql.one(db, "insert into activity_session (activity_id, day, start_time, end_time, capacity)"
                    + " values (" + activity + ", '" + day + "', '11:30', '13:30', 50) returning id");
            long booking = Sql.one(db, "insert into booking (session_id, child_id, household_id, status, requested_at,"
                    + " confirmed_at) values (" + session + ", " + child + ", " + household + ", 'CONFIRMED', " + Sql.now()
                    + ", " + Sql.now() + ") returning id");
            Sql.update(db, "insert into attendance (session_id, child_id, booking_id, household_id, status, marked_by_name,"
                    + " marked_at) values (" + session + ", " + child + ", " + booking + ", " + household + ", 'PRESENT',"
                    + " 'Agent Export', " + Sql.now() + ")");
            long run = Sql.one(db, "insert into invoice_run (regie_code, month, status, created_at, validated_at, invoices,"
                    + " total_cents) values ('IT_EXPORT', '" + day.withDayOfMonth(1) + "', 'VALIDATED', " + Sql.now() + ", "
                    + Sql.now() + ", 1, 1500) returning id");
            long invoice = Sql.one(db, "insert into invoice (number, run_id, regie_code, month, household_id, household_name,"
                    + " issued_on, due_on, total_cents, published_at) values ('" + number + "', " + run + ", 'IT_EXPORT', '"
                    + day.withDayOfMonth(1) + "', " + household + ", 'Famille export', " + Sql.today() + ", '"
                    + TODAY.plusDays(30) + "', 1500, " + Sql.now() + ") returning id");
            Sql.update(db, "insert into invoice_line (invoice_id, position, household_id, session_id, child_id, booking_id,"
                    + " child_name, activity_name, day, charge, amount_cents, price_cents, quotient_known, resident) values ("
                    + invoice + ", 1, " + household + ", " + session + ", " + child + ", " + booking + ", '" + childName
                    + "', 'Cantine Export', '" + day + "', 'BOOKED', 1500, 1500, true, true)");
            long payment = Sql.one(db, "insert into payment (number, regie_code, household_id, kind, means, amount_cents,"
                    + " received_on, recorded_at) values ('IT-EXPORT-RC-" + household + "', 'IT_EXPORT', " + household
                    + ", 'PAYMENT', 'CASH', 1500, " + Sql.today() + ", " + Sql.now() + ") returning id");
            Sql.update(db, "insert into payment_allocation (payment_id, invoice_id, amount_cents, allocated_at) values ("
                    + payment + ", " + invoice + ", 1500, " + Sql.now() + ")");
        }
        return number;
    }

    private static JsonObject only(JsonArray array, String key, Object value) {
        var found = array.stream().map(JsonValue::asJsonObject)
                .filter(o -> o.containsKey(key) && o.get(key).toString().replace("\"", "").equals(String.valueOf(value))).toList();
        assertEquals(1, found.size(), key + "=" + value + " in " + array);
        return found.get(0);
    }

    private static long householdOf(String email) {
        return count("select h.id from household h join account a on a.id = h.billing_account_id where a.email = '" + email + "'");
    }

    private static String text(String sql) {
        try (Connection db = ItEnvironment.database(); PreparedStatement s = db.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            assertTrue(rs.next(), "no row: " + sql);
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
