package fr.marelle.planning.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicHolidaysTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
            "1818, 1818-03-22", // earliest possible date
            "1943, 1943-04-25", // latest possible date
            "2000, 2000-04-23",
            "2008, 2008-03-23",
            "2011, 2011-04-24",
            "2019, 2019-04-21",
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2028, 2028-04-16",
            "2038, 2038-04-25",
            "2285, 2285-03-22"})
    void easterSundayFollowsTheGregorianComputus(int year, LocalDate easter) {
        assertEquals(easter, PublicHolidays.easterSunday(year));
    }

    @Test
    void theElevenHolidaysOf2026() {
        Map<LocalDate, String> days = PublicHolidays.of(2026);
        assertEquals(List.of(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 8),
                LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 7, 14), LocalDate.of(2026, 8, 15),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 11), LocalDate.of(2026, 12, 25)), List.copyOf(days.keySet()));
        assertEquals("holiday.easterMonday", days.get(LocalDate.of(2026, 4, 6)));
        assertEquals("holiday.ascension", days.get(LocalDate.of(2026, 5, 14)));
        assertEquals("holiday.whitMonday", days.get(LocalDate.of(2026, 5, 25)));
    }

    @ParameterizedTest(name = "{0}: Easter Monday {1}, Ascension {2}, Whit Monday {3}")
    @CsvSource({
            "2025, 2025-04-21, 2025-05-29, 2025-06-09",
            "2026, 2026-04-06, 2026-05-14, 2026-05-25",
            "2027, 2027-03-29, 2027-05-06, 2027-05-17",
            "2028, 2028-04-17, 2028-05-25, 2028-06-05",
            "2038, 2038-04-26, 2038-06-03, 2038-06-14"})
    void theEasterBasedHolidaysMoveWithEaster(int year, LocalDate easterMonday, LocalDate ascension, LocalDate whitMonday) {
        assertEquals("holiday.easterMonday", PublicHolidays.name(easterMonday).orElseThrow());
        assertEquals("holiday.ascension", PublicHolidays.name(ascension).orElseThrow());
        assertEquals("holiday.whitMonday", PublicHolidays.name(whitMonday).orElseThrow());
        assertEquals(java.time.DayOfWeek.THURSDAY, ascension.getDayOfWeek());
        assertEquals(11, PublicHolidays.of(year).size());
    }

    @Test
    void whenAscensionFallsOnTheFirstOfMayTheYearHasTenHolidayDates() {
        // 2008: Easter on 23 March, Ascension on Thursday 1 May
        assertEquals(LocalDate.of(2008, 5, 1), PublicHolidays.easterSunday(2008).plusDays(39));
        assertEquals(10, PublicHolidays.of(2008).size());
        assertTrue(PublicHolidays.isHoliday(LocalDate.of(2008, 5, 1)));
    }

    @Test
    void goodFridayAndBoxingDayAreNotHolidaysOutsideAlsaceMoselle() {
        assertFalse(PublicHolidays.isHoliday(LocalDate.of(2026, 4, 3)));
        assertFalse(PublicHolidays.isHoliday(LocalDate.of(2026, 12, 26)));
        assertFalse(PublicHolidays.isHoliday(LocalDate.of(2026, 4, 5))); // Easter Sunday is a Sunday anyway
    }

    @Test
    void workingDaysAreMondayToFridayWithoutPublicHolidays() {
        assertTrue(PublicHolidays.isWorkingDay(LocalDate.of(2026, 3, 13)));  // Friday
        assertFalse(PublicHolidays.isWorkingDay(LocalDate.of(2026, 3, 14))); // Saturday
        assertFalse(PublicHolidays.isWorkingDay(LocalDate.of(2026, 3, 15))); // Sunday
        assertFalse(PublicHolidays.isWorkingDay(LocalDate.of(2026, 4, 6)));  // Easter Monday
        assertFalse(PublicHolidays.isWorkingDay(LocalDate.of(2026, 5, 14))); // Ascension
        assertTrue(PublicHolidays.isWorkingDay(LocalDate.of(2026, 5, 15)));  // the bridge Friday is a working day
        assertFalse(PublicHolidays.isWorkingDay(LocalDate.of(2026, 7, 14))); // a Tuesday
    }

    @ParameterizedTest(name = "{1} working day(s) before {0} is {2}")
    @CsvSource({
            "2026-03-16, 1, 2026-03-13", // Monday -> Friday
            "2026-03-16, 2, 2026-03-12",
            "2026-04-07, 1, 2026-04-03", // Easter Monday skipped
            "2026-04-07, 2, 2026-04-02",
            "2026-05-18, 2, 2026-05-13", // Ascension Thursday skipped, the bridge Friday counts
            "2026-05-11, 1, 2026-05-07", // Friday 8 May skipped
            "2026-05-04, 1, 2026-04-30", // Friday 1 May skipped, across the month end
            "2027-01-04, 2, 2026-12-30", // New Year's Day skipped, across the year end
            "2028-03-01, 1, 2028-02-29", // leap day
            "2028-01-03, 1, 2027-12-31"})
    void workingDaysBefore(LocalDate day, int n, LocalDate expected) {
        assertEquals(expected, PublicHolidays.workingDaysBefore(day, n));
    }

    @Test
    void zeroWorkingDaysIsNotAQuestionForThisMethod() {
        assertThrows(IllegalArgumentException.class, () -> PublicHolidays.workingDaysBefore(LocalDate.of(2026, 1, 5), 0));
    }
}
