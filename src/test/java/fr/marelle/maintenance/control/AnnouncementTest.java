package fr.marelle.maintenance.control;

import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AnnouncementTest {

    private static final Clock NOW = Clock.fixed(LocalDateTime.parse("2026-09-10T12:00").atZone(ClockProducer.PARIS).toInstant(),
            ClockProducer.PARIS);

    private static List<String> fields(Announcement a) {
        return assertThrows(RuleViolationException.class, () -> a.check(NOW)).violations().stream().map(Violation::field).toList();
    }

    @Test
    void aWindowInTheFutureInParisTimeWithTheDefaultBannerPeriod() {
        Announcement.Checked c = new Announcement("2026-09-19T20:00", "2026-09-19T23:00", " Mise à jour ", " ", null).check(NOW);
        assertEquals("2026-09-19T20:00+02:00", c.start().toString());
        assertEquals("2026-09-19T23:00+02:00", c.end().toString());
        assertEquals("Mise à jour", c.messageFr());
        assertNull(c.messageEn());
        assertEquals(Announcement.DEFAULT_ANNOUNCE_DAYS, c.announceDays());
    }

    @Test
    void eachWrongFieldIsNamed() {
        assertEquals(List.of("startsAt", "endsAt", "messageFr"), fields(new Announcement(null, "demain", "", null, 3)));
        assertEquals(List.of("endsAt"), fields(new Announcement("2026-09-19T20:00", "2026-09-19T20:00", "x", null, 3)));
        assertEquals(List.of("messageFr", "messageEn", "announceDaysBefore"),
                fields(new Announcement("2026-09-19T20:00", "2026-09-19T21:00", "x".repeat(501), "y".repeat(501), 61)));
        assertEquals(List.of("announceDaysBefore"), fields(new Announcement("2026-09-19T20:00", "2026-09-19T21:00", "x", null, -1)));
    }

    @Test
    void theStartIsInTheFutureWithFiveMinutesOfTolerance() {
        assertEquals(List.of("startsAt"), fields(new Announcement("2026-09-10T11:54", "2026-09-10T13:00", "x", null, 0)));
        new Announcement("2026-09-10T11:56", "2026-09-10T13:00", "x", null, 0).check(NOW);
    }
}
