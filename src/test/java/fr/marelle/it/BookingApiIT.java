package fr.marelle.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bookings through the API on the demo town: a parent books and cancels within the deadlines,
 * other families cannot reach them, an agent overrides a deadline with a reason, and many
 * families booking the last place at once never exceed the capacity.
 */
class BookingApiIT extends PortalITBase {

    private static final String PARENT = Api.basic("parent@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final String OTHER = Api.basic("famille1@example.net", ItEnvironment.DEMO_PASSWORD);
    private static final String AGENT = Api.basic("agent@example.org", ItEnvironment.DEMO_PASSWORD);
    private static final LocalDate TODAY = ItEnvironment.today();

    private static long lea;
    private static long household;
    private static List<JsonObject> bookable;

    @BeforeAll
    static void findLeaAndHerBookableSessions() {
        household = Api.json(ok(Api.get("/api/v1/household", "Authorization", PARENT))).getJsonNumber("id").longValue();
        lea = array(Api.get("/api/v1/household/children", "Authorization", PARENT)).stream()
                .map(JsonValue::asJsonObject).filter(c -> "Léa".equals(c.getString("firstName"))).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        // the first ones to come, whatever the day: canteen in term time, leisure centre in the holidays
        bookable = ChildCalendarApi.firstBookable(lea, PARENT, 4);
    }

    @Test
    void aParentBooksSeveralSessionsInOneActionThenCancelsOneAndReadsTheHistory() {
        // other tests of this class may have booked some of Léa's sessions already: ask again
        List<JsonObject> free = ChildCalendarApi.firstBookable(lea, PARENT, 2);
        long first = free.get(0).getJsonNumber("sessionId").longValue();
        long second = free.get(1).getJsonNumber("sessionId").longValue();
        assertNotNull(free.get(0).get("bookUntil"));
        int mailsBefore = Mailbox.received("parent@example.org").size();

        JsonArray outcomes = book(PARENT, items(lea, first, lea, second), null);
        assertEquals("CONFIRMED", outcomes.getJsonObject(0).getString("result"), outcomes.toString());
        assertEquals("CONFIRMED", outcomes.getJsonObject(1).getString("result"), outcomes.toString());
        long booking = outcomes.getJsonObject(0).getJsonNumber("bookingId").longValue();

        // a double click books nothing more
        JsonArray again = book(PARENT, items(lea, first), null);
        assertEquals("ALREADY_BOOKED", again.getJsonObject(0).getString("result"));
        assertEquals(booking, again.getJsonObject(0).getJsonNumber("bookingId").longValue());

        LocalDate firstDay = ChildCalendarApi.day(free.get(0));
        JsonObject entry = calendar(lea, firstDay, firstDay, PARENT).stream()
                .filter(e -> e.getJsonNumber("sessionId").longValue() == first).findFirst().orElseThrow();
        assertEquals("CONFIRMED", entry.getString("state"));

        Mailbox.Mail summary = awaitMail("parent@example.org", mailsBefore, m -> m.subject().contains("vos réservations"));
        assertTrue(summary.body().contains("Léa"), summary.body());

        JsonArray cancelled = cancel(PARENT, "[" + booking + "]", null);
        assertEquals("CANCELLED", cancelled.getJsonObject(0).getString("result"), cancelled.toString());
        JsonArray twice = cancel(PARENT, "[" + booking + "]", null);
        assertEquals("REFUSED", twice.getJsonObject(0).getString("result"));

        List<String> history = array(ok(Api.get("/api/v1/children/" + lea + "/bookings/history", "Authorization", PARENT)))
                .stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("bookingId").longValue() == booking)
                .map(c -> c.getString("action") + " " + c.getString("actorKind") + " " + c.getString("who")).toList();
        assertEquals(List.of("CANCELLED FAMILY Camille Martin", "BOOKED FAMILY Camille Martin"), history);
    }

    @Test
    void anotherFamilyCannotSeeBookOrCancelForLea() {
        long session = bookable.get(2).getJsonNumber("sessionId").longValue();
        JsonArray mine = book(PARENT, items(lea, session), null);
        long booking = mine.getJsonObject(0).getJsonNumber("bookingId").longValue();

        assertEquals(404, Api.get("/api/v1/children/" + lea + "/calendar?from=" + TODAY + "&to=" + TODAY.plusDays(7),
                "Authorization", OTHER).statusCode());
        assertEquals(404, Api.get("/api/v1/children/" + lea + "/bookings/history", "Authorization", OTHER).statusCode());
        HttpResponse<String> notHers = Api.postJson("/api/v1/bookings", "{\"items\":" + items(lea, session) + "}",
                "Authorization", OTHER);
        assertEquals(404, notHers.statusCode(), notHers.body());
        assertEquals("booking.refused.unknownChild", Api.json(notHers).getString("rule"));
        JsonObject refused = cancel(OTHER, "[" + booking + "]", null).getJsonObject(0);
        assertEquals("REFUSED", refused.getString("result"));
        assertEquals(404, Api.send(Api.request("/api/v1/bookings/" + booking).header("Authorization", OTHER).DELETE())
                .statusCode());
        assertEquals(404, Api.get("/api/v1/children/" + lea + "/bookings?from=" + TODAY + "&to=" + TODAY.plusDays(60),
                "Authorization", OTHER).statusCode());
        assertEquals(401, Api.get("/api/v1/children/" + lea + "/bookings/history").statusCode());
        // still booked
        assertEquals("ALREADY_BOOKED", book(PARENT, items(lea, session), null).getJsonObject(0).getString("result"));
        // a parent cannot pretend to be staff
        HttpResponse<String> override = Api.postJson("/api/v1/bookings",
                "{\"items\":" + items(lea, session) + ",\"overrideReason\":\"je suis pressé\"}", "Authorization", PARENT);
        assertEquals(400, override.statusCode(), override.body());
    }

    @Test
    void afterTheDeadlineOnlyAnAgentCanBookWithAWrittenReasonShownInTheHistory() throws SQLException {
        // booking closes 30 days before; the session is in 20 days
        long session = sessionOfANewActivity("Stage de théâtre " + System.nanoTime(), "CALENDAR_DAYS", 30, 10);
        HttpResponse<String> refusal = Api.postJson("/api/v1/bookings", "{\"items\":" + items(lea, session) + "}",
                "Authorization", PARENT);
        assertEquals(409, refusal.statusCode(), refusal.body());
        JsonObject problem = Api.json(refusal);
        assertEquals("deadline.book.passed", problem.getString("rule"));
        LocalDate deadline = java.time.OffsetDateTime.parse(problem.getString("deadline")).toLocalDate();
        assertEquals(TODAY.plusDays(20).minusDays(30), deadline);
        assertTrue(problem.getString("title").contains(String.valueOf(deadline.getDayOfMonth())), problem.toString());

        HttpResponse<String> withoutHousehold = Api.postJson("/api/v1/bookings", "{\"items\":" + items(lea, session) + "}",
                "Authorization", AGENT);
        assertEquals(400, withoutHousehold.statusCode(), withoutHousehold.body());
        JsonArray outcomes = array(ok(Api.postJson("/api/v1/bookings", "{\"householdId\":" + household + ",\"items\":"
                + items(lea, session) + ",\"overrideReason\":\"Accord de la directrice, repas de fin d’année\"}",
                "Authorization", AGENT)));
        assertEquals("CONFIRMED", outcomes.getJsonObject(0).getString("result"), outcomes.toString());
        JsonObject line = array(ok(Api.get("/api/v1/children/" + lea + "/bookings/history", "Authorization", PARENT)))
                .stream().map(JsonValue::asJsonObject).filter(c -> "STAFF".equals(c.getString("actorKind"))).findFirst()
                .orElseThrow();
        assertEquals("BOOKED", line.getString("action"));
        assertEquals("Accord de la directrice, repas de fin d’année", line.getString("reason"));
    }

    @Test
    void manyFamiliesBookingTheLastPlacesAtOnceNeverExceedTheCapacity() throws Exception {
        String activity = "Sortie au zoo " + System.nanoTime();
        long session = sessionOfANewActivity(activity, "NONE", 0, 3);
        // 60 families no other test uses (all integration tests share one database and one mailbox); their children
        // looked up four at a time (each lookup is a password check; a few at once stay within the portal's queue)
        List<Callable<Long>> lookups = new ArrayList<>();
        for (int f = 200; f < 260; f++) {
            String auth = Api.basic("famille" + f + "@example.net", ItEnvironment.DEMO_PASSWORD);
            lookups.add(() -> array(ok(Api.get("/api/v1/household/children", "Authorization", auth))).getJsonObject(0)
                    .getJsonNumber("id").longValue());
        }
        ExecutorService lookupPool = Executors.newFixedThreadPool(4);
        List<Callable<String>> families = new ArrayList<>();
        try {
            List<Future<Long>> children = lookupPool.invokeAll(lookups);
            for (int f = 200; f < 260; f++) {
                String auth = Api.basic("famille" + f + "@example.net", ItEnvironment.DEMO_PASSWORD);
                long child = children.get(f - 200).get();
                families.add(() -> bookWhenNotBusy(auth, items(child, session)).getJsonObject(0).getString("result"));
            }
        } finally {
            lookupPool.shutdown();
        }
        ExecutorService pool = Executors.newFixedThreadPool(families.size());
        List<String> results = new ArrayList<>();
        for (Future<String> result : pool.invokeAll(families)) {
            results.add(result.get());
        }
        pool.shutdown();
        assertEquals(3, results.stream().filter("CONFIRMED"::equals).count(), results.toString());
        assertEquals(families.size() - 3, results.stream().filter("WAITING"::equals).count(), results.toString());
        assertEquals(List.of(3, families.size() - 3), counters(session));
        assertEquals(3, bookingIds(session, "CONFIRMED").size(), "the bookings in the database agree with the counters");
        assertEquals(families.size() - 3, bookingIds(session, "WAITING").size());
        // a family that expected a place another family took first is decided again: its one mail tells the truth
        for (long booking : bookingIds(session, "CONFIRMED")) {
            assertOneMailSaying(bookingMailResults(ownerEmail(booking), activity), "réservé", "booked");
        }
        for (long booking : bookingIds(session, "WAITING").subList(0, 10)) {
            assertOneMailSaying(bookingMailResults(ownerEmail(booking), activity), "en liste d’attente", "on the waiting list");
        }

        // the place freed by a cancellation goes to the first family that waited
        long confirmed = bookingIds(session, "CONFIRMED").get(0);
        long firstWaiting = bookingIds(session, "WAITING").get(0);
        String owner = ownerEmail(confirmed);
        HttpResponse<String> cancelled = Api.send(Api.request("/api/v1/bookings/" + confirmed)
                .header("Authorization", Api.basic(owner, ItEnvironment.DEMO_PASSWORD)).DELETE());
        assertEquals("CANCELLED", Api.json(ok(cancelled)).getString("result"));
        assertTrue(bookingIds(session, "CONFIRMED").contains(firstWaiting));
        assertEquals(List.of(3, families.size() - 4), counters(session));
        Mailbox.Mail promoted = Mailbox.await(ownerEmail(firstWaiting), 2).stream()
                .filter(m -> m.subject().contains("place")).findFirst().orElseThrow();
        assertTrue(promoted.body().contains("est confirmée") || promoted.body().contains("is now confirmed"), promoted.body());
    }

    @Test
    void oneChildBookedByManyClicksAtOnceGetsOnePlaceAndTheOtherClicksAreToldItIsAlreadyBooked() throws Exception {
        // the place is taken without locking the session first: the same child must still never be booked twice
        long session = sessionOfANewActivity("Atelier poterie " + System.nanoTime(), "NONE", 0, 5);
        String auth = Api.basic("famille97@example.net", ItEnvironment.DEMO_PASSWORD);
        long child = array(ok(Api.get("/api/v1/household/children", "Authorization", auth))).getJsonObject(0)
                .getJsonNumber("id").longValue();
        List<Callable<String>> clicks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clicks.add(() -> bookWhenNotBusy(auth, items(child, session)).getJsonObject(0).getString("result"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clicks.size());
        List<String> results = new ArrayList<>();
        for (Future<String> result : pool.invokeAll(clicks)) {
            results.add(result.get());
        }
        pool.shutdown();
        assertEquals(1, results.stream().filter("CONFIRMED"::equals).count(), results.toString());
        assertEquals(7, results.stream().filter("ALREADY_BOOKED"::equals).count(), results.toString());
        assertEquals(List.of(1, 0), counters(session));
        assertEquals(1, bookingIds(session, "CONFIRMED").size());
    }

    @Test
    void openApiDescribesTheBookingEndpoints() {
        String openApi = ok(Api.get("/openapi")).body();
        for (String path : List.of("/api/v1/bookings:", "/api/v1/bookings/cancellations:", "/api/v1/bookings/standard-week:",
                "/api/v1/bookings/{id}:", "/api/v1/children/{id}/calendar:", "/api/v1/children/{id}/bookings:",
                "/api/v1/children/{id}/bookings/history:", "/api/v1/staff/waiting-lists:",
                "/api/v1/staff/bookings/{id}/promotion:", "/api/v1/staff/bookings/{id}/removal:")) {
            assertTrue(openApi.contains(path), path);
        }
    }

    @Test
    void theStandardWeekBooksTheChosenWeekdaysAndListsTheRefusedDatesWithTheirReason() {
        // five weeks from tomorrow, or the five weeks up to the first Monday or Thursday Léa can be booked on
        JsonObject free = ChildCalendarApi.firstBookable(lea, PARENT, 1,
                ChildCalendarApi.on(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)).get(0);
        long activity = free.getJsonNumber("activityId").longValue();
        LocalDate from = latest(TODAY.plusDays(1), ChildCalendarApi.day(free).minusDays(27));
        LocalDate to = from.plusDays(34);
        String body = "{\"childId\":" + lea + ",\"activityId\":" + activity + ",\"from\":\"" + from
                + "\",\"to\":\"" + to + "\",\"weekdays\":[\"MONDAY\",\"THURSDAY\"]}";
        JsonArray outcomes = array(ok(Api.postJson("/api/v1/bookings/standard-week", body, "Authorization", PARENT)));
        assertFalse(outcomes.isEmpty());
        List<Long> mondaysAndThursdays = calendar(lea, from, to, PARENT).stream()
                .filter(e -> e.getJsonNumber("activityId").longValue() == activity)
                .filter(e -> List.of("MONDAY", "THURSDAY").contains(LocalDate.parse(e.getString("day")).getDayOfWeek().name()))
                .map(e -> e.getJsonNumber("sessionId").longValue()).toList();
        assertEquals(mondaysAndThursdays, outcomes.stream().map(JsonValue::asJsonObject)
                .map(o -> o.getJsonNumber("sessionId").longValue()).toList());
        assertTrue(outcomes.stream().map(JsonValue::asJsonObject)
                .anyMatch(o -> o.getString("result").equals("CONFIRMED")), outcomes.toString());
        outcomes.stream().map(JsonValue::asJsonObject).filter(o -> o.getString("result").equals("REFUSED"))
                .forEach(o -> assertFalse(o.getString("message").isBlank(), o.toString()));

        HttpResponse<String> noDay = Api.postJson("/api/v1/bookings/standard-week", body.replace("\"MONDAY\",\"THURSDAY\"", ""),
                "Authorization", PARENT);
        assertEquals(400, noDay.statusCode(), noDay.body());
        assertTrue(noDay.body().contains("weekdays"), noDay.body());
    }

    @Test
    void placesAddedByAnAgentGoToTheChildrenWaitingInTheirOrder() throws SQLException {
        long session = sessionOfANewActivity("Piscine " + System.nanoTime(), "NONE", 0, 1);
        List<String> results = new ArrayList<>();
        for (int f = 320; f <= 323; f++) {
            String auth = Api.basic("famille" + f + "@example.net", ItEnvironment.DEMO_PASSWORD);
            long child = array(ok(Api.get("/api/v1/household/children", "Authorization", auth))).getJsonObject(0)
                    .getJsonNumber("id").longValue();
            results.add(book(auth, items(child, session), null).getJsonObject(0).getString("result"));
        }
        assertEquals(List.of("CONFIRMED", "WAITING", "WAITING", "WAITING"), results);
        List<Long> waiting = bookingIds(session, "WAITING");

        HttpResponse<String> raised = Api.send(Api.request("/api/v1/staff/sessions/" + session + "/capacity")
                .header("Content-Type", "application/json").header("Authorization", AGENT)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"capacity\":3}")));
        assertEquals(200, raised.statusCode(), raised.body());
        assertEquals(List.of(3, 1), counters(session));
        assertEquals(List.of(waiting.get(2)), bookingIds(session, "WAITING"), "the last one still waits");
    }

    @Test
    void whenTheTownCancelsASessionItsBookingsAreCancelledAndTheFamiliesTold() throws SQLException {
        long session = sessionOfANewActivity("Sortie au musée " + System.nanoTime(), "NONE", 0, 5);
        int mailsBefore = Mailbox.received("parent@example.org").size();
        long booking = book(PARENT, items(lea, session), null).getJsonObject(0).getJsonNumber("bookingId").longValue();

        HttpResponse<String> cancelled = Api.postJson("/api/v1/staff/sessions/" + session + "/cancel",
                "{\"reason\":\"Grève des transports\"}", "Authorization", AGENT);
        assertEquals(200, cancelled.statusCode(), cancelled.body());

        assertEquals(List.of(), bookingIds(session, "CONFIRMED"));
        assertEquals(List.of(0, 0), counters(session));
        JsonObject line = array(ok(Api.get("/api/v1/children/" + lea + "/bookings/history", "Authorization", PARENT)))
                .stream().map(JsonValue::asJsonObject).filter(c -> c.getJsonNumber("bookingId").longValue() == booking)
                .findFirst().orElseThrow();
        assertEquals("CANCELLED SYSTEM Grève des transports",
                line.getString("action") + " " + line.getString("actorKind") + " " + line.getString("reason"));
        Mailbox.Mail notice = awaitMail("parent@example.org", mailsBefore, m -> m.subject().contains("séance annulée"));
        assertTrue(notice.body().contains("Léa") && notice.body().contains("Grève des transports"), notice.body());
    }

    @Test
    void cancellingAfterTheDeadlineIsRefusedWithTheDeadlineShownAndOnlyAnAgentOverridesItWithAReason() throws SQLException {
        long session = sessionOfANewActivity("Atelier cirque " + System.nanoTime(), "NONE", 0, "CALENDAR_DAYS", 30, 10);
        String auth = family(390);
        long child = firstChild(auth);
        long booking = book(auth, items(child, session), null).getJsonObject(0).getJsonNumber("bookingId").longValue();

        HttpResponse<String> late = Api.send(Api.request("/api/v1/bookings/" + booking).header("Authorization", auth).DELETE());
        assertEquals(409, late.statusCode(), late.body());
        JsonObject problem = Api.json(late);
        assertEquals("deadline.cancel.passed", problem.getString("rule"));
        assertEquals(TODAY.plusDays(20).minusDays(30), java.time.OffsetDateTime.parse(problem.getString("deadline")).toLocalDate());
        assertEquals(List.of(booking), bookingIds(session, "CONFIRMED"), "nothing changed");

        long household = householdOf(auth);
        JsonArray byAgent = array(ok(Api.postJson("/api/v1/bookings/cancellations", "{\"householdId\":" + household
                + ",\"bookingIds\":[" + booking + "],\"overrideReason\":\"Certificat médical\"}", "Authorization", AGENT)));
        assertEquals("CANCELLED", byAgent.getJsonObject(0).getString("result"));
        JsonObject line = array(ok(Api.get("/api/v1/children/" + child + "/bookings/history", "Authorization", auth)))
                .getJsonObject(0);
        assertEquals("CANCELLED STAFF Certificat médical", line.getString("action") + " " + line.getString("actorKind")
                + " " + line.getString("reason"));
        assertEquals(1, auditCount("BOOKING_CANCELLED", booking));
    }

    @Test
    void aFamilySeesItsPlaceOnTheWaitingListAndStaffGiveAPlaceOrTakeAChildOffWithAMessage() throws SQLException {
        long session = sessionOfANewActivity("Patinoire " + System.nanoTime(), "NONE", 0, 1);
        List<String> families = List.of(family(391), family(392), family(393), family(394));
        List<Long> children = new ArrayList<>();
        for (String auth : families) {
            long child = firstChild(auth);
            children.add(child);
            book(auth, items(child, session), null);
        }
        List<Long> waiting = bookingIds(session, "WAITING");
        assertEquals(3, waiting.size());
        assertEquals(List.of(1, 2, 3), List.of(position(families.get(1), children.get(1), session),
                position(families.get(2), children.get(2), session), position(families.get(3), children.get(3), session)));

        // the first one waiting leaves the list: the others move up
        assertEquals("CANCELLED", Api.json(ok(Api.send(Api.request("/api/v1/bookings/" + waiting.get(0))
                .header("Authorization", families.get(1)).DELETE()))).getString("result"));
        assertEquals(1, position(families.get(2), children.get(2), session));

        // staff see the queue; a parent may not
        JsonObject queue = array(ok(Api.get("/api/v1/staff/waiting-lists?from=" + TODAY, "Authorization", AGENT))).stream()
                .map(JsonValue::asJsonObject).filter(q -> q.getJsonNumber("sessionId").longValue() == session)
                .findFirst().orElseThrow();
        assertEquals(List.of(waiting.get(1), waiting.get(2)), queue.getJsonArray("waiting").stream()
                .map(w -> w.asJsonObject().getJsonNumber("bookingId").longValue()).toList());
        assertEquals(403, Api.get("/api/v1/staff/waiting-lists", "Authorization", families.get(0)).statusCode());
        assertEquals(403, Api.postJson("/api/v1/staff/bookings/" + waiting.get(2) + "/promotion", "{}",
                "Authorization", families.get(3)).statusCode());

        // giving the last one a place on a full session needs a reason, and adds the place
        HttpResponse<String> noReason = Api.postJson("/api/v1/staff/bookings/" + waiting.get(2) + "/promotion", "{}",
                "Authorization", AGENT);
        assertEquals(400, noReason.statusCode(), noReason.body());
        assertEquals(204, Api.postJson("/api/v1/staff/bookings/" + waiting.get(2) + "/promotion",
                "{\"reason\":\"Fratrie déjà inscrite\"}", "Authorization", AGENT).statusCode());
        assertEquals(List.of(2, 1), counters(session));
        awaitMail(ownerEmail(waiting.get(2)), 0, m -> m.subject().contains("place"));

        // taking a child off needs a message, which the family receives and reads in the history
        HttpResponse<String> noMessage = Api.postJson("/api/v1/staff/bookings/" + waiting.get(1) + "/removal", "{}",
                "Authorization", AGENT);
        assertEquals(400, noMessage.statusCode(), noMessage.body());
        assertEquals(204, Api.postJson("/api/v1/staff/bookings/" + waiting.get(1) + "/removal",
                "{\"message\":\"Séance réservée aux enfants du quartier\"}", "Authorization", AGENT).statusCode());
        assertEquals(List.of(2, 0), counters(session));
        Mailbox.Mail removed = awaitMail(ownerEmail(waiting.get(1)), 0,
                m -> m.body().contains("Séance réservée aux enfants du quartier"));
        assertTrue(removed.subject().contains("liste d'attente") || removed.subject().contains("waiting list"), removed.subject());
        assertEquals("CANCELLED", array(ok(Api.get("/api/v1/children/" + children.get(2) + "/bookings?from=" + TODAY
                + "&to=" + TODAY.plusDays(30), "Authorization", families.get(2)))).stream().map(JsonValue::asJsonObject)
                .filter(b -> b.getJsonNumber("sessionId").longValue() == session).findFirst().orElseThrow().getString("status"));
    }

    @Test
    void placesKeptForAnAgeGroupLimitItsChildrenEvenWithPlacesLeftOnTheSession() throws SQLException {
        long session = sessionOfANewActivity("Mini-camp " + System.nanoTime(), "NONE", 0, 10);
        long activity = activityOf(session);
        HttpResponse<String> overlapping = Api.send(Api.request("/api/v1/staff/activities/" + activity + "/age-groups")
                .header("Content-Type", "application/json").header("Authorization", AGENT)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"ageGroups\":[{\"label\":\"0-8 ans\",\"minAge\":0,"
                        + "\"maxAge\":8,\"places\":2},{\"label\":\"8-17 ans\",\"minAge\":8,\"maxAge\":17,\"places\":2}]}")));
        assertEquals(400, overlapping.statusCode(), overlapping.body());
        HttpResponse<String> groups = Api.send(Api.request("/api/v1/staff/activities/" + activity + "/age-groups")
                .header("Content-Type", "application/json").header("Authorization", AGENT)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"ageGroups\":[{\"label\":\"Tous âges\",\"minAge\":0,\"maxAge\":25,\"places\":1}]}")));
        assertEquals(200, groups.statusCode(), groups.body());

        String first = family(313);
        String second = family(314);
        assertEquals("CONFIRMED", book(first, items(firstChild(first), session), null).getJsonObject(0).getString("result"));
        assertEquals("WAITING", book(second, items(firstChild(second), session), null).getJsonObject(0).getString("result"),
                "the group's only place is taken although the session has nine left");
        assertEquals(List.of(1, 1), counters(session));

        // the group's place freed goes to the child waiting in that group
        long confirmed = bookingIds(session, "CONFIRMED").get(0);
        long waiting = bookingIds(session, "WAITING").get(0);
        cancel(first, "[" + confirmed + "]", null);
        assertEquals(List.of(waiting), bookingIds(session, "CONFIRMED"));
    }

    @Test
    void aChildWithBookingsToComeStaysInTheHouseholdUntilTheyAreCancelled() throws SQLException {
        long session = sessionOfANewActivity("Poterie " + System.nanoTime(), "NONE", 0, 10);
        String auth = family(315);
        long child = firstChild(auth);
        long booking = book(auth, items(child, session), null).getJsonObject(0).getJsonNumber("bookingId").longValue();

        HttpResponse<String> refused = Api.send(Api.request("/api/v1/household/children/" + child)
                .header("Authorization", auth).DELETE());
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("annulez-la d’abord"), refused.body());

        cancel(auth, "[" + booking + "]", null);
        HttpResponse<String> removed = Api.send(Api.request("/api/v1/household/children/" + child)
                .header("Authorization", auth).DELETE());
        assertTrue(removed.statusCode() == 200 || removed.statusCode() == 204, removed.body());
        // the child's booking history is kept, unlinked from the household
        assertEquals(List.of(booking), bookingIds(session, "CANCELLED"));
    }

    @Test
    void pastSessionsShowTheAttendanceMarkedByStaff() {
        // the demo town marked Léa's canteen attendance over the last two school weeks
        List<JsonObject> past = calendar(lea, TODAY.minusDays(14), TODAY.minusDays(1), PARENT);
        List<String> attendance = past.stream().filter(e -> e.containsKey("attendance") && !e.isNull("attendance"))
                .map(e -> e.getString("attendance")).toList();
        assertFalse(attendance.isEmpty(), past.toString());
        assertTrue(attendance.stream().allMatch(a -> List.of("PRESENT", "ABSENT_EXCUSED", "ABSENT_UNEXCUSED",
                "PRESENT_WITHOUT_BOOKING").contains(a)), attendance.toString());
        assertTrue(past.stream().noneMatch(e -> "BOOKABLE".equals(e.getString("state"))), "nothing past is bookable");
    }

    // ------------------------------------------------------------------ helpers

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String family(int number) {
        return Api.basic("famille" + number + "@example.net", ItEnvironment.DEMO_PASSWORD);
    }

    private static long firstChild(String auth) {
        return array(ok(Api.get("/api/v1/household/children", "Authorization", auth))).getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    private static long householdOf(String auth) {
        return Api.json(ok(Api.get("/api/v1/household", "Authorization", auth))).getJsonNumber("id").longValue();
    }

    /** The child's place on the session's waiting list, as the family reads it in its calendar. */
    private static int position(String auth, long child, long session) {
        return calendar(child, TODAY.plusDays(20), TODAY.plusDays(20), auth).stream()
                .filter(e -> e.getJsonNumber("sessionId").longValue() == session).findFirst().orElseThrow()
                .getInt("waitingPosition");
    }

    private static long activityOf(long session) throws SQLException {
        try (Connection c = ItEnvironment.database();
             PreparedStatement s = c.prepareStatement("select activity_id from activity_session where id = ?")) {
            s.setLong(1, session);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int auditCount(String action, long booking) throws SQLException {
        try (Connection c = ItEnvironment.database();
             PreparedStatement s = c.prepareStatement("select count(*) from audit_entry where action = ?"
                     + " and object_type = 'booking' and object_id = ?")) {
            s.setString(1, action);
            s.setString(2, String.valueOf(booking));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The first mail to the recipient, after the first {@code skip} ones, that matches; waited for, one mail at a time. */
    private static Mailbox.Mail awaitMail(String recipient, int skip, java.util.function.Predicate<Mailbox.Mail> wanted) {
        for (int count = skip + 1; ; count++) {
            List<Mailbox.Mail> mails = Mailbox.await(recipient, count);
            for (Mailbox.Mail mail : mails.subList(skip, mails.size())) {
                if (wanted.test(mail)) {
                    return mail;
                }
            }
        }
    }

    private static String items(long... childAndSession) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < childAndSession.length; i += 2) {
            json.append(i == 0 ? "" : ",").append("{\"childId\":").append(childAndSession[i])
                    .append(",\"sessionId\":").append(childAndSession[i + 1]).append('}');
        }
        return json.append(']').toString();
    }

    private static JsonArray book(String auth, String items, String reason) {
        return array(ok(Api.postJson("/api/v1/bookings", "{\"items\":" + items
                + (reason == null ? "" : ",\"overrideReason\":\"" + reason + "\"") + "}", "Authorization", auth)));
    }

    /**
     * Books as a well-behaved client during a sign-in storm: each call signs in (HTTP Basic), and password
     * checks beyond the bounded pool are answered 503 with Retry-After, to try again after it.
     */
    private static JsonArray bookWhenNotBusy(String auth, String items) throws InterruptedException {
        for (int tries = 0; ; tries++) {
            HttpResponse<String> answer = Api.postJson("/api/v1/bookings", "{\"items\":" + items + "}", "Authorization", auth);
            if (answer.statusCode() != 503 || tries == 30) {
                return array(ok(answer));
            }
            assertTrue(answer.headers().firstValue("Retry-After").isPresent(), "503 says when to retry");
            Thread.sleep(1000L * answer.headers().firstValueAsLong("Retry-After").orElse(1));
        }
    }

    private static JsonArray cancel(String auth, String bookingIds, String reason) {
        return array(ok(Api.postJson("/api/v1/bookings/cancellations", "{\"bookingIds\":" + bookingIds
                + (reason == null ? "" : ",\"overrideReason\":\"" + reason + "\"") + "}", "Authorization", auth)));
    }

    private static List<JsonObject> calendar(long child, LocalDate from, LocalDate to, String auth) {
        return array(ok(Api.get("/api/v1/children/" + child + "/calendar?from=" + from + "&to=" + to,
                "Authorization", auth))).stream().map(JsonValue::asJsonObject).toList();
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

    /**
     * A Wednesday activity of the leisure centre open to every child, with a waiting list, and one
     * session in 20 days with the given capacity and booking deadline.
     */
    private static long sessionOfANewActivity(String name, String bookKind, int bookAmount, int capacity) throws SQLException {
        return sessionOfANewActivity(name, bookKind, bookAmount, "NONE", 0, capacity);
    }

    /** The same, with a cancelling deadline too. */
    private static long sessionOfANewActivity(String name, String bookKind, int bookAmount, String cancelKind,
                                              int cancelAmount, int capacity) throws SQLException {
        try (Connection c = ItEnvironment.database()) {
            long activity;
            try (PreparedStatement s = c.prepareStatement("insert into activity (name, type, site_id, regie_code,"
                    + " start_time, end_time, default_capacity, book_kind, book_amount, book_time, cancel_kind,"
                    + " cancel_amount, cancel_time, waiting_list, created_at)"
                    + " select ?, 'WEDNESDAY_CENTRE', id, 'LOISIRS', '09:00', '17:00', ?, ?, ?, '12:00', ?, ?, '12:00', true, " + Sql.now()
                    + " from site where kind = 'LEISURE_CENTRE' order by id limit 1 returning id")) {
                s.setString(1, name);
                s.setInt(2, capacity);
                s.setString(3, bookKind);
                s.setInt(4, bookAmount);
                s.setString(5, cancelKind);
                s.setInt(6, cancelAmount);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    activity = rs.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("insert into activity_session (activity_id, day, start_time,"
                    + " end_time, capacity) values (?, ?, '09:00', '17:00', ?) returning id")) {
                s.setLong(1, activity);
                s.setObject(2, TODAY.plusDays(20));
                s.setInt(3, capacity);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }
    }

    private static List<Integer> counters(long session) throws SQLException {
        try (Connection c = ItEnvironment.database();
             PreparedStatement s = c.prepareStatement("select confirmed, waiting from activity_session where id = ?")) {
            s.setLong(1, session);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return List.of(rs.getInt(1), rs.getInt(2));
            }
        }
    }

    private static List<Long> bookingIds(long session, String status) throws SQLException {
        try (Connection c = ItEnvironment.database();
             PreparedStatement s = c.prepareStatement("select id from booking where session_id = ? and status = ?"
                     + " order by requested_at, id")) {
            s.setLong(1, session);
            s.setString(2, status);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    private static String ownerEmail(long booking) throws SQLException {
        try (Connection c = ItEnvironment.database();
             PreparedStatement s = c.prepareStatement("select a.email from booking b join guardian g on g.household_id"
                     + " = b.household_id join account a on a.id = g.account_id where b.id = ?")) {
            s.setLong(1, booking);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** What the booking mails to the family say of the activity ("réservé", "en liste d’attente"), once sent. */
    private static List<String> bookingMailResults(String email, String activity) {
        Mailbox.awaitMatching(email, m -> m.body().contains(activity));
        return Mailbox.received(email).stream().filter(m -> m.body().contains(activity))
                .flatMap(m -> m.body().lines().filter(l -> l.contains(activity)))
                .map(l -> l.substring(l.lastIndexOf(" : ") + 3).strip()).toList();
    }

    private static void assertOneMailSaying(List<String> results, String french, String english) {
        assertEquals(1, results.size(), results.toString());
        assertTrue(results.get(0).equals(french) || results.get(0).equals(english), results.toString());
    }
}
