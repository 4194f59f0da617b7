package fr.marelle.planning.entity;

import fr.marelle.platform.control.Violation;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One deadline (to book, or to cancel): its kind, its amount (days, hours, ISO weekday or day of
 * month, depending on the kind) and the time of day. A value object, stored in the activity's row.
 */
public record DeadlineRule(DeadlineKind kind, int amount, LocalTime time) {

    public static final DeadlineRule NONE = new DeadlineRule(DeadlineKind.NONE, 0, null);

    public static DeadlineRule calendarDays(int days, LocalTime time) {
        return new DeadlineRule(DeadlineKind.CALENDAR_DAYS, days, time);
    }

    public static DeadlineRule workingDays(int days, LocalTime time) {
        return new DeadlineRule(DeadlineKind.WORKING_DAYS, days, time);
    }

    public static DeadlineRule hoursBefore(int hours) {
        return new DeadlineRule(DeadlineKind.HOURS_BEFORE, hours, null);
    }

    public static DeadlineRule weekdayOfPreviousWeek(DayOfWeek day, LocalTime time) {
        return new DeadlineRule(DeadlineKind.WEEKDAY_OF_PREVIOUS_WEEK, day.getValue(), time);
    }

    public static DeadlineRule dayOfPreviousMonth(int dayOfMonth, LocalTime time) {
        return new DeadlineRule(DeadlineKind.DAY_OF_PREVIOUS_MONTH, dayOfMonth, time);
    }

    /** The rule's own checks; {@code field} names the input (e.g. bookDeadline). */
    public List<Violation> check(String field) {
        List<Violation> violations = new ArrayList<>();
        if (kind == null) {
            violations.add(Violation.of(field, "planning.deadline.kindRequired"));
            return violations;
        }
        int max = switch (kind) {
            case NONE -> 0;
            case CALENDAR_DAYS -> 365;
            case WORKING_DAYS -> 60;
            case HOURS_BEFORE -> 24 * 90;
            case WEEKDAY_OF_PREVIOUS_WEEK -> 7;
            case DAY_OF_PREVIOUS_MONTH -> 31;
        };
        int min = kind == DeadlineKind.WEEKDAY_OF_PREVIOUS_WEEK || kind == DeadlineKind.DAY_OF_PREVIOUS_MONTH ? 1 : 0;
        if (kind != DeadlineKind.NONE && (amount < min || amount > max)) {
            violations.add(Violation.of(field + "Amount", "planning.deadline.amountRange", min, max));
        }
        if (needsTime() && time == null) {
            violations.add(Violation.of(field + "Time", "planning.deadline.timeRequired"));
        }
        return violations;
    }

    /**
     * "Deadline after the session start": a same-day deadline at a time later than the start of
     * the activity's sessions is refused rather than silently moved.
     */
    public List<Violation> checkAgainst(String field, LocalTime sessionStart) {
        if (sessionStart != null && time != null && amount == 0
                && (kind == DeadlineKind.CALENDAR_DAYS || kind == DeadlineKind.WORKING_DAYS)
                && time.isAfter(sessionStart)) {
            return List.of(Violation.of(field + "Time", "planning.deadline.afterStart", sessionStart.toString()));
        }
        return List.of();
    }

    public boolean needsTime() {
        return kind != DeadlineKind.NONE && kind != DeadlineKind.HOURS_BEFORE;
    }
}
