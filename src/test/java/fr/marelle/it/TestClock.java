package fr.marelle.it;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Moves the clock of the portal under test while it runs ({@code POST /test-clock}, open to an administrator only
 * because the test portal is started with {@code marelle.clock.adjustable}). Every class sharing the portal
 * expects the clock where it started: a test that moves it puts it back in a finally ({@link #reset()}).
 */
final class TestClock {

    private static final String ADMIN = Api.basic("admin@example.org", ItEnvironment.DEMO_PASSWORD);

    private TestClock() {
    }

    /**
     * The portal's clock just past the next midnight in Paris (the least move that makes tomorrow today);
     * answers the portal's now as it says it.
     */
    static String toTomorrow() {
        LocalDateTime now = LocalDateTime.now(ItEnvironment.clock());
        Duration untilMidnight = Duration.between(now, ItEnvironment.today().plusDays(1).atStartOfDay());
        return move(untilMidnight.toMinutes() + 2);
    }

    /** The portal's clock that much later than where it started; answers the portal's now as it says it. */
    static String forward(Duration later) {
        return move(later.toMinutes());
    }

    /** Back where it started. */
    static void reset() {
        move(0);
    }

    private static String move(long minutes) {
        HttpResponse<String> moved = Api.send(Api.request("/test-clock?minutes=" + minutes).header("Authorization", ADMIN)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, moved.statusCode(), moved.body());
        return moved.body();
    }

}
