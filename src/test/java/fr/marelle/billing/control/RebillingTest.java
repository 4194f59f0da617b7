package fr.marelle.billing.control;

import fr.marelle.attendance.entity.AttendanceStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RebillingTest {

    static ChargeRules.Charge charge(long session, AttendanceStatus status) {
        return ChargeRules.charge(List.of(ChargeRulesTest.booked(session, ChargeRulesTest.CANTEEN, ChargeRulesTest.MARCH_3, 11,
                ChargeRulesTest.ELDEST, status)), ChargeRulesTest.QF_500_RESIDENT).charges().get(0);
    }

    static ChargeRules.SourceKey key(long session) {
        return new ChargeRules.SourceKey(ChargeRulesTest.HOUSEHOLD, session, 11);
    }

    @Test
    void aChargeNeverInvoicedIsBilledInFull() {
        var bill = Rebilling.toBill(List.of(charge(1, AttendanceStatus.PRESENT)), Map.of());
        assertEquals(1, bill.size());
        assertEquals(200, bill.get(0).amountCents());
        assertFalse(bill.get(0).adjustment());
    }

    @Test
    void aChargeAlreadyInvoicedIsNotBilledTwice() {
        assertTrue(Rebilling.toBill(List.of(charge(1, AttendanceStatus.PRESENT)), Map.of(key(1), 200L)).isEmpty());
    }

    @Test
    void aChargeThatWentUpBillsOnlyTheIncreaseAsAnAdjustment() {
        var bill = Rebilling.toBill(List.of(charge(1, AttendanceStatus.ABSENT_UNEXCUSED)), Map.of(key(1), 200L));
        assertEquals(1, bill.size());
        assertEquals(400, bill.get(0).amountCents());
        assertTrue(bill.get(0).adjustment());
    }

    @Test
    void aChargeThatWentDownIsNeverBilledBackTheCreditNoteIsTheCorrection() {
        assertTrue(Rebilling.toBill(List.of(charge(1, AttendanceStatus.ABSENT_EXCUSED)), Map.of(key(1), 200L)).isEmpty());
    }

    @Test
    void onlyNewChargesAreBilledOnARerun() {
        var bill = Rebilling.toBill(List.of(charge(1, AttendanceStatus.PRESENT), charge(2, AttendanceStatus.PRESENT)),
                Map.of(key(1), 200L));
        assertEquals(List.of(2L), bill.stream().map(b -> b.charge().source().sessionId()).toList());
        assertEquals(200, Rebilling.total(bill));
    }

    @Test
    void aNewExcusedAbsenceIsBilledAsALineAtZero() {
        var bill = Rebilling.toBill(List.of(charge(1, AttendanceStatus.ABSENT_EXCUSED)), Map.of());
        assertEquals(1, bill.size());
        assertEquals(0, Rebilling.total(bill));
        assertEquals(LocalDate.of(2026, 3, 3), bill.get(0).charge().source().day());
    }
}
