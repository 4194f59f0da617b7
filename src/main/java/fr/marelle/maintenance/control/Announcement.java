package fr.marelle.maintenance.control;

import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A maintenance window as the administrator types it (page or API): start and end in Paris time
 * ({@code 2026-09-20T20:00}), messages, and from how many days before the start the banner shows.
 * The field names are those of the JSON body and of the page's inputs.
 */
public record Announcement(String startsAt, String endsAt, String messageFr, String messageEn, Integer announceDaysBefore) {

    public static final int DEFAULT_ANNOUNCE_DAYS = 3;
    static final int MAX_ANNOUNCE_DAYS = 60;
    static final int MESSAGE_MAX = 500;
    /** A window "starting now" typed to the minute is already a little in the past when it arrives. */
    static final Duration START_TOLERANCE = Duration.ofMinutes(5);

    /** The announcement checked: instants in Paris time, messages stripped (no English one: null). */
    public record Checked(OffsetDateTime start, OffsetDateTime end, String messageFr, String messageEn, int announceDays) {
    }

    /** Every broken rule at once, each naming its field. */
    public Checked check(Clock clock) {
        List<Violation> violations = new ArrayList<>();
        OffsetDateTime start = parse("startsAt", startsAt, violations);
        OffsetDateTime end = parse("endsAt", endsAt, violations);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (start != null && start.isBefore(now.minus(START_TOLERANCE))) {
            violations.add(Violation.of("startsAt", "maintenance.startsAt.past"));
        }
        if (start != null && end != null && !end.isAfter(start)) {
            violations.add(Violation.of("endsAt", "maintenance.endsAt.beforeStart"));
        }
        String fr = strip(messageFr);
        String en = strip(messageEn);
        if (fr == null) {
            violations.add(Violation.of("messageFr", "maintenance.message.required"));
        } else if (fr.length() > MESSAGE_MAX) {
            violations.add(Violation.of("messageFr", "maintenance.message.tooLong", MESSAGE_MAX));
        }
        if (en != null && en.length() > MESSAGE_MAX) {
            violations.add(Violation.of("messageEn", "maintenance.message.tooLong", MESSAGE_MAX));
        }
        int days = announceDaysBefore == null ? DEFAULT_ANNOUNCE_DAYS : announceDaysBefore;
        if (days < 0 || days > MAX_ANNOUNCE_DAYS) {
            violations.add(Violation.of("announceDaysBefore", "maintenance.announceDays.range", MAX_ANNOUNCE_DAYS));
        }
        RuleViolationException.throwIfAny(violations);
        return new Checked(start, end, fr, en, days);
    }

    private static OffsetDateTime parse(String field, String typed, List<Violation> violations) {
        if (typed == null || typed.isBlank()) {
            violations.add(Violation.of(field, "maintenance.dateTime.required"));
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip()).atZone(ClockProducer.PARIS).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            violations.add(Violation.of(field, "maintenance.dateTime.invalid"));
            return null;
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
