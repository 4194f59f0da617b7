package fr.marelle.planning.control;

import fr.marelle.planning.entity.SchoolZone;
import fr.marelle.platform.control.Violation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Which days get a session: weekdays during school periods, weekdays during school holidays, or
 * explicit dates, between two dates, skipping public holidays, closures and (for school periods)
 * school holidays; days that already have the session are skipped too. Pure rules.
 */
public final class SessionPlanner {

    public enum Pattern { SCHOOL_DAYS, HOLIDAY_DAYS, DATES }

    /** What staff ask for; capacity null means the activity's default. */
    public record Request(Pattern pattern, LocalDate from, LocalDate to, Set<DayOfWeek> weekdays, List<LocalDate> dates,
                          LocalTime start, LocalTime end, Integer capacity) {
    }

    /** A day left out, and why (message key and its argument). */
    public record Skipped(LocalDate day, String reasonKey, String detail) {
    }

    public record Plan(List<LocalDate> days, List<Skipped> skipped) {
    }

    static final int MAX_DAYS = 400;

    private SessionPlanner() {
    }

    /** The request's own checks, and "sessions outside the school year". */
    public static List<Violation> check(Request r, SchoolCalendar calendar, SchoolZone zone) {
        List<Violation> v = new ArrayList<>();
        if (r.pattern() == null) {
            v.add(Violation.of("pattern", "planning.generate.patternRequired"));
            return v;
        }
        if (r.pattern() == Pattern.DATES) {
            if (r.dates() == null || r.dates().isEmpty()) {
                v.add(Violation.of("dates", "planning.generate.datesRequired"));
            }
        } else {
            if (r.from() == null) {
                v.add(Violation.of("from", "planning.generate.fromRequired"));
            }
            if (r.to() == null) {
                v.add(Violation.of("to", "planning.generate.toRequired"));
            }
            if (r.from() != null && r.to() != null) {
                if (r.to().isBefore(r.from())) {
                    v.add(Violation.of("to", "planning.generate.endBeforeStart"));
                } else if (ChronoUnit.DAYS.between(r.from(), r.to()) >= MAX_DAYS) {
                    v.add(Violation.of("to", "planning.generate.tooLong", MAX_DAYS));
                } else if (r.pattern() == Pattern.SCHOOL_DAYS) {
                    Optional<SchoolCalendar.Year> year = calendar.yearOf(zone, r.from());
                    if (year.isEmpty() || !year.get().contains(r.to())) {
                        v.add(Violation.of("to", "planning.generate.outsideSchoolYear", zone.name()));
                    }
                }
            }
            if (r.weekdays() == null || r.weekdays().isEmpty()) {
                v.add(Violation.of("weekdays", "planning.generate.weekdaysRequired"));
            }
        }
        if (r.start() == null || r.end() == null) {
            v.add(Violation.of("start", "planning.generate.timesRequired"));
        } else if (!r.end().isAfter(r.start())) {
            v.add(Violation.of("end", "planning.generate.endBeforeStartTime"));
        }
        if (r.capacity() != null && (r.capacity() < 1 || r.capacity() > 10000)) {
            v.add(Violation.of("capacity", "planning.capacity.range"));
        }
        return v;
    }

    /**
     * The days to create. {@code closure} gives a closure's reason for a day (or null), {@code existing}
     * the days that already have this session.
     */
    public static Plan plan(Request r, SchoolCalendar calendar, SchoolZone zone, Function<LocalDate, String> closure,
                            Set<LocalDate> existing) {
        TreeSet<LocalDate> candidates = new TreeSet<>();
        if (r.pattern() == Pattern.DATES) {
            candidates.addAll(r.dates());
        } else {
            for (LocalDate d = r.from(); !d.isAfter(r.to()); d = d.plusDays(1)) {
                if (r.weekdays().contains(d.getDayOfWeek())) {
                    candidates.add(d);
                }
            }
        }
        List<LocalDate> days = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (LocalDate d : candidates) {
            Optional<String> holiday = PublicHolidays.name(d);
            String closed = closure.apply(d);
            if (r.pattern() == Pattern.HOLIDAY_DAYS && !calendar.isHolidayPeriod(zone, d)) {
                continue; // not a holiday day: not part of the pattern
            }
            if (holiday.isPresent()) {
                skipped.add(new Skipped(d, "planning.skip.publicHoliday", holiday.get()));
            } else if (r.pattern() == Pattern.SCHOOL_DAYS && !calendar.isSchoolPeriod(zone, d)) {
                skipped.add(new Skipped(d, "planning.skip.schoolHoliday",
                        calendar.holidayOn(zone, d).map(SchoolCalendar.Holiday::description).orElse("")));
            } else if (closed != null) {
                skipped.add(new Skipped(d, "planning.skip.closure", closed));
            } else if (existing.contains(d)) {
                skipped.add(new Skipped(d, "planning.skip.exists", ""));
            } else {
                days.add(d);
            }
        }
        return new Plan(days, skipped);
    }
}
