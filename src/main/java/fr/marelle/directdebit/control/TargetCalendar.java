package fr.marelle.directdebit.control;

import fr.marelle.planning.control.PublicHolidays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The TARGET2 calendar of the euro interbank system (TREASURY.md §2.4): every day is a business day except Saturdays,
 * Sundays, 1 January, Good Friday, Easter Monday, 1 May, 25 and 26 December. A debit's due date must be one, and the
 * file must reach the bank at least one business day before it (D-1).
 */
public final class TargetCalendar {

    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(12, 25), MonthDay.of(12, 26));

    private TargetCalendar() {
    }

    public static boolean isBusinessDay(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY || FIXED.contains(MonthDay.from(day))) {
            return false;
        }
        LocalDate easter = PublicHolidays.easterSunday(day.getYear());
        return !day.equals(easter.minusDays(2)) && !day.equals(easter.plusDays(1));
    }

    /** The day itself if it is a business day, otherwise the next one. */
    public static LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isBusinessDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The business day before the given day (the last day a file for it may reach the bank). */
    public static LocalDate previousBusinessDay(LocalDate day) {
        LocalDate d = day.minusDays(1);
        while (!isBusinessDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The earliest due date for a file sent today: a business day with at least one business day between (D-1). */
    public static LocalDate earliestDueDate(LocalDate sentOn) {
        LocalDate d = onOrAfter(sentOn.plusDays(1));
        while (previousBusinessDay(d).isBefore(sentOn)) {
            d = onOrAfter(d.plusDays(1));
        }
        return d;
    }
}
