package fr.marelle.enrolment.control;

import fr.marelle.platform.control.Violation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * When a school year's enrolment requests are open to families, without a database: a window is two Paris days,
 * both included, within the reach of the school year it is for (from two years before it starts to its end).
 */
public final class EnrolmentWindowRule {

    private EnrolmentWindowRule() {
    }

    /** A school year's window. */
    public record Window(String schoolYear, LocalDate opensOn, LocalDate closesOn) {

        public boolean isOpenOn(LocalDate day) {
            return !day.isBefore(opensOn) && !day.isAfter(closesOn);
        }
    }

    /** Why a family cannot ask today (the window, when there is one and today is outside it); empty when it can. */
    public static Optional<Violation> refusal(Window window, LocalDate today) {
        if (window == null || window.isOpenOn(today)) {
            return Optional.empty();
        }
        return Optional.of(Violation.of("schoolYear", today.isBefore(window.opensOn()) ? "enrolment.window.notYetOpen"
                : "enrolment.window.closed", window.schoolYear(), messageDay(window.opensOn()), messageDay(window.closesOn())));
    }

    /** A day as the bundle's {n,date,long} formats it in the reader's language (noon: the same day in any zone). */
    static Date messageDay(LocalDate day) {
        return Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    /** The school year (YYYY-YYYY, one year apart) and the days checked, with violations naming the fields. */
    public static Window check(String schoolYear, LocalDate opensOn, LocalDate closesOn, List<Violation> violations) {
        String year = schoolYear == null ? "" : schoolYear.strip();
        int start = 0;
        if (!year.matches("\\d{4}-\\d{4}") || Integer.parseInt(year.substring(5)) != Integer.parseInt(year.substring(0, 4)) + 1) {
            violations.add(Violation.of("schoolYear", "enrolment.window.schoolYear"));
        } else {
            start = Integer.parseInt(year.substring(0, 4));
        }
        if (opensOn == null) {
            violations.add(Violation.of("opensOn", "enrolment.window.opensOnRequired"));
        }
        if (closesOn == null) {
            violations.add(Violation.of("closesOn", "enrolment.window.closesOnRequired"));
        }
        if (opensOn != null && closesOn != null) {
            if (closesOn.isBefore(opensOn)) {
                violations.add(Violation.of("closesOn", "enrolment.window.order"));
            } else if (start > 0 && (opensOn.isBefore(LocalDate.of(start - 2, 1, 1)) || closesOn.isAfter(LocalDate.of(start + 1, 6, 30)))) {
                violations.add(Violation.of("closesOn", "enrolment.window.outOfYear", year));
            }
        }
        return new Window(year, opensOn, closesOn);
    }
}
