package fr.marelle.booking.boundary;

import fr.marelle.booking.control.ChildCalendar;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MonthColumnsTest {

    private static final ChildCalendar.Entry SESSION = new ChildCalendar.Entry(null, null, null, null, null, null, null);

    /** December 2026 from Monday 30 November to Sunday 3 January, sessions on the given days of the month. */
    private static List<BookingsPage.Day> december(int... daysWithSessions) {
        List<BookingsPage.Day> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 11, 30); !d.isAfter(LocalDate.of(2027, 1, 3)); d = d.plusDays(1)) {
            boolean inMonth = d.getMonthValue() == 12;
            LocalDate day = d;
            boolean busy = inMonth && java.util.Arrays.stream(daysWithSessions).anyMatch(n -> n == day.getDayOfMonth());
            days.add(new BookingsPage.Day(d, busy ? List.of(SESSION) : List.of(), inMonth));
        }
        return days;
    }

    @Test
    void aMonthOfSchoolDaysHasNoWeekendColumns() {
        assertEquals(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                BookingsPage.columns(december(1, 2, 3, 4, 7, 8)));
    }

    @Test
    void aSaturdayWithASessionBringsItsColumnBackButNotSunday() {
        assertEquals(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY), BookingsPage.columns(december(1, 5)));
    }

    @Test
    void aSundayOutsideTheMonthDoesNotCount() {
        List<BookingsPage.Day> days = december(1);
        // Sunday 3 January is on the grid's edge, outside the month
        days.set(days.size() - 1, new BookingsPage.Day(LocalDate.of(2027, 1, 3), List.of(SESSION), false));
        assertEquals(5, BookingsPage.columns(days).size());
    }
}
