package fr.marelle.booking.control;

import fr.marelle.booking.control.BookingDecision.Facts;
import fr.marelle.booking.control.BookingDecision.Result;
import fr.marelle.planning.control.BookingDeadlines;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookingDecisionTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 11);
    private static final BookingDeadlines.Answer OPEN = new BookingDeadlines.Answer(BookingDeadlines.Action.BOOK, true,
            ZonedDateTime.of(2027, 3, 4, 23, 59, 0, 0, ZoneId.of("Europe/Paris")), "deadline.book.open");
    private static final BookingDeadlines.Answer PASSED = new BookingDeadlines.Answer(BookingDeadlines.Action.BOOK, false,
            ZonedDateTime.of(2027, 3, 4, 12, 0, 0, 0, ZoneId.of("Europe/Paris")), "deadline.book.passed");

    /** A canteen session for 6-11 year olds in CP-CM2 with room left, booking open. */
    private static Facts facts(int confirmed, boolean waitingList, BookingDeadlines.Answer deadline) {
        return new Facts(true, true, 20, confirmed, waitingList, false, false, 6, 11,
                Set.of("CP", "CE1", "CE2", "CM1", "CM2"), false, DAY, LocalDate.of(2018, 6, 1), "CE2", true,
                false, deadline, false);
    }

    @Test
    void aPlaceLeftAndTheDeadlineOpenConfirms() {
        assertEquals(Result.CONFIRMED, BookingDecision.decide(facts(19, false, OPEN)).result());
    }

    @Test
    void onlyThePlacesLeftAreLeftToDecideUnderTheSessionsLockAndAFullSessionWaitsOrIsRefused() {
        // everything else is settled before any lock: the counters read then do not matter
        assertTrue(BookingDecision.beforeCapacity(facts(0, true, OPEN)).isEmpty());
        assertTrue(BookingDecision.beforeCapacity(facts(20, true, OPEN)).isEmpty());
        assertEquals("deadline.book.passed", BookingDecision.beforeCapacity(facts(0, true, PASSED)).orElseThrow().reasonKey());
        // the conditional update found no place left
        assertEquals(Result.WAITING, BookingDecision.onCapacity(facts(3, true, OPEN).full()).result());
        assertEquals("booking.refused.full", BookingDecision.onCapacity(facts(3, false, OPEN).full()).reasonKey());
    }

    @Test
    void aFullSessionGoesToTheWaitingListWhenTheActivityUsesOne() {
        assertEquals(Result.WAITING, BookingDecision.decide(facts(20, true, OPEN)).result());
        var refused = BookingDecision.decide(facts(20, false, OPEN));
        assertEquals(Result.REFUSED, refused.result());
        assertEquals("booking.refused.full", refused.reasonKey());
    }

    @Test
    void aFullAgeGroupWaitsOrIsRefusedEvenWithPlacesLeftOnTheSession() {
        Facts f = facts(10, false, OPEN);
        Facts groupFull = new Facts(true, true, 20, 10, false, false, false, 6, 11, f.levelCodes(), false, DAY,
                f.birthDate(), "CE2", true, false, OPEN, false, new BookingDecision.GroupRoom("6-11 ans", 8, 8), false);
        var refused = BookingDecision.decide(groupFull);
        assertEquals("booking.refused.groupFull", refused.reasonKey());
        assertEquals("Complet pour la tranche d’âge « 6-11 ans ».", refused.text(Locale.FRENCH));
        Facts withWaitingList = new Facts(true, true, 20, 10, true, false, false, 6, 11, f.levelCodes(), false, DAY,
                f.birthDate(), "CE2", true, false, OPEN, false, new BookingDecision.GroupRoom("6-11 ans", 8, 8), false);
        assertEquals(Result.WAITING, BookingDecision.decide(withWaitingList).result());
        Facts roomInGroup = new Facts(true, true, 20, 10, false, false, false, 6, 11, f.levelCodes(), false, DAY,
                f.birthDate(), "CE2", true, false, OPEN, false, new BookingDecision.GroupRoom("6-11 ans", 8, 7), false);
        assertEquals(Result.CONFIRMED, BookingDecision.decide(roomInGroup).result());
        Facts sessionFull = new Facts(true, true, 20, 20, false, false, false, 6, 11, f.levelCodes(), false, DAY,
                f.birthDate(), "CE2", true, false, OPEN, false, new BookingDecision.GroupRoom("6-11 ans", 8, 3), false);
        assertEquals("booking.refused.full", BookingDecision.decide(sessionFull).reasonKey(), "the session's capacity still holds");
    }

    @Test
    void aSchoolCanteenIsForThatSchoolsPupilsOnly() {
        Facts f = facts(3, false, OPEN);
        Facts otherSchool = new Facts(true, true, 20, 3, false, false, false, 6, 11, f.levelCodes(), false, DAY,
                f.birthDate(), "CE2", true, false, OPEN, false, null, true);
        assertEquals("booking.refused.otherSchool", BookingDecision.decide(otherSchool).reasonKey());
    }

    @Test
    void bookingAfterTheDeadlineIsRefusedWithTheDeadlineShown() {
        var refused = BookingDecision.decide(facts(3, false, PASSED));
        assertEquals(Result.REFUSED, refused.result());
        assertTrue(refused.text(Locale.FRENCH).contains("12:00"), refused.text(Locale.FRENCH));
    }

    @Test
    void anAgentOverridesDeadlineAndCapacityWithAReason() {
        Facts late = facts(20, false, PASSED);
        Facts overridden = new Facts(late.sessionOpen(), late.activityActive(), late.capacity(), late.confirmed(),
                late.waitingListUsed(), false, false, late.minAge(), late.maxAge(), late.levelCodes(), false, DAY,
                late.birthDate(), late.levelCode(), true, false, PASSED, true);
        assertEquals(Result.CONFIRMED, BookingDecision.decide(overridden).result());
    }

    @Test
    void theSameChildOnTheSameSessionIsAlreadyBooked() {
        Facts f = facts(3, false, OPEN);
        Facts again = new Facts(true, true, 20, 3, false, false, false, 6, 11, f.levelCodes(), false, DAY,
                f.birthDate(), "CE2", true, true, OPEN, false);
        assertEquals(Result.ALREADY_BOOKED, BookingDecision.decide(again).result());
    }

    @Test
    void eligibilityByAgeOnTheSessionDayLevelAndResidence() {
        // 6 years old on 1 June 2024 + 6 = 2024-06-01 birth: 2 years old on the session day
        Facts tooYoung = new Facts(true, true, 20, 0, false, false, false, 6, 11, Set.of(), false, DAY,
                LocalDate.of(2024, 6, 1), "PS", true, false, OPEN, false);
        assertEquals("booking.refused.age", BookingDecision.decide(tooYoung).reasonKey());
        // turns 6 on the session day: eligible
        Facts birthday = new Facts(true, true, 20, 0, false, false, false, 6, 11, Set.of(), false, DAY,
                DAY.minusYears(6), "CP", true, false, OPEN, false);
        assertEquals(Result.CONFIRMED, BookingDecision.decide(birthday).result());
        Facts wrongLevel = new Facts(true, true, 20, 0, false, false, false, null, null, Set.of("CM1", "CM2"), false,
                DAY, LocalDate.of(2018, 6, 1), "CE2", true, false, OPEN, false);
        assertEquals("booking.refused.level", BookingDecision.decide(wrongLevel).reasonKey());
        Facts nonResident = new Facts(true, true, 20, 0, false, false, false, null, null, Set.of(), true, DAY,
                LocalDate.of(2018, 6, 1), "CE2", false, false, OPEN, false);
        assertEquals("booking.refused.residentsOnly", BookingDecision.decide(nonResident).reasonKey());
    }

    @Test
    void anActivityNeedingARegistrationIsBookableOnlyOnceItIsAccepted() {
        Facts pending = new Facts(true, true, 20, 0, false, true, false, null, null, Set.of(), false, DAY,
                LocalDate.of(2018, 6, 1), "CE2", true, false, OPEN, false);
        assertEquals("booking.refused.registrationNeeded", BookingDecision.decide(pending).reasonKey());
        Facts accepted = new Facts(true, true, 20, 0, false, true, true, null, null, Set.of(), false, DAY,
                LocalDate.of(2018, 6, 1), "CE2", true, false, OPEN, false);
        assertEquals(Result.CONFIRMED, BookingDecision.decide(accepted).result());
    }

    @Test
    void aClosedOrCancelledSessionCannotBeBooked() {
        Facts closed = new Facts(false, true, 20, 0, true, false, false, null, null, Set.of(), false, DAY,
                LocalDate.of(2018, 6, 1), "CE2", true, false, OPEN, true);
        assertEquals("booking.refused.sessionClosed", BookingDecision.decide(closed).reasonKey());
    }
}
