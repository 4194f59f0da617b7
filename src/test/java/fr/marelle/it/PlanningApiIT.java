package fr.marelle.it;

import fr.marelle.planning.control.PublicHolidays;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Planning end to end on Payara Micro and PostgreSQL: the school calendar imported at start-up
 * and by an administrator, the demo town's activities, an agent creating an activity with its
 * rules and prices and generating its sessions (holidays and closures skipped, nothing
 * half-saved on bad input), capacities, cancellations, and the families' view of sessions.
 */
class PlanningApiIT extends PortalITBase {

    private static final String AGENT = Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String ADMIN = Api.basic("admin@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String PARENT = Api.basic("parent@example.org", ItEnvironment.DEMO_PASSWORD);

    private static HttpResponse<String> get(String path, String auth) {
        return Api.get(path, "Authorization", auth);
    }

    private static HttpResponse<String> post(String path, String json, String auth) {
        return Api.postJson(path, json, "Authorization", auth);
    }

    private static HttpResponse<String> put(String path, String json, String auth) {
        return Api.send(Api.request(path).header("Content-Type", "application/json").header("Authorization", auth)
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readArray();
    }

    private static List<String> errors(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", Api.mediaType(response));
        return Api.json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ": " + e.getString("message")).toList();
    }

    private static long count(String sql, Object... params) throws SQLException {
        try (Connection c = ItEnvironment.database(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void update(String sql, Object... params) throws SQLException {
        try (Connection c = ItEnvironment.database(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    private static long siteId(String name) {
        return array(get("/api/v1/staff/sites", AGENT)).getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static String activityJson(String name, long siteId) {
        return """
                {"name": "%s", "type": "EVENING_CARE", "siteId": %d, "regieCode": "PERISCOLAIRE",
                 "minAge": 3, "maxAge": 11, "levelCodes": ["CP", "CE1"], "waitingList": true,
                 "startTime": "16:30", "endTime": "18:30", "defaultCapacity": 20,
                 "bookDeadline": {"kind": "CALENDAR_DAYS", "amount": 7, "time": "10:00"},
                 "cancelDeadline": {"kind": "WORKING_DAYS", "amount": 2, "time": "10:00"}}""".formatted(name, siteId);
    }

    @Test
    void theSchoolCalendarIsImportedAtStartUpForTheTownsZone() {
        JsonObject calendar = Api.json(get("/api/v1/staff/calendar", AGENT));
        List<String> years = calendar.getJsonArray("years").getValuesAs(JsonObject.class).stream()
                .map(y -> y.getString("zone") + " " + y.getString("label") + " " + y.getString("firstDay") + " " + y.getString("lastDay"))
                .toList();
        assertEquals(List.of("C 2025-2026 2025-09-01 2026-07-03", "C 2026-2027 2026-09-01 2027-07-02"), years);
        assertTrue(calendar.getJsonArray("holidays").getValuesAs(JsonObject.class).stream()
                .anyMatch(h -> h.getString("firstDay").equals("2026-02-21") && h.getString("lastDay").equals("2026-03-08")),
                calendar.toString());
    }

    @Test
    void theDemoTownHasItsActivitiesSessionsAndPrices() throws SQLException {
        JsonArray activities = array(get("/api/v1/staff/activities", AGENT));
        JsonObject canteen = activities.getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals("Restauration scolaire – Jules-Ferry")).findFirst().orElseThrow();
        assertEquals("7 jours avant, à 10:00", canteen.getJsonObject("bookDeadline").getString("text"));
        assertEquals("2 jours ouvrés avant, à 10:00", canteen.getJsonObject("cancelDeadline").getString("text"));
        List<String> names = activities.getValuesAs(JsonObject.class).stream().map(a -> a.getString("name")).toList();
        assertTrue(names.containsAll(List.of("Accueil du matin – Les Tilleuls", "Accueil du soir – Louise-Michel",
                "Mercredis au centre de loisirs", "Séjour d’été à la montagne", "Judo – école municipale des sports")), names.toString());
        long id = canteen.getJsonNumber("id").longValue();
        assertTrue(count("select count(*) from activity_session where activity_id = ?", id) > 130);
        assertEquals(0, count("select count(*) from activity_session where day = date '2026-11-11'"), "Armistice");
        assertEquals(4, array(get("/api/v1/staff/activities/" + id + "/prices", AGENT)).getJsonObject(0).getJsonArray("bands").size());

        // the week's planning: the canteen of 3-9 May 2027 has Monday and Tuesday only (Ascension, bridge);
        // when that week is among the demo's last days it has the demo's bookings, counted here from the bookings
        String ofTheWeek = "from booking b join activity_session s on s.id = b.session_id where s.activity_id = ?"
                + " and s.day between date '2027-05-03' and date '2027-05-09' and b.status = ?";
        long confirmed = count("select count(*) " + ofTheWeek, id, "CONFIRMED");
        long waiting = count("select count(*) " + ofTheWeek, id, "WAITING");
        long fillRate = (confirmed * 200 + 240) / 480; // confirmed over 240 places, in whole percent rounded half up
        JsonObject week = array(get("/api/v1/staff/planning?week=2027-05-05", AGENT)).getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("activityId").longValue() == id).findFirst().orElseThrow();
        assertEquals("2027-05-03", week.getString("week"));
        assertEquals(2, week.getInt("sessions"));
        assertEquals(240, week.getInt("capacity"));
        assertEquals(confirmed, week.getInt("confirmed"), week.toString());
        assertEquals(waiting, week.getInt("waiting"), week.toString());
        assertEquals(fillRate, week.getInt("fillRate"), week.toString());
        HttpResponse<String> csv = get("/api/v1/staff/planning.csv?week=2027-05-05", AGENT);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFFSemaine du;Lieu;Nom;"), csv.body());
        assertTrue(csv.body().contains("2027-05-03;École Jules-Ferry;Restauration scolaire – Jules-Ferry;2;240;%d;%d;%d"
                .formatted(confirmed, waiting, fillRate)), csv.body());
    }

    @Test
    void anAgentCreatesAnActivityWithRulesAndPricesAndGeneratesItsSessions() throws SQLException {
        long site = siteId("École Louise-Michel");
        String name = "Étude surveillée " + UUID.randomUUID().toString().substring(0, 6);

        // bad input: several rules broken, nothing created
        long activitiesBefore = count("select count(*) from activity");
        List<String> refused = errors(post("/api/v1/staff/activities", """
                {"name": "", "type": "EVENING_CARE", "siteId": 999999, "regieCode": "PERISCOLAIRE", "minAge": 10, "maxAge": 6,
                 "startTime": "16:30", "endTime": "16:00", "defaultCapacity": 0,
                 "bookingOpensAt": "2027-03-15T08:00:00+01:00", "bookingClosesAt": "2027-03-01T08:00:00+01:00",
                 "bookDeadline": {"kind": "CALENDAR_DAYS", "amount": 0, "time": "17:00"}}""", AGENT));
        assertEquals(List.of(
                "name: Indiquez le nom de l’activité.",
                "siteId: Choisissez un lieu existant.",
                "maxAge: L’âge maximum est inférieur à l’âge minimum.",
                "endTime: L’heure de fin doit être après l’heure de début.",
                "defaultCapacity: La capacité est un nombre entre 1 et 10000.",
                "windowCloses: La fermeture doit être après l’ouverture.",
                "bookTime: Le délai tomberait après le début des séances (16:30)."), refused);
        assertEquals(activitiesBefore, count("select count(*) from activity"));

        HttpResponse<String> created = post("/api/v1/staff/activities", activityJson(name, site), AGENT);
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.json(created).getJsonNumber("id").longValue();
        assertEquals("le jour ouvré précédent, à 10:00", Api.json(put("/api/v1/staff/activities/" + id + "/rules",
                """
                {"bookDeadline": {"kind": "WORKING_DAYS", "amount": 1, "time": "10:00"},
                 "cancelDeadline": {"kind": "HOURS_BEFORE", "amount": 48}}""", AGENT)).getJsonObject("bookDeadline").getString("text"));

        // prices: a gap between bands is refused, then a contiguous grid is saved, in force from this month
        LocalDate gridFrom = ItEnvironment.today().withDayOfMonth(1);
        List<String> gap = errors(post("/api/v1/staff/activities/" + id + "/prices", """
                {"validFrom": "%s", "bands": [
                  {"qfFrom": 0, "qfTo": 500, "residentCents": 100, "nonResidentCents": 200},
                  {"qfFrom": 600, "residentCents": 300, "nonResidentCents": 400}]}""".formatted(gridFrom), AGENT));
        assertEquals(List.of("bands: Trou entre les tranches 1 et 2 : aucun prix pour un quotient de 501 à 599 €."), gap);
        assertEquals(0, count("select count(*) from price_grid where activity_id = ?", id));
        assertEquals(201, post("/api/v1/staff/activities/" + id + "/prices", """
                {"validFrom": "%s", "siblingReductionPct": 10, "bands": [
                  {"qfFrom": 0, "qfTo": 500, "residentCents": 100, "nonResidentCents": 200},
                  {"qfFrom": 501, "residentCents": 300, "nonResidentCents": 400}]}""".formatted(gridFrom), AGENT).statusCode());
        assertEquals(1, errors(post("/api/v1/staff/activities/" + id + "/prices", """
                {"validFrom": "%s", "validTo": "%s", "bands": [
                  {"qfFrom": 0, "residentCents": 100, "nonResidentCents": 200}]}""".formatted(gridFrom.plusMonths(1),
                gridFrom.plusMonths(4).minusDays(1)), AGENT)).size(), "overlapping periods");

        // sessions outside the school year: refused, none created
        List<String> outside = errors(post("/api/v1/staff/activities/" + id + "/sessions", """
                {"pattern": "SCHOOL_DAYS", "from": "2027-06-21", "to": "2027-07-09", "weekdays": ["MONDAY"]}""", AGENT));
        assertTrue(outside.get(0).startsWith("to: La période sort de l’année scolaire connue de la zone C"), outside.toString());
        assertEquals(0, count("select count(*) from activity_session where activity_id = ?", id));

        // a closure at this school on Thursday 13 May 2027
        HttpResponse<String> closure = post("/api/v1/staff/closures",
                "{\"day\": \"2027-05-13\", \"siteId\": %d, \"reason\": \"Travaux\"}".formatted(site), AGENT);
        assertEquals(201, closure.statusCode(), closure.body());

        // May 2027 in zone C: Ascension (Thursday 6), the bridge (Friday 7) and the closure are skipped
        String may = """
                {"pattern": "SCHOOL_DAYS", "from": "2027-05-03", "to": "2027-05-14",
                 "weekdays": ["MONDAY", "TUESDAY", "THURSDAY", "FRIDAY"]}""";
        JsonObject generated = Api.json(post("/api/v1/staff/activities/" + id + "/sessions", may, AGENT));
        assertEquals(5, generated.getInt("created"), generated.toString());
        assertEquals(List.of("2027-05-06: jour férié (Ascension)", "2027-05-07: vacances scolaires (Pont de l'Ascension)",
                        "2027-05-13: fermeture (Travaux)"),
                generated.getJsonArray("skipped").getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("day") + ": " + s.getString("reason")).toList());
        assertEquals(5, count("select count(*) from activity_session where activity_id = ?", id));
        assertEquals(20, count("select min(capacity) from activity_session where activity_id = ?", id));
        // generating again creates nothing new
        assertEquals(0, Api.json(post("/api/v1/staff/activities/" + id + "/sessions", may, AGENT)).getInt("created"));
        assertEquals(5, count("select count(*) from activity_session where activity_id = ?", id));
        assertTrue(count("select count(*) from audit_entry where action = 'planning.sessions.generate' and object_id = ?",
                String.valueOf(id)) >= 2);

        JsonArray may2027 = array(get("/api/v1/staff/activities/" + id + "/sessions?from=2027-05-01&to=2027-05-31", AGENT));
        assertEquals(5, may2027.size());

        // two sessions of the weeks to come, still open to bookings whatever the portal's today
        LocalDate firstDay = dayToBookAfter(ItEnvironment.today().plusDays(7));
        LocalDate secondDay = firstDay.plusDays(1);
        JsonObject dates = Api.json(post("/api/v1/staff/activities/" + id + "/sessions", """
                {"pattern": "DATES", "dates": ["%s", "%s"]}""".formatted(firstDay, secondDay), AGENT));
        assertEquals(2, dates.getInt("created"), dates.toString());
        String weeks = "from=" + firstDay + "&to=" + secondDay;
        JsonArray sessions = array(get("/api/v1/staff/activities/" + id + "/sessions?" + weeks, AGENT));
        assertEquals(2, sessions.size());

        // capacity never below the confirmed bookings
        long sessionId = sessions.getJsonObject(0).getJsonNumber("id").longValue();
        update("update activity_session set confirmed = 12 where id = ?", sessionId);
        assertEquals(List.of("capacity: La capacité ne peut pas être inférieure aux 12 réservations confirmées."),
                errors(put("/api/v1/staff/sessions/" + sessionId + "/capacity", "{\"capacity\": 10}", AGENT)));
        assertEquals(20, count("select capacity from activity_session where id = ?", sessionId));
        HttpResponse<String> changed = put("/api/v1/staff/sessions/" + sessionId + "/capacity", "{\"capacity\": 12}", AGENT);
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(0, Api.json(changed).getInt("remaining"));

        // cancelling a session (the families would be mailed once bookings exist)
        long other = sessions.getJsonObject(1).getJsonNumber("id").longValue();
        assertEquals(List.of("reason: Indiquez le motif de l’annulation."),
                errors(post("/api/v1/staff/sessions/" + other + "/cancel", "{}", AGENT)));
        HttpResponse<String> cancelled = post("/api/v1/staff/sessions/" + other + "/cancel", "{\"reason\": \"Grève\"}", AGENT);
        assertEquals("CANCELLED", Api.json(cancelled).getString("status"), cancelled.body());
        assertEquals(1, count("select count(*) from audit_entry where action = 'planning.session.cancel' and object_id = ?",
                String.valueOf(other)));

        // what a family sees: places left, deadlines in words, price and why
        JsonArray family = array(get("/api/v1/activities/" + id + "/sessions?" + weeks, PARENT));
        JsonObject first = family.getJsonObject(0);
        assertEquals(firstDay.toString(), first.getString("day"));
        assertEquals(0, first.getInt("remaining"));
        assertTrue(first.getJsonObject("booking").getBoolean("open"), first.toString());
        // one working day before, at 10:00: the day before, a working day (see dayToBookAfter)
        String deadline = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH:mm", Locale.FRENCH)
                .format(firstDay.minusDays(1).atTime(10, 0));
        assertEquals("Réservation possible jusqu’au " + deadline + ".", first.getJsonObject("booking").getString("text"));
        // Camille Martin's household lives in the town and its quotient is still pending: highest band, resident price
        assertEquals(300, first.getJsonObject("price").getInt("cents"));
        assertEquals("Tranche 2 (QF à partir de 501 €), résident : 3,00 € ; quotient familial inconnu : tranche la plus haute",
                first.getJsonObject("price").getString("explanation"));
        assertEquals("Cette séance est fermée.", family.getJsonObject(1).getJsonObject("booking").getString("text"));
        // the family is offered what its children may attend: Léa is in CE2 and Hugo in MS, this activity is for CP-CE1
        List<String> offered = array(get("/api/v1/activities", PARENT)).getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("name")).toList();
        assertFalse(offered.contains(name), offered.toString());
        assertTrue(offered.contains("Restauration scolaire – Jules-Ferry"), offered.toString());
        assertTrue(array(get("/api/v1/activities", AGENT)).getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("name").equals(name)), "staff see every active activity");
    }

    /**
     * The first Tuesday, Wednesday or Thursday from {@code from} on which, as on the day before and the
     * day after, no public holiday falls: its session and the next day's are created, and its booking
     * deadline of one working day at 10:00 falls on the day before.
     */
    private static LocalDate dayToBookAfter(LocalDate from) {
        LocalDate day = from;
        while (day.getDayOfWeek().compareTo(DayOfWeek.TUESDAY) < 0 || day.getDayOfWeek().compareTo(DayOfWeek.THURSDAY) > 0
                || PublicHolidays.isHoliday(day.minusDays(1)) || PublicHolidays.isHoliday(day)
                || PublicHolidays.isHoliday(day.plusDays(1))) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Test
    void anAgentRemovesAFutureGridAClosureAndDeactivatesAnActivityButNeverTouchesPricesInForce() throws SQLException {
        long site = siteId("École Jules-Ferry"); // Léa's school: its care is for its pupils
        String name = "Garderie du soir CE2 " + System.nanoTime();
        HttpResponse<String> created = post("/api/v1/staff/activities", activityJson(name, site)
                .replace("[\"CP\", \"CE1\"]", "[\"CE2\"]"), AGENT);
        assertEquals(201, created.statusCode(), created.body());
        long id = Api.json(created).getJsonNumber("id").longValue();
        String grid = """
                {"validFrom": "%s", "bands": [{"qfFrom": 0, "residentCents": 150, "nonResidentCents": 250}]}""";
        // a grid in force since the first of this month, and the next one from the next school year (1 September)
        LocalDate today = ItEnvironment.today();
        LocalDate september = today.withMonth(9).withDayOfMonth(1);
        LocalDate nextYear = september.isAfter(today) ? september : september.plusYears(1);
        assertEquals(201, post("/api/v1/staff/activities/" + id + "/prices", grid.formatted(today.withDayOfMonth(1)), AGENT)
                .statusCode());
        HttpResponse<String> future = post("/api/v1/staff/activities/" + id + "/prices", grid.formatted(nextYear), AGENT);
        assertEquals(201, future.statusCode(), future.body());
        JsonArray grids = array(get("/api/v1/staff/activities/" + id + "/prices", AGENT));
        long inForce = grids.getJsonObject(0).getJsonNumber("id").longValue();
        long next = grids.getJsonObject(1).getJsonNumber("id").longValue();
        assertEquals(400, Api.send(Api.request("/api/v1/staff/activities/" + id + "/prices/" + inForce)
                .header("Authorization", AGENT).DELETE()).statusCode(), "a grid in force never goes");
        assertEquals(204, Api.send(Api.request("/api/v1/staff/activities/" + id + "/prices/" + next)
                .header("Authorization", AGENT).DELETE()).statusCode());
        assertEquals(1, count("select count(*) from price_grid where activity_id = ?", id));

        // a closure closes the day's session; removing it opens the session again
        LocalDate day = today.plusWeeks(2);
        update("insert into activity_session (activity_id, day, start_time, end_time, capacity) values (?, ?, '16:30', '18:30', 20)",
                id, day);
        HttpResponse<String> closure = post("/api/v1/staff/closures",
                "{\"day\": \"%s\", \"siteId\": %d, \"reason\": \"Coupure d’eau\"}".formatted(day, site), AGENT);
        assertEquals(201, closure.statusCode(), closure.body());
        assertEquals(1, count("select count(*) from activity_session where activity_id = ? and status = 'CLOSED'", id));
        long closureId = Api.json(closure).getJsonObject("closure").getJsonNumber("id").longValue();
        HttpResponse<String> removed = Api.send(Api.request("/api/v1/staff/closures/" + closureId)
                .header("Authorization", AGENT).DELETE());
        // the school's other sessions that day (canteen, care) were closed with it and open again too
        assertEquals(Api.json(closure).getInt("sessionsClosed"), Api.json(removed).getInt("sessionsReopened"), removed.body());
        assertEquals(0, count("select count(*) from activity_session where activity_id = ? and status = 'CLOSED'", id));

        // an inactive activity is no longer offered to the family (Léa is in CE2), then offered again
        assertTrue(offered(name));
        assertEquals(400, put("/api/v1/staff/activities/" + id + "/active", "{}", AGENT).statusCode());
        assertEquals(false, Api.json(put("/api/v1/staff/activities/" + id + "/active", "{\"active\": false}", AGENT))
                .getBoolean("active"));
        assertFalse(offered(name));
        put("/api/v1/staff/activities/" + id + "/active", "{\"active\": true}", AGENT);
        assertTrue(offered(name));
        assertEquals(1, count("select count(*) from audit_entry where action = 'planning.activity.deactivate' and object_id = ?",
                String.valueOf(id)));

        // a site renamed; a name another site has is refused
        String gym = "Gymnase " + System.nanoTime();
        HttpResponse<String> newSite = post("/api/v1/staff/sites", "{\"name\": \"%s\", \"kind\": \"ROOM\"}".formatted(gym), AGENT);
        assertEquals(201, newSite.statusCode(), newSite.body());
        long siteId = Api.json(newSite).getJsonNumber("id").longValue();
        assertEquals(gym + " Jean-Bouin", Api.json(put("/api/v1/staff/sites/" + siteId, "{\"name\": \"%s Jean-Bouin\", \"kind\": \"ROOM\"}"
                .formatted(gym), AGENT)).getString("name"));
        assertEquals(List.of("siteName: Un lieu porte déjà ce nom."), errors(put("/api/v1/staff/sites/" + siteId,
                "{\"name\": \"école louise-michel\", \"kind\": \"ROOM\"}", AGENT)));
    }

    private static boolean offered(String activity) {
        return array(get("/api/v1/activities", PARENT)).getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("name").equals(activity));
    }

    @Test
    void familiesCannotReachStaffEndpointsAndOnlyAnAdministratorImportsACalendar() throws SQLException {
        assertEquals(403, get("/api/v1/staff/activities", PARENT).statusCode());
        assertEquals(401, Api.get("/api/v1/activities").statusCode());
        HttpRequest.Builder agentImport = Api.request("/api/v1/staff/calendar").header("Content-Type", "text/csv")
                .header("Authorization", AGENT).POST(HttpRequest.BodyPublishers.ofString("x"));
        assertEquals(403, Api.send(agentImport).statusCode());

        long holidays = count("select count(*) from school_holiday");
        String bad = "\uFEFFDescription;Population;Date de début;Date de fin;Académies;Zones;annee_scolaire\n"
                + "Vacances de Noël;-;2027-12-17T23:00:00+00:00;2028-01-02T23:00:00+00:00;Paris;Zone C;2027-2028\n"
                + "Vacances d'Hiver;-;2028-02-11T23:00:00+00:00;2028-02-27T23:00:00+00:00;Atlantis;Zone D;2027-2028\n"
                + "Vacances de Printemps;-;bientôt;2028-04-23T22:00:00+00:00;Paris;Zone C;2027-2028\n";
        HttpResponse<String> refused = Api.send(Api.request("/api/v1/staff/calendar").header("Content-Type", "text/csv")
                .header("Authorization", ADMIN).POST(HttpRequest.BodyPublishers.ofString(bad, StandardCharsets.UTF_8)));
        assertEquals(List.of("file: Ligne 3 : zone « Zone D » inconnue (attendu : Zone A, Zone B ou Zone C).",
                "file: Ligne 4 : date « bientôt » illisible."), errors(refused));
        assertEquals(holidays, count("select count(*) from school_holiday"), "nothing imported");

        String good = bad.lines().limit(2).reduce("", (a, b) -> a + b + "\n");
        HttpResponse<String> imported = Api.send(Api.request("/api/v1/staff/calendar").header("Content-Type", "text/csv")
                .header("Authorization", ADMIN).POST(HttpRequest.BodyPublishers.ofString(good, StandardCharsets.UTF_8)));
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(1, Api.json(imported).getInt("holidaysStored"));
        assertEquals(holidays + 1, count("select count(*) from school_holiday"));
        assertEquals(1, count("select count(*) from audit_entry where action = 'planning.calendar.import'"));
    }

    @Test
    void openApiDescribesThePlanningEndpoints() {
        HttpResponse<String> openApi = Api.get("/openapi");
        assertEquals(200, openApi.statusCode());
        for (String path : List.of("/api/v1/staff/activities:", "/api/v1/staff/activities/{id}/sessions:",
                "/api/v1/staff/activities/{id}/prices:", "/api/v1/staff/closures:", "/api/v1/activities:",
                "/api/v1/activities/{id}/sessions:")) {
            assertTrue(openApi.body().contains(path), path);
        }
    }
}
