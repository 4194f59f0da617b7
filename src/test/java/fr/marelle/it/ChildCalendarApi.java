package fr.marelle.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A child's calendar as the family reads it through the API, for tests that need sessions to book
 * whatever day the portal runs as of: in term time, in the holidays, on a Friday night.
 */
final class ChildCalendarApi {

    /** The API lists at most 62 days at a time. */
    private static final int WINDOW_DAYS = 61;
    /** How far ahead to look: beyond the longest holidays (the summer) to the next sessions. */
    private static final int HORIZON_DAYS = 200;

    private ChildCalendarApi() {
    }

    /** The child's sessions from one day to another (at most 62 days). */
    static List<JsonObject> between(long child, LocalDate from, LocalDate to, String auth) {
        HttpResponse<String> response = Api.get("/api/v1/children/" + child + "/calendar?from=" + from + "&to=" + to,
                "Authorization", auth);
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = jakarta.json.Json.createReader(new StringReader(response.body()))) {
            return reader.readArray().stream().map(JsonValue::asJsonObject).toList();
        }
    }

    /**
     * The first {@code count} sessions the family can book for the child from tomorrow on, in the
     * order of the calendar, looking ahead window by window until there are enough.
     */
    static List<JsonObject> firstBookable(long child, String auth, int count) {
        return firstBookable(child, auth, count, entry -> true);
    }

    /** The same, among the sessions that are also {@code wanted}. */
    static List<JsonObject> firstBookable(long child, String auth, int count, Predicate<JsonObject> wanted) {
        LocalDate today = ItEnvironment.today();
        List<JsonObject> found = new ArrayList<>();
        for (LocalDate from = today.plusDays(1); found.size() < count && from.isBefore(today.plusDays(HORIZON_DAYS));
             from = from.plusDays(WINDOW_DAYS + 1)) {
            between(child, from, from.plusDays(WINDOW_DAYS), auth).stream()
                    .filter(ChildCalendarApi::safelyBookable).filter(wanted).forEach(found::add);
        }
        assertTrue(found.size() >= count, count + " sessions to book for child " + child + " within "
                + HORIZON_DAYS + " days of " + today + ": " + found);
        return found.subList(0, count);
    }

    /** The first session the family can book for the child from tomorrow on. */
    static JsonObject firstBookable(long child, String auth) {
        return firstBookable(child, auth, 1).get(0);
    }

    /** Sessions on one of these days of the week. */
    static Predicate<JsonObject> on(DayOfWeek... weekdays) {
        return entry -> List.of(weekdays).contains(day(entry).getDayOfWeek());
    }

    /** Bookable now and still in an hour, so that its deadline does not pass while the test runs. */
    static boolean safelyBookable(JsonObject entry) {
        return "BOOKABLE".equals(entry.getString("state"))
                && OffsetDateTime.parse(entry.getString("bookUntil")).isAfter(OffsetDateTime.now(ItEnvironment.clock()).plusHours(1));
    }

    static long sessionId(JsonObject entry) {
        return entry.getJsonNumber("sessionId").longValue();
    }

    static LocalDate day(JsonObject entry) {
        return LocalDate.parse(entry.getString("day"));
    }
}
