package fr.marelle.planning.control;

import fr.marelle.planning.control.SessionPlanner.Pattern;
import fr.marelle.planning.control.SessionPlanner.Plan;
import fr.marelle.planning.control.SessionPlanner.Request;
import fr.marelle.planning.entity.SchoolZone;
import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which days get a session, on the shipped calendar of zone C. */
class SessionPlannerTest {

    private static final Set<DayOfWeek> SCHOOL_WEEK = EnumSet.of(MONDAY, TUESDAY, THURSDAY, FRIDAY);
    private static final LocalTime START = LocalTime.of(11, 30);
    private static final LocalTime END = LocalTime.of(13, 30);
    private static SchoolCalendar calendar;

    @BeforeAll
    static void readCalendar() throws IOException {
        try (InputStream in = SessionPlannerTest.class.getResourceAsStream(PlanningCalendar.SHIPPED)) {
            calendar = SchoolCalendarFile.parse(in.readAllBytes()).calendar();
        }
    }

    private static Request school(String from, String to, Set<DayOfWeek> days) {
        return new Request(Pattern.SCHOOL_DAYS, LocalDate.parse(from), LocalDate.parse(to), days, null, START, END, 80);
    }

    private static Plan plan(Request r) {
        assertEquals(List.of(), SessionPlanner.check(r, calendar, SchoolZone.C));
        return SessionPlanner.plan(r, calendar, SchoolZone.C, d -> null, Set.of());
    }

    @Test
    void septemberHasEighteenCanteenDays() {
        Plan plan = plan(school("2025-09-01", "2025-09-30", SCHOOL_WEEK));
        assertEquals(18, plan.days().size());
        assertEquals(LocalDate.of(2025, 9, 1), plan.days().get(0));
        assertEquals(List.of(), plan.skipped());
    }

    @Test
    void publicHolidaysSchoolHolidaysAndTheBridgeAreSkippedWithTheirReason() {
        Plan plan = plan(school("2026-05-04", "2026-05-29", SCHOOL_WEEK));
        Map<LocalDate, String> skipped = new java.util.TreeMap<>();
        plan.skipped().forEach(s -> skipped.put(s.day(), s.reasonKey() + ":" + s.detail()));
        assertEquals(Map.of(
                LocalDate.of(2026, 5, 8), "planning.skip.publicHoliday:holiday.victory1945",
                LocalDate.of(2026, 5, 14), "planning.skip.publicHoliday:holiday.ascension",
                LocalDate.of(2026, 5, 15), "planning.skip.schoolHoliday:Pont de l'Ascension",
                LocalDate.of(2026, 5, 25), "planning.skip.publicHoliday:holiday.whitMonday"), skipped);
        // 4 weeks x 4 days - 4 skipped
        assertEquals(12, plan.days().size());
        assertFalse(plan.days().contains(LocalDate.of(2026, 5, 15)));
    }

    @Test
    void zoneCsWinterHolidaysAreSkippedButNotZoneAs() {
        Request feb = school("2026-02-09", "2026-03-13", EnumSet.of(MONDAY));
        Plan c = SessionPlanner.plan(feb, calendar, SchoolZone.C, d -> null, Set.of());
        assertEquals(List.of(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 9)), c.days());
        Plan a = SessionPlanner.plan(feb, calendar, SchoolZone.A, d -> null, Set.of());
        assertEquals(List.of(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9)), a.days()); // zone A: 7 to 22 February
    }

    @Test
    void closuresAndExistingSessionsAreSkipped() {
        Request r = school("2025-09-01", "2025-09-05", SCHOOL_WEEK);
        Plan plan = SessionPlanner.plan(r, calendar, SchoolZone.C,
                d -> d.equals(LocalDate.of(2025, 9, 4)) ? "Grève" : null, Set.of(LocalDate.of(2025, 9, 1)));
        assertEquals(List.of(LocalDate.of(2025, 9, 2), LocalDate.of(2025, 9, 5)), plan.days());
        assertEquals("planning.skip.exists", plan.skipped().get(0).reasonKey());
        assertEquals("planning.skip.closure", plan.skipped().get(1).reasonKey());
        assertEquals("Grève", plan.skipped().get(1).detail());
    }

    @Test
    void wednesdaysOfTheSchoolYear() {
        Plan plan = plan(school("2025-09-01", "2026-07-03", EnumSet.of(WEDNESDAY)));
        assertTrue(plan.days().stream().allMatch(d -> d.getDayOfWeek() == WEDNESDAY));
        assertFalse(plan.days().contains(LocalDate.of(2025, 10, 22)), "Toussaint");
        assertFalse(plan.days().contains(LocalDate.of(2025, 12, 24)), "Christmas holidays");
        assertTrue(plan.days().contains(LocalDate.of(2026, 7, 1)));
        // 44 Wednesdays from 3 Sep 2025 to 1 Jul 2026, minus 2 (Toussaint) 2 (Noël) 2 (hiver C) 2 (printemps C)
        assertEquals(36, plan.days().size());
    }

    @Test
    void holidayDaysArePlannedOnlyInHolidaysAndStillSkipPublicHolidays() {
        Request summer = new Request(Pattern.HOLIDAY_DAYS, LocalDate.of(2026, 6, 29), LocalDate.of(2026, 7, 17),
                EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), null, LocalTime.of(9, 0), LocalTime.of(17, 0), 40);
        Plan plan = plan(summer);
        assertEquals(LocalDate.of(2026, 7, 6), plan.days().get(0), "classes until Friday 3 July");
        assertEquals(9, plan.days().size());
        assertEquals(LocalDate.of(2026, 7, 14), plan.skipped().get(0).day());
    }

    @Test
    void explicitDatesSkipPublicHolidays() {
        Request r = new Request(Pattern.DATES, null, null, null,
                List.of(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 8)), START, END, 12);
        Plan plan = plan(r);
        assertEquals(List.of(LocalDate.of(2026, 4, 8)), plan.days());
        assertEquals("holiday.easterMonday", plan.skipped().get(0).detail());
    }

    @Test
    void badRequestsAreRefused() {
        List<String> keys = SessionPlanner.check(new Request(Pattern.SCHOOL_DAYS, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1),
                Set.of(), null, END, START, 0), calendar, SchoolZone.C).stream().map(Violation::key).toList();
        assertEquals(List.of("planning.generate.endBeforeStart", "planning.generate.weekdaysRequired",
                "planning.generate.endBeforeStartTime", "planning.capacity.range"), keys);
        // sessions outside the school year: the summer, or a period crossing two years
        assertEquals("planning.generate.outsideSchoolYear", SessionPlanner.check(school("2026-06-01", "2026-07-10", SCHOOL_WEEK),
                calendar, SchoolZone.C).get(0).key());
        assertEquals("planning.generate.outsideSchoolYear", SessionPlanner.check(school("2027-06-01", "2027-09-10", SCHOOL_WEEK),
                calendar, SchoolZone.C).get(0).key());
        assertEquals("planning.generate.tooLong", SessionPlanner.check(new Request(Pattern.HOLIDAY_DAYS, LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 1, 1), SCHOOL_WEEK, null, START, END, null), calendar, SchoolZone.C).get(0).key());
        assertEquals("planning.generate.datesRequired", SessionPlanner.check(new Request(Pattern.DATES, null, null, null,
                List.of(), START, END, null), calendar, SchoolZone.C).get(0).key());
    }
}
