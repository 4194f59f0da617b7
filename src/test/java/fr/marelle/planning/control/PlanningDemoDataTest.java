package fr.marelle.planning.control;

import fr.marelle.planning.entity.SchoolZone;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlanningDemoDataTest {

    private static final SchoolCalendar.Year Y2025 = new SchoolCalendar.Year(SchoolZone.C, "2025-2026",
            LocalDate.of(2025, 9, 1), LocalDate.of(2026, 7, 3));
    private static final SchoolCalendar.Year Y2026 = new SchoolCalendar.Year(SchoolZone.C, "2026-2027",
            LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 2));
    private static final SchoolCalendar.Year OTHER_ZONE = new SchoolCalendar.Year(SchoolZone.A, "2026-2027",
            LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 2));
    private static final SchoolCalendar CALENDAR = new SchoolCalendar(List.of(Y2026, OTHER_ZONE, Y2025), List.of());

    private static List<String> yearsOn(String day) {
        return PlanningDemoData.demoYears(CALENDAR, SchoolZone.C, LocalDate.parse(day)).stream()
                .map(SchoolCalendar.Year::label).toList();
    }

    @Test
    void inTermTheDemoHasTheCurrentYearAndTheNextOnes() {
        assertEquals(List.of("2025-2026", "2026-2027"), yearsOn("2025-11-17"));
        assertEquals(List.of("2026-2027"), yearsOn("2026-11-17"));
    }

    @Test
    void inSummerAndUntilOctoberTheYearJustEndedIsKeptForLastMonthsInvoicesAndTheHolidayCentre() {
        assertEquals(List.of("2025-2026", "2026-2027"), yearsOn("2026-07-14"));
        assertEquals(List.of("2025-2026", "2026-2027"), yearsOn("2026-09-01"));
        assertEquals(List.of("2025-2026", "2026-2027"), yearsOn("2026-10-01"));
    }

    @Test
    void afterTheShippedCalendarTheLatestYearIsUsed() {
        assertEquals(List.of("2026-2027"), yearsOn("2027-12-01"));
        assertEquals(List.of("2025-2026", "2026-2027"), yearsOn("2024-06-01"));
    }
}
