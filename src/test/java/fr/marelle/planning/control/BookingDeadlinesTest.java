package fr.marelle.planning.control;

import fr.marelle.planning.control.BookingDeadlines.Action;
import fr.marelle.planning.control.BookingDeadlines.Answer;
import fr.marelle.planning.control.BookingDeadlines.Rules;
import fr.marelle.planning.control.BookingDeadlines.SessionTiming;
import fr.marelle.planning.entity.BookingWindow;
import fr.marelle.planning.entity.DeadlineKind;
import fr.marelle.planning.entity.DeadlineRule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Booking and cancelling deadlines, in Europe/Paris, as the town's rules say them. */
class BookingDeadlinesTest {

    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);
    private static final LocalTime CANTEEN = LocalTime.of(11, 30);

    /** The demo canteen: book up to 7 days before at 10:00, cancel up to 2 working days before at 10:00. */
    private static final Rules CANTEEN_RULES = new Rules(null, DeadlineRule.calendarDays(7, TEN), DeadlineRule.workingDays(2, TEN));

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BookingDeadlines.ZONE).toInstant();
    }

    private static LocalDateTime deadline(DeadlineRule rule, String day, LocalTime start) {
        ZonedDateTime deadline = BookingDeadlines.deadline(rule, LocalDate.parse(day), start);
        assertEquals(BookingDeadlines.ZONE, deadline.getZone());
        return deadline.toLocalDateTime();
    }

    private static SessionTiming session(String day, LocalTime start) {
        return new SessionTiming(LocalDate.parse(day), start, true);
    }

    @Nested
    class CalendarDays {

        @ParameterizedTest(name = "{1} day(s) before {0} at 10:00 is {2}")
        @CsvSource({
                "2026-03-12, 7, 2026-03-05T10:00", // Thursday -> Thursday before
                "2026-03-03, 7, 2026-02-24T10:00", // across the month end
                "2027-01-02, 7, 2026-12-26T10:00", // across the year end
                "2028-03-07, 7, 2028-02-29T10:00", // onto a leap day
                "2028-02-29, 1, 2028-02-28T10:00", // from a leap day
                "2026-03-01, 1, 2026-02-28T10:00", // no 29 February in 2026
                "2026-05-15, 1, 2026-05-14T10:00", // calendar days do not skip holidays (Ascension)
                "2026-03-16, 2, 2026-03-14T10:00", // nor weekends
                "2026-03-12, 0, 2026-03-12T10:00"}) // the same day
        void countBackCalendarDays(String day, int n, LocalDateTime expected) {
            assertEquals(expected, deadline(DeadlineRule.calendarDays(n, TEN), day, CANTEEN));
        }

        @Test
        void theBookingIsOpenUntilTheSecondBeforeTheDeadlineAndClosedFromIt() {
            SessionTiming thursday = session("2026-03-12", CANTEEN);
            Answer before = BookingDeadlines.check(Action.BOOK, thursday, CANTEEN_RULES, paris("2026-03-05T09:59:59"));
            assertTrue(before.open());
            assertEquals(LocalDateTime.parse("2026-03-05T10:00"), before.until().toLocalDateTime());
            assertEquals("deadline.book.open", before.reasonKey());

            Answer at = BookingDeadlines.check(Action.BOOK, thursday, CANTEEN_RULES, paris("2026-03-05T10:00"));
            assertFalse(at.open());
            assertEquals("deadline.book.passed", at.reasonKey());
        }

        @Test
        void tenOClockIsTenOClockInParisBeforeAndAfterTheSpringChange() {
            // summer time starts on Sunday 29 March 2026: 10:00 is 09:00 UTC before, 08:00 UTC after
            assertEquals(Instant.parse("2026-03-24T09:00:00Z"),
                    BookingDeadlines.deadline(DeadlineRule.calendarDays(7, TEN), LocalDate.of(2026, 3, 31), CANTEEN).toInstant());
            assertEquals(Instant.parse("2026-03-30T08:00:00Z"),
                    BookingDeadlines.deadline(DeadlineRule.calendarDays(1, TEN), LocalDate.of(2026, 3, 31), CANTEEN).toInstant());
        }

        @Test
        void tenOClockIsTenOClockInParisAcrossTheAutumnChange() {
            // winter time starts on Sunday 25 October 2026
            assertEquals(Instant.parse("2026-10-21T08:00:00Z"),
                    BookingDeadlines.deadline(DeadlineRule.calendarDays(7, TEN), LocalDate.of(2026, 10, 28), CANTEEN).toInstant());
            assertEquals(Instant.parse("2026-10-27T09:00:00Z"),
                    BookingDeadlines.deadline(DeadlineRule.calendarDays(1, TEN), LocalDate.of(2026, 10, 28), CANTEEN).toInstant());
        }

        @Test
        void aDeadlineInTheSpringGapMovesToTheSameWallTimeAfterTheGapAndInTheAutumnOverlapTakesTheFirst() {
            // 02:30 does not exist on 29 March 2026: the clocks jump from 02:00 to 03:00
            assertEquals(Instant.parse("2026-03-29T01:30:00Z"),
                    BookingDeadlines.deadline(DeadlineRule.calendarDays(1, LocalTime.of(2, 30)), LocalDate.of(2026, 3, 30), CANTEEN).toInstant());
            // 02:30 happens twice on 25 October 2026: the first one (summer time) counts
            assertEquals(Instant.parse("2026-10-25T00:30:00Z"),
                    BookingDeadlines.deadline(DeadlineRule.calendarDays(1, LocalTime.of(2, 30)), LocalDate.of(2026, 10, 26), CANTEEN).toInstant());
        }
    }

    @Nested
    class WorkingDays {

        @ParameterizedTest(name = "{1} working day(s) before {0} at 10:00 is {2}")
        @CsvSource({
                "2026-03-17, 2, 2026-03-13T10:00", // Tuesday -> Friday before (weekend skipped)
                "2026-03-16, 2, 2026-03-12T10:00", // Monday -> Thursday
                "2026-03-16, 1, 2026-03-13T10:00", // "until 10:00 on the previous working day"
                "2026-04-07, 1, 2026-04-03T10:00", // Easter Monday skipped
                "2026-04-07, 2, 2026-04-02T10:00",
                "2026-05-15, 1, 2026-05-13T10:00", // bridge Friday after Ascension: Thursday 14 skipped
                "2026-05-18, 2, 2026-05-13T10:00", // Monday after the bridge: Friday 15 counts, Thursday 14 does not
                "2026-05-26, 1, 2026-05-22T10:00", // Whit Monday skipped
                "2026-05-11, 1, 2026-05-07T10:00", // Friday 8 May skipped
                "2026-05-11, 2, 2026-05-06T10:00",
                "2026-05-04, 1, 2026-04-30T10:00", // Friday 1 May skipped, across the month end
                "2026-07-15, 1, 2026-07-13T10:00", // Tuesday 14 July skipped
                "2026-11-02, 1, 2026-10-30T10:00", // All Saints' Day is a Sunday in 2026
                "2026-11-12, 1, 2026-11-10T10:00", // Armistice (Wednesday) skipped
                "2027-01-04, 2, 2026-12-30T10:00", // New Year's Day skipped, across the year end
                "2028-01-03, 1, 2027-12-31T10:00",
                "2028-03-01, 1, 2028-02-29T10:00", // leap day
                "2026-03-16, 0, 2026-03-16T10:00"}) // the same day
        void countBackWorkingDays(String day, int n, LocalDateTime expected) {
            assertEquals(expected, deadline(DeadlineRule.workingDays(n, TEN), day, CANTEEN));
        }

        @Test
        void acrossTheSpringChangeTheDeadlineStaysAtTenParisTime() {
            // Tuesday 31 March 2026 (summer time), 2 working days before: Friday 27 March (winter time)
            ZonedDateTime d = BookingDeadlines.deadline(DeadlineRule.workingDays(2, TEN), LocalDate.of(2026, 3, 31), CANTEEN);
            assertEquals(LocalDateTime.parse("2026-03-27T10:00"), d.toLocalDateTime());
            assertEquals(Instant.parse("2026-03-27T09:00:00Z"), d.toInstant());
        }
    }

    @Nested
    class HoursBefore {

        @Test
        void fortyEightHoursAreRealHoursAcrossTheSpringChange() {
            // Monday 30 March 2026 08:00 summer time = 06:00 UTC; 48 h before = Saturday 28 March 07:00 winter time
            ZonedDateTime d = BookingDeadlines.deadline(DeadlineRule.hoursBefore(48), LocalDate.of(2026, 3, 30), LocalTime.of(8, 0));
            assertEquals(Instant.parse("2026-03-28T06:00:00Z"), d.toInstant());
            assertEquals(LocalDateTime.parse("2026-03-28T07:00"), d.toLocalDateTime());
        }

        @Test
        void fortyEightHoursAreRealHoursAcrossTheAutumnChange() {
            ZonedDateTime d = BookingDeadlines.deadline(DeadlineRule.hoursBefore(48), LocalDate.of(2026, 10, 26), LocalTime.of(8, 0));
            assertEquals(Instant.parse("2026-10-24T07:00:00Z"), d.toInstant());
            assertEquals(LocalDateTime.parse("2026-10-24T09:00"), d.toLocalDateTime());
        }

        @Test
        void withoutAChangeFortyEightHoursAreTwoDays() {
            assertEquals(LocalDateTime.parse("2026-03-10T08:30"),
                    deadline(DeadlineRule.hoursBefore(48), "2026-03-12", LocalTime.of(8, 30)));
        }
    }

    @Nested
    class WeekdayOfThePreviousWeek {

        @ParameterizedTest(name = "Thursday 12:00 of the week before {0} is {1}")
        @CsvSource({
                "2026-03-16, 2026-03-12T12:00", // Monday
                "2026-03-18, 2026-03-12T12:00", // Wednesday
                "2026-03-22, 2026-03-12T12:00", // Sunday: same week
                "2026-03-23, 2026-03-19T12:00", // next Monday: next week
                "2027-01-04, 2026-12-31T12:00", // across the year end
                "2026-03-05, 2026-02-26T12:00", // across the month end
                "2026-04-01, 2026-03-26T12:00", // across the spring change
                "2026-05-20, 2026-05-14T12:00"}) // even on a public holiday (Ascension): the rule names a day
        void thursdayNoonOfThePreviousWeek(String day, LocalDateTime expected) {
            assertEquals(expected, deadline(DeadlineRule.weekdayOfPreviousWeek(DayOfWeek.THURSDAY, NOON), day, CANTEEN));
        }

        @Test
        void mondayAndSundayOfThePreviousWeek() {
            assertEquals(LocalDateTime.parse("2026-03-09T12:00"),
                    deadline(DeadlineRule.weekdayOfPreviousWeek(DayOfWeek.MONDAY, NOON), "2026-03-20", CANTEEN));
            assertEquals(LocalDateTime.parse("2026-03-15T12:00"),
                    deadline(DeadlineRule.weekdayOfPreviousWeek(DayOfWeek.SUNDAY, NOON), "2026-03-16", CANTEEN));
        }
    }

    @Nested
    class DayOfThePreviousMonth {

        @ParameterizedTest(name = "day {1} of the month before {0} is {2}")
        @CsvSource({
                "2026-04-10, 20, 2026-03-20T10:00",
                "2026-04-30, 20, 2026-03-20T10:00",
                "2027-01-15, 20, 2026-12-20T10:00", // across the year end
                "2026-03-01, 31, 2026-02-28T10:00", // February is shorter
                "2028-03-31, 31, 2028-02-29T10:00", // leap year
                "2028-03-31, 30, 2028-02-29T10:00",
                "2026-05-04, 31, 2026-04-30T10:00", // April has 30 days
                "2026-04-01, 1, 2026-03-01T10:00",
                "2026-11-02, 25, 2026-10-25T10:00"}) // the day of the autumn change
        void dayOfPreviousMonth(String day, int dayOfMonth, LocalDateTime expected) {
            assertEquals(expected, deadline(DeadlineRule.dayOfPreviousMonth(dayOfMonth, TEN), day, CANTEEN));
        }
    }

    @Nested
    class NoDeadline {

        @Test
        void openUntilTheSessionStartsThenClosed() {
            Rules none = new Rules(null, DeadlineRule.NONE, DeadlineRule.NONE);
            SessionTiming s = session("2026-03-12", CANTEEN);
            Answer open = BookingDeadlines.check(Action.BOOK, s, none, paris("2026-03-12T11:29"));
            assertTrue(open.open());
            assertEquals(LocalDateTime.parse("2026-03-12T11:30"), open.until().toLocalDateTime());
            Answer started = BookingDeadlines.check(Action.CANCEL, s, none, paris("2026-03-12T11:30"));
            assertFalse(started.open());
            assertEquals("deadline.started", started.reasonKey());
        }

        @Test
        void aDeadlineLaterThanTheStartIsTheStart() {
            assertEquals(LocalDateTime.parse("2026-03-12T11:30"),
                    deadline(DeadlineRule.calendarDays(0, LocalTime.of(18, 0)), "2026-03-12", CANTEEN));
        }
    }

    @Nested
    class BookingAndCancellingAreSeparate {

        @Test
        void onFridayMorningTuesdayCanNoLongerBeBookedButCanStillBeCancelledUntilTen() {
            SessionTiming tuesday = session("2026-03-17", CANTEEN);
            Instant friday9 = paris("2026-03-13T09:00");
            Answer book = BookingDeadlines.check(Action.BOOK, tuesday, CANTEEN_RULES, friday9);
            assertFalse(book.open());
            assertEquals(LocalDateTime.parse("2026-03-10T10:00"), book.until().toLocalDateTime());
            assertEquals("Délai de réservation dépassé depuis le mardi 10 mars 2026 à 10:00.", book.text(Locale.FRENCH));
            assertEquals("The booking deadline passed on Tuesday 10 March 2026 at 10:00.", book.text(Locale.ENGLISH));

            Answer cancel = BookingDeadlines.check(Action.CANCEL, tuesday, CANTEEN_RULES, friday9);
            assertTrue(cancel.open());
            assertEquals(LocalDateTime.parse("2026-03-13T10:00"), cancel.until().toLocalDateTime());
            assertEquals("Annulation possible jusqu’au vendredi 13 mars 2026 à 10:00.", cancel.text(Locale.FRENCH));

            Answer cancelLate = BookingDeadlines.check(Action.CANCEL, tuesday, CANTEEN_RULES, paris("2026-03-13T10:00:01"));
            assertFalse(cancelLate.open());
            assertEquals("deadline.cancel.passed", cancelLate.reasonKey());
        }

        @Test
        void aClosedOrCancelledSessionCanBeNeitherBookedNorCancelled() {
            SessionTiming closed = new SessionTiming(LocalDate.of(2026, 3, 17), CANTEEN, false);
            Answer answer = BookingDeadlines.check(Action.BOOK, closed, CANTEEN_RULES, paris("2026-01-01T00:00"));
            assertFalse(answer.open());
            assertEquals("deadline.sessionClosed", answer.reasonKey());
            assertEquals("Cette séance est fermée.", answer.text(Locale.FRENCH));
        }
    }

    @Nested
    class BookingWindows {

        /** Summer camp registration from 1 March 08:00 to 15 March 2026 23:59, then 7 days before. */
        private final Rules camp = new Rules(
                new BookingWindow(paris("2026-03-01T08:00"), paris("2026-03-15T23:59")),
                DeadlineRule.calendarDays(7, TEN), DeadlineRule.calendarDays(14, TEN));
        private final SessionTiming july6 = session("2026-07-06", LocalTime.of(9, 0));

        @Test
        void beforeTheWindowBookingIsNotYetOpenAndSaysWhenItOpens() {
            Answer a = BookingDeadlines.check(Action.BOOK, july6, camp, paris("2026-02-28T12:00"));
            assertFalse(a.open());
            assertEquals("deadline.notYetOpen", a.reasonKey());
            assertEquals(LocalDateTime.parse("2026-03-01T08:00"), a.until().toLocalDateTime());
            assertEquals("Les réservations ouvrent le dimanche 1 mars 2026 à 08:00.", a.text(Locale.FRENCH));
        }

        @Test
        void duringTheWindowBookingIsOpenUntilTheWindowCloses() {
            Answer a = BookingDeadlines.check(Action.BOOK, july6, camp, paris("2026-03-01T08:00"));
            assertTrue(a.open());
            assertEquals(LocalDateTime.parse("2026-03-15T23:59"), a.until().toLocalDateTime());
        }

        @Test
        void afterTheWindowBookingIsClosedButCancellingFollowsItsOwnDeadline() {
            Answer a = BookingDeadlines.check(Action.BOOK, july6, camp, paris("2026-03-16T00:00"));
            assertFalse(a.open());
            assertEquals("deadline.windowClosed", a.reasonKey());
            Answer c = BookingDeadlines.check(Action.CANCEL, july6, camp, paris("2026-03-16T00:00"));
            assertTrue(c.open());
            assertEquals(LocalDateTime.parse("2026-06-22T10:00"), c.until().toLocalDateTime());
        }

        @Test
        void whenTheDeadlineComesBeforeTheWindowClosesTheDeadlineCounts() {
            SessionTiming march10 = session("2026-03-10", LocalTime.of(9, 0));
            Answer open = BookingDeadlines.check(Action.BOOK, march10, camp, paris("2026-03-02T09:00"));
            assertTrue(open.open());
            assertEquals(LocalDateTime.parse("2026-03-03T10:00"), open.until().toLocalDateTime());
            Answer passed = BookingDeadlines.check(Action.BOOK, march10, camp, paris("2026-03-04T09:00"));
            assertEquals("deadline.book.passed", passed.reasonKey());
        }
    }

    @Nested
    class RuleChecks {

        @Test
        void amountsOutsideTheirRangeAndMissingTimesAreRefused() {
            assertEquals(2, new DeadlineRule(DeadlineKind.WORKING_DAYS, -1, null).check("book").size());
            assertEquals("planning.deadline.amountRange",
                    new DeadlineRule(DeadlineKind.WEEKDAY_OF_PREVIOUS_WEEK, 8, NOON).check("book").get(0).key());
            assertEquals("planning.deadline.amountRange",
                    new DeadlineRule(DeadlineKind.DAY_OF_PREVIOUS_MONTH, 0, NOON).check("book").get(0).key());
            assertEquals("planning.deadline.kindRequired", new DeadlineRule(null, 0, null).check("book").get(0).key());
            assertTrue(DeadlineRule.hoursBefore(48).check("cancel").isEmpty());
            assertTrue(DeadlineRule.NONE.check("cancel").isEmpty());
            assertTrue(DeadlineRule.dayOfPreviousMonth(31, TEN).check("book").isEmpty());
        }

        @Test
        void aSameDayDeadlineAfterTheSessionStartIsRefused() {
            var v = DeadlineRule.calendarDays(0, LocalTime.of(12, 0)).checkAgainst("book", CANTEEN);
            assertEquals(1, v.size());
            assertEquals("bookTime", v.get(0).field());
            assertEquals("planning.deadline.afterStart", v.get(0).key());
            assertTrue(DeadlineRule.calendarDays(0, LocalTime.of(9, 0)).checkAgainst("book", CANTEEN).isEmpty());
            assertTrue(DeadlineRule.calendarDays(1, LocalTime.of(12, 0)).checkAgainst("book", CANTEEN).isEmpty());
        }

        @Test
        void aWindowThatClosesBeforeItOpensIsRefused() {
            assertEquals("planning.window.endBeforeStart",
                    new BookingWindow(paris("2026-03-15T00:00"), paris("2026-03-01T00:00")).check("window").get(0).key());
            assertTrue(new BookingWindow(null, paris("2026-03-01T00:00")).check("window").isEmpty());
        }

        @Test
        void rulesInWords() {
            assertEquals("2 jours ouvrés avant, à 10:00", BookingDeadlines.describe(DeadlineRule.workingDays(2, TEN), Locale.FRENCH));
            assertEquals("le jour ouvré précédent, à 10:00", BookingDeadlines.describe(DeadlineRule.workingDays(1, TEN), Locale.FRENCH));
            assertEquals("7 days before, at 10:00", BookingDeadlines.describe(DeadlineRule.calendarDays(7, TEN), Locale.ENGLISH));
            assertEquals("le jeudi de la semaine précédente, à 12:00",
                    BookingDeadlines.describe(DeadlineRule.weekdayOfPreviousWeek(DayOfWeek.THURSDAY, NOON), Locale.FRENCH));
            assertEquals("le 20 du mois précédent, à 10:00", BookingDeadlines.describe(DeadlineRule.dayOfPreviousMonth(20, TEN), Locale.FRENCH));
            assertEquals("48 h avant le début", BookingDeadlines.describe(DeadlineRule.hoursBefore(48), Locale.FRENCH));
            assertEquals("jusqu’au début de la séance", BookingDeadlines.describe(DeadlineRule.NONE, Locale.FRENCH));
        }
    }
}
