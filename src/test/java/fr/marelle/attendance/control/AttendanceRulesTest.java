package fr.marelle.attendance.control;

import fr.marelle.attendance.control.AttendanceRules.ChildFacts;
import fr.marelle.attendance.control.AttendanceRules.SessionFacts;
import fr.marelle.attendance.entity.AttendanceStatus;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.AccountStatus;
import fr.marelle.identity.entity.Role;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttendanceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);

    private static Account account(Role role) {
        return new Account("x@example.org", "X", "Y", AccountStatus.ACTIVE, EnumSet.of(role), OffsetDateTime.now());
    }

    private static List<String> keys(List<Violation> violations) {
        return violations.stream().map(Violation::key).toList();
    }

    @Test
    void aSessionIsMarkedOnItsDayOrAfterNeverAhead() {
        assertTrue(AttendanceRules.checkSession(new SessionFacts(TODAY, TODAY, false, false)).isEmpty());
        assertTrue(AttendanceRules.checkSession(new SessionFacts(TODAY.minusDays(20), TODAY, false, false)).isEmpty());
        List<Violation> tomorrow = AttendanceRules.checkSession(new SessionFacts(TODAY.plusDays(1), TODAY, false, false));
        assertEquals(List.of("attendance.refused.future"), keys(tomorrow));
        assertTrue(Messages.text(Locale.FRENCH, tomorrow.get(0)).contains("13 mars 2026"), Messages.text(Locale.FRENCH, tomorrow.get(0)));
    }

    @Test
    void aCancelledSessionIsNotMarked() {
        assertEquals(List.of("attendance.refused.cancelled"),
                keys(AttendanceRules.checkSession(new SessionFacts(TODAY, TODAY, true, false))));
    }

    @Test
    void anInvoicedMonthIsClosedWithTheMonthNamed() {
        List<Violation> v = AttendanceRules.checkSession(new SessionFacts(LocalDate.of(2026, 3, 2), TODAY, false, true));
        assertEquals(List.of("attendance.refused.locked"), keys(v));
        assertEquals("Attendance of March 2026 is closed: that month is invoiced.", Messages.text(Locale.ENGLISH, v.get(0)));
        assertEquals("Le pointage de mars 2026 est clos : ce mois est facturé.", Messages.text(Locale.FRENCH, v.get(0)));
        assertEquals(v, List.of(AttendanceRules.locked(YearMonth.of(2026, 3))));
    }

    @Test
    void aBookedChildIsPresentOrAbsentNeverPresentWithoutBooking() {
        for (AttendanceStatus s : List.of(AttendanceStatus.PRESENT, AttendanceStatus.ABSENT_EXCUSED, AttendanceStatus.ABSENT_UNEXCUSED)) {
            assertTrue(AttendanceRules.checkChild("items[0]", new ChildFacts(s, true, null, Set.of())).isEmpty(), s.name());
        }
        List<Violation> v = AttendanceRules.checkChild("items[0]",
                new ChildFacts(AttendanceStatus.PRESENT_WITHOUT_BOOKING, true, null, Set.of()));
        assertEquals(List.of("attendance.refused.booked"), keys(v));
        assertEquals("items[0].status", v.get(0).field());
    }

    @Test
    void aChildWithoutBookingCanOnlyBePresentWithoutBooking() {
        assertEquals(List.of("attendance.refused.notBooked"), keys(AttendanceRules.checkChild("items[1]",
                new ChildFacts(AttendanceStatus.ABSENT_UNEXCUSED, false, null, Set.of(7L)))));
        ChildFacts ok = new ChildFacts(AttendanceStatus.PRESENT_WITHOUT_BOOKING, false, null, Set.of(7L));
        assertTrue(AttendanceRules.checkChild("items[1]", ok).isEmpty());
        assertEquals(7L, AttendanceRules.householdWithoutBooking(ok));
    }

    @Test
    void aChildOfTwoHouseholdsPresentWithoutBookingNeedsTheHouseholdChosenAmongItsOwn() {
        Set<Long> two = Set.of(7L, 9L);
        assertEquals(List.of("attendance.household.required"), keys(AttendanceRules.checkChild("items[0]",
                new ChildFacts(AttendanceStatus.PRESENT_WITHOUT_BOOKING, false, null, two))));
        assertEquals(List.of("attendance.household.notChild"), keys(AttendanceRules.checkChild("items[0]",
                new ChildFacts(AttendanceStatus.PRESENT_WITHOUT_BOOKING, false, 8L, two))));
        ChildFacts chosen = new ChildFacts(AttendanceStatus.PRESENT_WITHOUT_BOOKING, false, 9L, two);
        assertTrue(AttendanceRules.checkChild("items[0]", chosen).isEmpty());
        assertEquals(9L, AttendanceRules.householdWithoutBooking(chosen));
        assertEquals(List.of("attendance.child.unknown"), keys(AttendanceRules.checkChild("items[0]",
                new ChildFacts(AttendanceStatus.PRESENT_WITHOUT_BOOKING, false, null, Set.of()))));
    }

    @Test
    void aStatusIsRequired() {
        assertEquals(List.of("attendance.status.required"),
                keys(AttendanceRules.checkChild("items[2]", new ChildFacts(null, true, null, Set.of()))));
    }
}
