package fr.marelle.platform.control;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The fixed windows of the request throttle and its limits as written in settings. */
class ThrottleWindowTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), PARIS);
    }

    @Test
    void anHourWindowStartsOnTheHourWhateverTheInstantInIt() {
        ThrottleWindow w = ThrottleWindow.containing(at("2026-11-17T13:42:05Z").instant(), Duration.ofHours(1));
        assertEquals(Instant.parse("2026-11-17T13:00:00Z"), w.start());
        assertEquals(Instant.parse("2026-11-17T14:00:00Z"), w.end());
        // every instant of the window gives the same one: nodes share one counter row
        assertEquals(w, ThrottleWindow.containing(Instant.parse("2026-11-17T13:00:00Z"), Duration.ofHours(1)));
        assertEquals(w, ThrottleWindow.containing(Instant.parse("2026-11-17T13:59:59.999Z"), Duration.ofHours(1)));
        assertEquals(Instant.parse("2026-11-17T14:00:00Z"),
                ThrottleWindow.containing(Instant.parse("2026-11-17T14:00:00Z"), Duration.ofHours(1)).start());
    }

    @Test
    void aDayWindowIsAlignedOnUtcMidnightAndTenMinutesOnTheTenMinutes() {
        assertEquals(Instant.parse("2026-03-29T00:00:00Z"),
                ThrottleWindow.containing(Instant.parse("2026-03-29T01:30:00Z"), Duration.ofDays(1)).start());
        assertEquals(Instant.parse("2026-11-17T13:40:00Z"),
                ThrottleWindow.containing(Instant.parse("2026-11-17T13:49:59Z"), Duration.ofMinutes(10)).start());
    }

    @Test
    void secondsLeftRoundUpAndAreNeverZero() {
        ThrottleWindow w = ThrottleWindow.containing(Instant.parse("2026-11-17T13:00:00Z"), Duration.ofHours(1));
        assertEquals(3600, w.secondsLeft(Instant.parse("2026-11-17T13:00:00Z")));
        assertEquals(1080, w.secondsLeft(Instant.parse("2026-11-17T13:42:00Z")));
        assertEquals(1, w.secondsLeft(Instant.parse("2026-11-17T13:59:59.500Z")));
        assertEquals(1, w.secondsLeft(Instant.parse("2026-11-17T13:59:59.999Z")));
    }

    @Test
    void waitingMinutesRoundUp() {
        assertEquals(1, new TooManyRequestsException(ThrottledAction.RESET_PER_RECIPIENT, 1).retryAfterMinutes());
        assertEquals(1, new TooManyRequestsException(ThrottledAction.RESET_PER_RECIPIENT, 60).retryAfterMinutes());
        assertEquals(2, new TooManyRequestsException(ThrottledAction.RESET_PER_RECIPIENT, 61).retryAfterMinutes());
    }

    @Test
    void limitsAreWrittenAsCountSlashDuration() {
        assertEquals(new ThrottleLimit(10, Duration.ofHours(1)), ThrottleLimit.parse("10/1h"));
        assertEquals(new ThrottleLimit(3000, Duration.ofMinutes(10)), ThrottleLimit.parse(" 3000 / 10m "));
        assertEquals(new ThrottleLimit(20, Duration.ofDays(1)), ThrottleLimit.parse("20/1d"));
        assertEquals(new ThrottleLimit(5, Duration.ofSeconds(30)), ThrottleLimit.parse("5/30s"));
        for (String wrong : new String[]{"", "10", "10/h", "0/1h", "10/0h", "-1/1h", "10/1w", "ten/1h"}) {
            assertThrows(IllegalArgumentException.class, () -> ThrottleLimit.parse(wrong), wrong);
        }
    }

    @Test
    void everyDefaultLimitParsesAndHasItsOwnSetting() {
        java.util.Set<String> properties = new java.util.HashSet<>();
        for (ThrottledAction action : ThrottledAction.values()) {
            action.defaultLimit();
            assertEquals(true, properties.add(action.property()), action.property());
            assertEquals(true, action.property().matches("marelle\\.throttle\\.[a-z-]+"), action.property());
        }
        assertEquals(new ThrottleLimit(10, Duration.ofHours(1)), ThrottledAction.REGISTRATION_PER_ADDRESS.defaultLimit());
    }
}
