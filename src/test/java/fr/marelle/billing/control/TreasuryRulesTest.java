package fr.marelle.billing.control;

import fr.marelle.billing.entity.InvoiceStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TreasuryRulesTest {

    static final LocalDate DUE = LocalDate.of(2026, 5, 2);

    static String refusal(InvoiceStatus status, LocalDate today) {
        return TreasuryRules.refusal("invoiceIds[0]", "2026-CANT-000001", status, DUE, 60, today).map(v -> v.key()).orElse(null);
    }

    @Test
    void anUnpaidInvoiceGoesToTheTreasuryOnlyOnceTheDelayAfterItsDueDateHasPassed() {
        assertEquals(LocalDate.of(2026, 7, 2), TreasuryRules.eligibleFrom(DUE, 60));
        assertEquals("billing.treasury.tooEarly", refusal(InvoiceStatus.UNPAID, LocalDate.of(2026, 7, 1)));
        assertEquals(null, refusal(InvoiceStatus.UNPAID, LocalDate.of(2026, 7, 2)));
        assertEquals(null, refusal(InvoiceStatus.PARTLY_PAID, LocalDate.of(2026, 9, 1)));
    }

    @Test
    void aSettledOrAlreadySentInvoiceIsNotSent() {
        assertEquals("billing.treasury.settled", refusal(InvoiceStatus.PAID, LocalDate.of(2026, 9, 1)));
        assertEquals("billing.treasury.already", refusal(InvoiceStatus.SENT_TO_TREASURY, LocalDate.of(2026, 9, 1)));
        assertTrue(TreasuryRules.refusal("f", "n", InvoiceStatus.UNPAID, DUE, 0, DUE).isPresent(), "not on the due date itself");
    }
}
