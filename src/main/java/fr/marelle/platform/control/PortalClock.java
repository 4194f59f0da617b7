package fr.marelle.platform.control;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * The clock of the whole portal: the real time in Europe/Paris, or, when MARELLE_TODAY is set
 * (demos, training sessions, tests), the same clock moved to that day. The moved clock keeps
 * running: it starts at the real local time of day on that day ({@code 2026-07-14}), or at the
 * time given ({@code 2026-07-14T23:30}), and advances with the real time from there.
 */
public final class PortalClock {

    private PortalClock() {
    }

    /** The real clock, or the real clock moved to {@code today} when it is not blank. */
    public static Clock of(String today, Clock real) {
        if (today == null || today.isBlank()) {
            return real.withZone(ClockProducer.PARIS);
        }
        ZonedDateTime now = real.instant().atZone(ClockProducer.PARIS);
        ZonedDateTime start = startOf(today.strip(), now.toLocalTime()).atZone(ClockProducer.PARIS);
        return Clock.offset(real.withZone(ClockProducer.PARIS), Duration.between(now, start));
    }

    /**
     * The local date and time a moved clock starts at: the day with the given time, or with the
     * real time of day when only a day is given.
     *
     * @throws IllegalArgumentException when the value is neither {@code YYYY-MM-DD} nor {@code YYYY-MM-DDTHH:MM[:SS]}
     */
    static LocalDateTime startOf(String today, LocalTime timeOfDay) {
        try {
            return today.contains("T") ? LocalDateTime.parse(today) : LocalDate.parse(today).atTime(timeOfDay);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("MARELLE_TODAY must be a day (YYYY-MM-DD) or a day and time"
                    + " (YYYY-MM-DDTHH:MM), not '" + today + "'", e);
        }
    }
}
