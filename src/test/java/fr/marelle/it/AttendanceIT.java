package fr.marelle.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static fr.marelle.it.Sql.count;
import static fr.marelle.it.Sql.one;
import static fr.marelle.it.Sql.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Attendance, session lists and meal counts on a canteen of its own (a school, a régie and
 * sessions written with SQL: yesterday, today, tomorrow, and a day of an invoiced month three
 * months ago), with children of the households famille360 ... famille369 booked with SQL (booking
 * a past session is refused by the portal).
 */
class AttendanceIT extends BrowserITBase {

    private static final String AGENT = Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String FINANCE = Api.basic("finance@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String PARENT = Api.basic("famille364@example.net", ItEnvironment.DEMO_PASSWORD);
    private static final LocalDate TODAY = ItEnvironment.today();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static long site;
    private static long yesterday;
    private static long today;
    private static long tomorrow;
    private static long invoiced;
    /** Booked children (no pork; vegetarian; with a PAI), a child never booked, and their names. */
    private static long a;
    private static long b;
    private static long c;
    private static long d;
    private static String aName;
    private static String dName;

    @BeforeAll
    static void aCanteenWithPastSessionsAndBookedChildren() throws SQLException {
        try (Connection db = ItEnvironment.database()) {
            update(db, "insert into regie (code, name) values ('IT_POINTAGE', 'Régie des tests du pointage') on conflict do nothing");
            site = one(db, "insert into site (name, kind, address, created_at) values ('École du Pointage', 'SCHOOL', '1 rue du Test', " + Sql.now() + ") returning id");
            long activity = one(db, "insert into activity (name, type, site_id, regie_code, start_time, end_time, default_capacity, created_at)"
                    + " values ('Cantine du Pointage', 'CANTEEN', " + site + ", 'IT_POINTAGE', '11:30', '13:30', 50, " + Sql.now()
                    + ") returning id");
            yesterday = session(db, activity, TODAY.minusDays(1));
            today = session(db, activity, TODAY);
            tomorrow = session(db, activity, TODAY.plusDays(1));
            invoiced = session(db, activity, TODAY.minusMonths(3));
            update(db, "insert into attendance_lock (regie_code, month, reason, locked_at) values ('IT_POINTAGE', '"
                    + TODAY.minusMonths(3).withDayOfMonth(1) + "', 'invoiced (test)', " + Sql.now() + ")");
            a = childOf(db, "famille360@example.net");
            b = childOf(db, "famille361@example.net");
            c = childOf(db, "famille362@example.net");
            d = childOf(db, "famille363@example.net");
            update(db, "update child set diet = 'NO_PORK', pai = false where id = " + a);
            update(db, "update child set diet = 'VEGETARIAN', pai = false where id = " + b);
            update(db, "update child set diet = 'NONE', pai = true, allergies = 'Kiwi' where id = " + c);
            update(db, "insert into pickup_person (child_id, first_name, last_name, relation, phone, may_pick_up, not_allowed, created_at)"
                    + " values (" + a + ", 'Mamie', 'Pointage', 'grand-mère', '+33611111111', true, false, " + Sql.now() + "),"
                    + " (" + a + ", 'Interdit', 'Pointage', 'père', null, false, true, " + Sql.now() + ")");
            for (long session : List.of(yesterday, today, tomorrow, invoiced)) {
                for (long child : List.of(a, b, c)) {
                    update(db, "insert into booking (session_id, child_id, household_id, status, requested_at, confirmed_at)"
                            + " select " + session + ", " + child + ", household_id, 'CONFIRMED', " + Sql.now() + ", " + Sql.now()
                            + " from household_child where child_id = " + child + " limit 1");
                }
                update(db, "update activity_session set confirmed = 3 where id = " + session);
            }
            aName = text(db, "select last_name || ' ' || first_name from child where id = " + a);
            dName = text(db, "select first_name || ' ' || last_name from child where id = " + d);
        }
    }

    @Test
    void anAgentMarksAPastSessionAllOrNothingAndEveryChangeIsAudited() throws SQLException {
        JsonObject sheet = Api.json(ok(Api.get("/api/v1/staff/sessions/" + yesterday + "/attendance", "Authorization", AGENT)));
        assertEquals(3, sheet.getJsonObject("counts").getInt("booked"));
        assertTrue(sheet.getBoolean("markable"));
        JsonObject first = child(sheet, a);
        assertEquals("NO_PORK", first.getString("diet"));
        assertEquals("Mamie Pointage", first.getJsonArray("pickups").getJsonObject(0).getString("name"));
        assertEquals("Interdit Pointage", first.getJsonArray("notAllowed").getJsonObject(0).getString("name"));
        assertTrue(child(sheet, c).getBoolean("pai"));

        // one item refused (a booked child cannot be "present without booking"): nothing is written
        HttpResponse<String> refused = put(yesterday, marks(a, "PRESENT", b, "ABSENT_EXCUSED", c, "PRESENT_WITHOUT_BOOKING"), AGENT);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("items[2].status"), refused.body());
        assertEquals(0, count("select count(*) from attendance where session_id = " + yesterday));
        assertEquals(400, put(yesterday, marks(a, "SLEEPING"), AGENT).statusCode());

        JsonObject marked = Api.json(ok(put(yesterday, marks(a, "PRESENT", b, "ABSENT_EXCUSED", d, "PRESENT_WITHOUT_BOOKING"), AGENT)));
        assertEquals(3, marked.getInt("changed"));
        JsonObject counts = marked.getJsonObject("sheet").getJsonObject("counts");
        assertEquals(List.of(3, 2, 1, 1), List.of(counts.getInt("booked"), counts.getInt("present"), counts.getInt("absent"),
                counts.getInt("unmarked")));
        assertEquals("PRESENT_WITHOUT_BOOKING", child(marked.getJsonObject("sheet"), d).getString("status"));
        assertEquals("Karim Benali", child(marked.getJsonObject("sheet"), a).getString("markedBy"));

        // changing a mark keeps one row and audits the state before and after
        ok(put(yesterday, marks(b, "ABSENT_UNEXCUSED"), AGENT));
        assertEquals(1, count("select count(*) from attendance where session_id = " + yesterday + " and child_id = " + b));
        assertEquals(1, count("select count(*) from audit_entry where action = 'ATTENDANCE_MARKED'"
                + " and before_json->>'status' = 'ABSENT_EXCUSED' and after_json->>'status' = 'ABSENT_UNEXCUSED'"
                + " and after_json->>'child' = '" + b + "'"));
    }

    @Test
    void markingADayStillToComeOrAnInvoicedMonthIsRefused() throws SQLException {
        HttpResponse<String> future = put(tomorrow, marks(a, "PRESENT"), AGENT);
        assertEquals(400, future.statusCode(), future.body());
        assertTrue(future.body().contains("n’a pas encore eu lieu"), future.body());

        HttpResponse<String> locked = put(invoiced, marks(a, "PRESENT"), AGENT, "Accept-Language", "en");
        assertEquals(400, locked.statusCode(), locked.body());
        String month = TODAY.minusMonths(3).getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        assertTrue(locked.body().contains("Attendance of " + month + " " + TODAY.minusMonths(3).getYear()
                + " is closed: that month is invoiced"), locked.body());
        assertEquals(0, count("select count(*) from attendance where session_id in (" + tomorrow + ", " + invoiced + ")"));
        assertTrue(!Api.json(ok(Api.get("/api/v1/staff/sessions/" + invoiced + "/attendance", "Authorization", AGENT)))
                .getBoolean("markable"));
    }

    @Test
    void theListPrintsAsPdfAndCsvAndTheKitchenCountsMealsPerDayByDiet() throws Exception {
        HttpResponse<byte[]> pdf = bytes("/api/v1/staff/sessions/" + today + "/list.pdf", AGENT, "*/*");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", Api.mediaType(pdf));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        String text = ReadableText.pdf(pdf.body());
        assertTrue(text.contains(aName), text);
        assertTrue(text.contains("Interdit Pointage"), text);

        HttpResponse<String> csv = Api.get("/api/v1/staff/sessions/" + today + "/list.csv", "Authorization", AGENT);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFFEnfant;Classe;Régime;Allergies;PAI;"), csv.body());
        assertTrue(csv.body().contains(aName + ";"), csv.body());
        assertTrue(csv.body().contains(";Kiwi;oui;"), csv.body());

        String query = "from=" + TODAY.minusDays(1) + "&to=" + TODAY.plusDays(1) + "&siteId=" + site;
        JsonArray rows = array(ok(Api.get("/api/v1/staff/meal-counts?" + query, "Authorization", AGENT)));
        assertEquals(3, rows.size(), rows.toString());
        JsonObject day = rows.getJsonObject(0);
        assertEquals(TODAY.minusDays(1).toString(), day.getString("day"));
        assertEquals(List.of(3, 1, 1, 1, 1), List.of(day.getInt("total"), day.getInt("none"), day.getInt("noPork"),
                day.getInt("vegetarian"), day.getInt("pai")));
        HttpResponse<String> mealsCsv = Api.get("/api/v1/staff/meal-counts.csv?" + query, "Authorization", AGENT);
        assertTrue(mealsCsv.body().contains(TODAY.minusDays(1) + ";École du Pointage;3;1;1;1;0;0;1"), mealsCsv.body());
        HttpResponse<String> byAccept = Api.get("/api/v1/staff/meal-counts?" + query, "Authorization", AGENT, "Accept", "text/csv");
        assertEquals("text/csv", Api.mediaType(byAccept));
        HttpResponse<byte[]> mealsPdf = bytes("/api/v1/staff/meal-counts.pdf?" + query, AGENT, "*/*");
        assertTrue(ReadableText.pdf(mealsPdf.body()).contains("Effectifs de cantine"), "accessible, archivable meal counts");
        HttpResponse<String> tooLong = Api.get("/api/v1/staff/meal-counts?from=" + TODAY + "&to=" + TODAY.plusDays(62),
                "Authorization", AGENT);
        assertEquals(400, tooLong.statusCode());
        assertEquals("application/problem+json", Api.mediaType(tooLong));
    }

    @Test
    void parentsAndFinanceStaffCannotReadOrMarkAttendance() {
        for (String who : List.of(PARENT, FINANCE)) {
            assertEquals(403, Api.get("/api/v1/staff/sessions/" + yesterday + "/attendance", "Authorization", who).statusCode());
            assertEquals(403, put(yesterday, marks(a, "PRESENT"), who).statusCode());
            assertEquals(403, Api.get("/api/v1/staff/sessions/" + yesterday + "/list.csv", "Authorization", who).statusCode());
            assertEquals(403, bytes("/api/v1/staff/sessions/" + yesterday + "/list.pdf", who, "*/*").statusCode());
            assertEquals(403, Api.get("/api/v1/staff/meal-counts?from=" + TODAY + "&to=" + TODAY, "Authorization", who).statusCode());
        }
        assertEquals(403, Api.get("/api/v1/staff/attendance/sessions?day=" + TODAY, "Authorization", PARENT).statusCode());
        JsonArray ofTheDay = array(ok(Api.get("/api/v1/staff/attendance/sessions?day=" + TODAY.minusDays(1) + "&siteId=" + site,
                "Authorization", AGENT)));
        assertEquals(1, ofTheDay.size(), ofTheDay.toString());
        assertEquals(yesterday, ofTheDay.getJsonObject(0).getJsonNumber("sessionId").longValue());
        assertEquals(3, ofTheDay.getJsonObject(0).getInt("confirmed"));
        assertEquals(401, Api.get("/api/v1/staff/sessions/" + yesterday + "/attendance").statusCode());
        assertEquals(404, Api.get("/api/v1/staff/sessions/999999999/attendance", "Authorization", AGENT).statusCode());
        String openapi = Api.get("/openapi").body();
        assertTrue(openapi.contains("/api/v1/staff/sessions/{id}/attendance") || openapi.contains("/staff/sessions/{id}/attendance"), "OpenAPI");
        assertTrue(openapi.contains("meal-counts"), "OpenAPI lists the meal counts");
    }

    @Test
    void anAgentMarksTodayOnTheTabletPageAndOpensTheKitchenCounts() {
        browser.driver.manage().window().setSize(new Dimension(768, 1024));
        try {
            browser.open("/login.xhtml");
            signIn("agent@example.org", ItEnvironment.DEMO_PASSWORD);
            browser.open("/staff/home.xhtml");
            browser.submit("attendanceLink");
            assertEquals("Pointage", browser.heading());
            browser.assertAccessible("the attendance page");

            browser.open("/staff/attendance.xhtml?day=" + TODAY + "&siteId=" + site);
            browser.submit(browser.driver.findElement(By.partialLinkText("Cantine du Pointage")));
            assertEquals("3", browser.find("countUnmarked").getText());
            browser.assertAccessible("a session's list");

            browser.click(browser.driver.findElement(By.cssSelector("label[for='status-" + b + "-ABSENT_EXCUSED']")));
            browser.submit("saveAttendance");
            assertTrue(browser.text().contains("Pointage enregistré (1 changement(s))"), browser.text());
            assertEquals("1", browser.find("countAbsent").getText());
            assertEquals("2", browser.find("countUnmarked").getText());

            browser.submit("markAllPresent");
            assertEquals("0", browser.find("countUnmarked").getText());
            assertEquals("2", browser.find("countPresent").getText());

            // a child who came without booking, found by name
            browser.type("childQuery", dName);
            browser.submit("searchChild");
            browser.submit(browser.driver.findElement(By.cssSelector(".attendance-candidates input[type=submit]")));
            assertEquals("3", browser.find("countPresent").getText());
            assertTrue(browser.text().contains("sans réservation"), browser.text());
            browser.assertAccessible("a session's list once marked");

            browser.open("/staff/meals.xhtml?from=" + TODAY + "&to=" + TODAY + "&siteId=" + site);
            assertEquals("Effectifs de cantine", browser.heading());
            assertTrue(browser.find("mealsTable").getText().contains("École du Pointage"), browser.text());
            browser.assertAccessible("the meal counts");
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String marks(Object... pairs) {
        var array = Json.createArrayBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            array.add(Json.createObjectBuilder().add("childId", (long) pairs[i]).add("status", (String) pairs[i + 1]));
        }
        return array.build().toString();
    }

    private static HttpResponse<String> put(long session, String json, String auth, String... headers) {
        HttpRequest.Builder request = Api.request("/api/v1/staff/sessions/" + session + "/attendance")
                .header("Content-Type", "application/json").header("Authorization", auth)
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return Api.send(request);
    }

    private static HttpResponse<byte[]> bytes(String path, String auth, String accept) {
        try {
            return CLIENT.send(Api.request(path).header("Authorization", auth).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject child(JsonObject sheet, long childId) {
        return sheet.getJsonArray("children").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("childId").longValue() == childId).findFirst()
                .orElseThrow(() -> new AssertionError("child " + childId + " not on " + sheet));
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static JsonArray array(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    private static long session(Connection db, long activity, LocalDate day) throws SQLException {
        return one(db, "insert into activity_session (activity_id, day, start_time, end_time, capacity) values ("
                + activity + ", '" + day + "', '11:30', '13:30', 50) returning id");
    }

    private static long childOf(Connection db, String email) throws SQLException {
        return one(db, "select min(hc.child_id) from household_child hc join household h on h.id = hc.household_id"
                + " join account a on a.id = h.billing_account_id where a.email = '" + email + "'");
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
