package fr.marelle.payment.control;

import fr.marelle.payment.control.Reconciliation.Kind;
import fr.marelle.payment.control.Reconciliation.PortalRecord;
import fr.marelle.payment.control.Reconciliation.ProviderRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReconciliationTest {

    private static PortalRecord portal(long id, String ref, long cents, boolean paid) {
        return new PortalRecord(id, ref, cents, paid, paid ? "PAID" : "PENDING");
    }

    private static ProviderRecord provider(String ref, long cents, boolean paid) {
        return new ProviderRecord(ref, "op-" + ref, cents, paid, paid ? "P" : "R");
    }

    @Test
    void matching_payments_leave_no_difference_and_equal_totals() {
        var report = Reconciliation.compare(List.of(portal(1, "A", 4250, true), portal(2, "B", 900, false)),
                List.of(provider("A", 4250, true), provider("B", 900, false)));
        assertTrue(report.mismatches().isEmpty());
        assertEquals(2, report.matched());
        assertEquals(4250, report.portalPaidCents());
        assertEquals(4250, report.providerPaidCents());
    }

    @Test
    void money_taken_by_the_provider_but_not_recorded_is_listed() {
        var report = Reconciliation.compare(List.of(portal(1, "A", 4250, false)), List.of(provider("A", 4250, true)));
        assertEquals(Kind.PAID_AT_PROVIDER_ONLY, report.mismatches().get(0).kind());
        assertEquals(1L, report.mismatches().get(0).attemptId());
    }

    @Test
    void a_payment_recorded_but_refused_or_absent_at_the_provider_is_listed() {
        var report = Reconciliation.compare(List.of(portal(1, "A", 4250, true), portal(2, "B", 100, true)),
                List.of(provider("A", 4250, false)));
        assertEquals(List.of(Kind.PAID_ON_PORTAL_ONLY, Kind.PAID_ON_PORTAL_ONLY),
                report.mismatches().stream().map(Reconciliation.Mismatch::kind).toList());
    }

    @Test
    void a_different_amount_is_listed_with_both_amounts() {
        var report = Reconciliation.compare(List.of(portal(1, "A", 4250, true)), List.of(provider("A", 4200, true)));
        var m = report.mismatches().get(0);
        assertEquals(Kind.AMOUNT_DIFFERS, m.kind());
        assertEquals(4250L, m.portalCents());
        assertEquals(4200L, m.providerCents());
    }

    @Test
    void a_reference_the_portal_never_created_is_listed() {
        var report = Reconciliation.compare(List.of(), List.of(provider("ZZZ", 1000, true)));
        assertEquals(Kind.UNKNOWN_REFERENCE, report.mismatches().get(0).kind());
        assertEquals(1000, report.providerPaidCents());
    }

    @Test
    void a_statement_listing_an_abandon_then_a_payment_counts_the_payment() {
        var report = Reconciliation.compare(List.of(portal(1, "A", 500, true)),
                List.of(new ProviderRecord("A", "op1", 500L, false, "A"), provider("A", 500, true)));
        assertTrue(report.mismatches().isEmpty());
    }
}
