package fr.marelle.attendance.control;

import fr.marelle.attendance.entity.AttendanceStatus;
import fr.marelle.platform.control.Violation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Who may mark attendance, when, and which status fits which child. Pure rules: the callers
 * gather the facts (session day, today in Europe/Paris, lock of the month, the child's booking).
 */
public final class AttendanceRules {

    /** Facts about the session being marked. */
    public record SessionFacts(LocalDate day, LocalDate today, boolean cancelled, boolean monthLocked) {
    }

    /**
     * Facts about one child's mark: the status asked, whether the child has a confirmed booking,
     * the household named by the agent (if any) and the households the child belongs to.
     */
    public record ChildFacts(AttendanceStatus status, boolean booked, Long householdGiven, Set<Long> childHouseholds) {
    }

    private AttendanceRules() {
    }

    /**
     * Attendance is marked only once the session's day has come (never ahead), never on a
     * cancelled session, and never on a month already invoiced.
     */
    public static List<Violation> checkSession(SessionFacts f) {
        List<Violation> violations = new ArrayList<>();
        if (f.day().isAfter(f.today())) {
            violations.add(Violation.of(null, "attendance.refused.future", asDate(f.day())));
        }
        if (f.cancelled()) {
            violations.add(Violation.of(null, "attendance.refused.cancelled"));
        }
        if (f.monthLocked()) {
            violations.add(locked(YearMonth.from(f.day())));
        }
        return violations;
    }

    /** The refusal for a month closed by its invoicing: "attendance of March 2026 is closed: that month is invoiced". */
    public static Violation locked(YearMonth month) {
        return Violation.of(null, "attendance.refused.locked", asDate(month.atDay(1)));
    }

    /**
     * A booked child is present or absent (excused or not); a child without a booking can only be
     * present without booking, for one of its households (the agent names it when there are two).
     */
    public static List<Violation> checkChild(String field, ChildFacts f) {
        List<Violation> violations = new ArrayList<>();
        if (f.status() == null) {
            violations.add(Violation.of(field + ".status", "attendance.status.required"));
            return violations;
        }
        if (f.booked() && f.status() == AttendanceStatus.PRESENT_WITHOUT_BOOKING) {
            violations.add(Violation.of(field + ".status", "attendance.refused.booked"));
        } else if (!f.booked() && f.status() != AttendanceStatus.PRESENT_WITHOUT_BOOKING) {
            violations.add(Violation.of(field + ".status", "attendance.refused.notBooked"));
        } else if (!f.booked()) {
            if (f.childHouseholds().isEmpty()) {
                violations.add(Violation.of(field + ".childId", "attendance.child.unknown"));
            } else if (f.householdGiven() != null && !f.childHouseholds().contains(f.householdGiven())) {
                violations.add(Violation.of(field + ".householdId", "attendance.household.notChild"));
            } else if (f.householdGiven() == null && f.childHouseholds().size() > 1) {
                violations.add(Violation.of(field + ".householdId", "attendance.household.required"));
            }
        }
        return violations;
    }

    /** The household charged for a child present without booking: the one named, or the child's only one. */
    public static long householdWithoutBooking(ChildFacts f) {
        return f.householdGiven() != null ? f.householdGiven() : f.childHouseholds().iterator().next();
    }

    /** Messages format dates with {0,date,...}: noon UTC keeps the day whatever the server's zone. */
    static Date asDate(LocalDate day) {
        return Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
}
