package fr.marelle.platform.control;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortalClockTest {

    // Friday 4 December 2026, 18:40 in Paris (UTC+1)
    private static final Clock REAL = Clock.fixed(Instant.parse("2026-12-04T17:40:00Z"), ZoneOffset.UTC);

    @Test
    void withoutADayTheClockIsTheRealOneInParis() {
        Clock clock = PortalClock.of(null, REAL);
        assertEquals(LocalDateTime.of(2026, 12, 4, 18, 40), LocalDateTime.now(clock));
        assertEquals(ClockProducer.PARIS, clock.getZone());
        assertEquals(LocalDateTime.now(clock), LocalDateTime.now(PortalClock.of("  ", REAL)));
    }

    @Test
    void aDayKeepsTheRealTimeOfDayInParisEvenAcrossASummerTimeChange() {
        // 14 July is in summer time (UTC+2): the local time of day stays 18:40, not 19:40
        assertEquals(LocalDateTime.of(2026, 7, 14, 18, 40), LocalDateTime.now(PortalClock.of("2026-07-14", REAL)));
    }

    @Test
    void aDayAndTimeStartsTheClockThere() {
        Clock clock = PortalClock.of("2026-12-04T23:30", REAL);
        assertEquals(LocalDateTime.of(2026, 12, 4, 23, 30), LocalDateTime.now(clock));
    }

    @Test
    void theMovedClockKeepsRunning() {
        Clock clock = PortalClock.of("2027-02-28T23:59:30", Clock.systemUTC());
        LocalDateTime first = LocalDateTime.now(clock);
        assertTrue(!first.isBefore(LocalDateTime.of(2027, 2, 28, 23, 59, 30)));
        assertTrue(first.isBefore(LocalDateTime.of(2027, 2, 28, 23, 59, 40)));
        assertEquals(LocalDate.of(2027, 3, 1), LocalDate.now(Clock.offset(clock, java.time.Duration.ofMinutes(1))));
    }

    @Test
    void anUnreadableDayIsRefusedWithTheExpectedForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PortalClock.of("14/07/2026", REAL));
        assertTrue(e.getMessage().contains("YYYY-MM-DD"), e.getMessage());
    }

    @Test
    void aMovedClockIsRefusedOutsideDemoModeUnlessExplicitlyAllowed() {
        String reason = PortalClock.refusal("2026-07-14", false, false).orElseThrow();
        assertTrue(reason.contains("MARELLE_TODAY_ALLOWED=true"), reason);
        assertTrue(PortalClock.refusal("2026-07-14", false, true).isEmpty());
        assertTrue(PortalClock.refusal("2026-07-14T23:30", true, false).isEmpty());
    }

    @Test
    void anUnreadableDayIsRefusedAtStartUp() {
        assertTrue(PortalClock.refusal("demain", true, false).orElseThrow().contains("YYYY-MM-DD"));
    }

    @Test
    void twoClocksGivenTheSameAnchorAgreeWhenEverTheyAreMade() {
        Instant anchor = Instant.parse("2026-12-04T17:40:00Z");
        Clock tests = PortalClock.of("2026-07-14", anchor, REAL);
        Clock portal = PortalClock.of("2026-07-14", anchor, Clock.offset(REAL, java.time.Duration.ofSeconds(56)));
        assertEquals(LocalDateTime.of(2026, 7, 14, 18, 40), LocalDateTime.now(tests));
        assertEquals(LocalDateTime.of(2026, 7, 14, 18, 40, 56), LocalDateTime.now(portal));
    }
}
