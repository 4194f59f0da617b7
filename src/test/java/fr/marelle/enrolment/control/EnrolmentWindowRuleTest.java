package fr.marelle.enrolment.control;

import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnrolmentWindowRuleTest {

    private static final EnrolmentWindowRule.Window SPRING = new EnrolmentWindowRule.Window("2027-2028",
            LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 31));

    @Test
    void aRequestIsOpenFromTheFirstToTheLastDayBothIncluded() {
        assertTrue(EnrolmentWindowRule.refusal(SPRING, LocalDate.of(2027, 1, 11)).isEmpty());
        assertTrue(EnrolmentWindowRule.refusal(SPRING, LocalDate.of(2027, 3, 31)).isEmpty());
        assertTrue(EnrolmentWindowRule.refusal(null, LocalDate.of(2027, 8, 1)).isEmpty(), "no window: open");
    }

    @Test
    void beforeTheWindowItIsNotOpenYetAfterItItIsClosedWithTheDaysGiven() {
        Violation early = EnrolmentWindowRule.refusal(SPRING, LocalDate.of(2027, 1, 10)).orElseThrow();
        assertEquals("enrolment.window.notYetOpen", early.key());
        assertEquals("Les demandes d’inscription scolaire pour 2027-2028 ouvrent le 11 janvier 2027 (jusqu’au 31 mars 2027).",
                fr.marelle.platform.control.Messages.text(java.util.Locale.FRENCH, early));
        assertEquals("enrolment.window.closed", EnrolmentWindowRule.refusal(SPRING, LocalDate.of(2027, 4, 1)).orElseThrow().key());
    }

    @Test
    void aWindowNamesASchoolYearAndTwoDaysInOrderWithinItsReach() {
        List<Violation> v = new ArrayList<>();
        EnrolmentWindowRule.check("2027-2029", null, null, v);
        assertEquals(List.of("enrolment.window.schoolYear", "enrolment.window.opensOnRequired", "enrolment.window.closesOnRequired"),
                v.stream().map(Violation::key).toList());
        v.clear();
        EnrolmentWindowRule.check("2027-2028", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1), v);
        assertEquals(List.of("enrolment.window.order"), v.stream().map(Violation::key).toList());
        v.clear();
        EnrolmentWindowRule.check("2027-2028", LocalDate.of(2027, 3, 1), LocalDate.of(2028, 9, 1), v);
        assertEquals(List.of("enrolment.window.outOfYear"), v.stream().map(Violation::key).toList());
        v.clear();
        EnrolmentWindowRule.check(" 2027-2028 ", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 31), v);
        assertTrue(v.isEmpty(), v.toString());
    }
}
