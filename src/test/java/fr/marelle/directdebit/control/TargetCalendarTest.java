package fr.marelle.directdebit.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetCalendarTest {

    @Test
    void easterIsComputedForPastAndFutureYears() {
        assertEquals(LocalDate.of(2024, 3, 31), fr.marelle.planning.control.PublicHolidays.easterSunday(2024));
        assertEquals(LocalDate.of(2025, 4, 20), fr.marelle.planning.control.PublicHolidays.easterSunday(2025));
        assertEquals(LocalDate.of(2026, 4, 5), fr.marelle.planning.control.PublicHolidays.easterSunday(2026));
        assertEquals(LocalDate.of(2027, 3, 28), fr.marelle.planning.control.PublicHolidays.easterSunday(2027));
        assertEquals(LocalDate.of(2038, 4, 25), fr.marelle.planning.control.PublicHolidays.easterSunday(2038));
    }

    @Test
    void weekendsAndTheSixTargetHolidaysAreClosedAndFrenchBankHolidaysAreNot() {
        assertFalse(TargetCalendar.isBusinessDay(LocalDate.of(2026, 1, 1)));
        assertFalse(TargetCalendar.isBusinessDay(LocalDate.of(2026, 4, 3)), "Good Friday");
        assertFalse(TargetCalendar.isBusinessDay(LocalDate.of(2026, 4, 6)), "Easter Monday");
        assertFalse(TargetCalendar.isBusinessDay(LocalDate.of(2026, 5, 1)));
        assertFalse(TargetCalendar.isBusinessDay(LocalDate.of(2026, 12, 25)));
        assertFalse(TargetCalendar.isBusinessDay(LocalDate.of(2026, 12, 26)));
        assertFalse(TargetCalendar.isBusinessDay(LocalDate.of(2026, 12, 5)), "a Saturday");
        assertTrue(TargetCalendar.isBusinessDay(LocalDate.of(2026, 7, 14)), "Bastille Day is a TARGET business day");
        assertTrue(TargetCalendar.isBusinessDay(LocalDate.of(2026, 5, 8)));
        assertTrue(TargetCalendar.isBusinessDay(LocalDate.of(2026, 12, 24)));
    }

    @Test
    void aFileSentTodayIsDueTheNextBusinessDayAtTheEarliest() {
        assertEquals(LocalDate.of(2026, 12, 8), TargetCalendar.earliestDueDate(LocalDate.of(2026, 12, 7)), "Monday for Tuesday");
        assertEquals(LocalDate.of(2026, 12, 7), TargetCalendar.earliestDueDate(LocalDate.of(2026, 12, 4)), "Friday for Monday");
        assertEquals(LocalDate.of(2026, 12, 8), TargetCalendar.earliestDueDate(LocalDate.of(2026, 12, 5)), "Saturday: the bank reads it Monday");
        assertEquals(LocalDate.of(2026, 12, 28), TargetCalendar.earliestDueDate(LocalDate.of(2026, 12, 24)), "over Christmas");
        assertEquals(LocalDate.of(2026, 4, 7), TargetCalendar.earliestDueDate(LocalDate.of(2026, 4, 2)), "over Easter");
        assertEquals(LocalDate.of(2026, 12, 24), TargetCalendar.previousBusinessDay(LocalDate.of(2026, 12, 28)));
    }
}
