package fr.marelle.platform.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

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
        return of(today, null, real);
    }

    /**
     * The real clock moved so that it read {@code today} at the real instant {@code anchor} (now when
     * null). The integration tests give the portal the anchor they use themselves, so that the
     * portal's clock and theirs agree to the second although the portal starts later.
     */
    public static Clock of(String today, Instant anchor, Clock real) {
        if (today == null || today.isBlank()) {
            return real.withZone(ClockProducer.PARIS);
        }
        ZonedDateTime at = (anchor == null ? real.instant() : anchor).atZone(ClockProducer.PARIS);
        ZonedDateTime start = startOf(today, at.toLocalTime()).atZone(ClockProducer.PARIS);
        return Clock.offset(real.withZone(ClockProducer.PARIS), Duration.between(at, start));
    }

    /**
     * Why the portal must not start with this MARELLE_TODAY, if so: a moved clock is meant for demos,
     * training sessions and tests, so outside demo mode it needs MARELLE_TODAY_ALLOWED; and the value
     * must be readable.
     */
    public static Optional<String> refusal(String today, boolean demo, boolean allowed) {
        if (!demo && !allowed) {
            return Optional.of("MARELLE_TODAY=" + today + " would run the portal as of another day, which is meant for demos,"
                    + " training sessions and tests: it is refused outside demo mode. Remove it, or set"
                    + " MARELLE_TODAY_ALLOWED=true if this portal really must run on that day.");
        }
        try {
            startOf(today, LocalTime.NOON);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * The local date and time a moved clock starts at: the day with the given time, or with the
     * real time of day when only a day is given.
     *
     * @throws IllegalArgumentException when the value is neither {@code YYYY-MM-DD} nor {@code YYYY-MM-DDTHH:MM[:SS]}
     */
    static LocalDateTime startOf(String today, LocalTime timeOfDay) {
        try {
            String day = today.strip();
            return day.contains("T") ? LocalDateTime.parse(day) : LocalDate.parse(day).atTime(timeOfDay);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("MARELLE_TODAY must be a day (YYYY-MM-DD) or a day and time"
                    + " (YYYY-MM-DDTHH:MM), not '" + today + "'", e);
        }
    }
}
