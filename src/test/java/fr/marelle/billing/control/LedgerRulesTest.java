package fr.marelle.billing.control;

import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedgerRulesTest {

    private static final long HOUSEHOLD = 7;
    private static final Map<Long, LedgerRules.InvoiceFacts> INVOICES = Map.of(
            1L, new LedgerRules.InvoiceFacts(1, "2026-CANT-000001", HOUSEHOLD, "CANT", 1480, false),
            2L, new LedgerRules.InvoiceFacts(2, "2026-CANT-000002", HOUSEHOLD, "CANT", 3000, false),
            3L, new LedgerRules.InvoiceFacts(3, "2026-CENTRE-000001", HOUSEHOLD, "CENTRE", 900, false),
            4L, new LedgerRules.InvoiceFacts(4, "2026-CANT-000004", 8, "CANT", 500, false),
            5L, new LedgerRules.InvoiceFacts(5, "2026-CANT-000005", HOUSEHOLD, "CANT", 700, true));

    private static List<Violation> check(long available, LedgerRules.Allocation... allocations) {
        return LedgerRules.check(HOUSEHOLD, "CANT", available, Arrays.asList(allocations), INVOICES);
    }

    private static LedgerRules.Allocation a(Long invoice, Long cents) {
        return new LedgerRules.Allocation(invoice, cents);
    }

    private static List<String> keys(List<Violation> v) {
        return v.stream().map(x -> x.field() + "=" + x.key()).toList();
    }

    @Test
    void moneySpreadOverInvoicesOfTheHouseholdAndRegieWithinWhatRemainsAndWhatIsAvailableIsAccepted() {
        assertEquals(List.of(), check(5000, a(1L, 1480L), a(2L, 1000L)));
        assertEquals(List.of(), check(4480, a(1L, 1480L), a(2L, 3000L)), "exactly what remains and what is available");
        assertEquals(List.of(), check(100), "no allocation at all: everything becomes credit");
    }

    @Test
    void anInvoiceOfAnotherHouseholdOrUnknownOrMissingIsRefusedAsUnknown() {
        assertEquals(List.of("allocations[0].invoiceId=billing.payment.unknownInvoice",
                        "allocations[1].invoiceId=billing.payment.unknownInvoice",
                        "allocations[2].invoiceId=billing.payment.unknownInvoice"),
                keys(check(5000, a(4L, 100L), a(99L, 100L), a(null, 100L))));
        assertEquals(List.of("allocations[0].invoiceId=billing.payment.unknownInvoice"),
                keys(LedgerRules.check(HOUSEHOLD, "CANT", 5000, Arrays.asList((LedgerRules.Allocation) null), INVOICES)));
    }

    @Test
    void anInvoiceOfAnotherRegieIsRefusedNamingIt() {
        List<Violation> v = check(5000, a(3L, 100L));
        assertEquals(List.of("allocations[0].invoiceId=billing.payment.otherRegie"), keys(v));
        assertEquals(List.of("2026-CENTRE-000001", "CANT"), v.get(0).args());
    }

    @Test
    void anInvoiceTwiceIsRefusedAtItsSecondPlace() {
        assertEquals(List.of("allocations[1].invoiceId=billing.payment.invoiceTwice"),
                keys(check(5000, a(1L, 100L), a(1L, 100L))));
    }

    @Test
    void anInvoiceSentToTheTreasuryIsNoLongerPaidHere() {
        assertEquals(List.of("allocations[0].invoiceId=billing.payment.sentToTreasury"), keys(check(5000, a(5L, 100L))));
    }

    @Test
    void anAmountMustBePositiveAndNotAboveWhatRemains() {
        assertEquals(List.of("allocations[0].amountCents=billing.payment.amountPositive",
                        "allocations[1].amountCents=billing.payment.amountPositive"),
                keys(check(50000, a(1L, 0L), a(2L, null))));
        assertEquals(List.of("allocations[0].amountCents=billing.payment.amountPositive"), keys(check(50000, a(1L, -5L))));
        assertEquals(List.of("allocations[0].amountCents=billing.payment.moreThanRemaining"), keys(check(50000, a(1L, 1481L))));
        List<Violation> v = check(50000, a(1L, 1481L));
        assertEquals(List.of("2026-CANT-000001", LedgerRules.euros(1480)), v.get(0).args());
    }

    @Test
    void moreThanTheMoneyAvailableIsRefusedOnTheWholeWithBothAmounts() {
        List<Violation> v = check(2000, a(1L, 1480L), a(2L, 1000L));
        assertEquals(List.of("allocations=billing.payment.moreThanAvailable"), keys(v));
        assertEquals(List.of(LedgerRules.euros(2480), LedgerRules.euros(2000)), v.get(0).args());
        assertTrue(keys(check(0, a(1L, 1L))).contains("allocations=billing.payment.moreThanAvailable"), "no credit, no allocation");
    }

    @Test
    void anOnlinePaymentSettlesWhatWasAskedButNoMoreThanRemainsAndNothingOnInvoicesSentToTheTreasury() {
        List<LedgerRules.Allocation> fitted = LedgerRules.fit(List.of(a(1L, 2000L), a(2L, 1000L), a(5L, 700L), a(99L, 100L)),
                INVOICES);
        assertEquals(List.of(a(1L, 1480L), a(2L, 1000L)), fitted);
        Map<Long, LedgerRules.InvoiceFacts> paid = Map.of(1L, new LedgerRules.InvoiceFacts(1, "N", HOUSEHOLD, "CANT", 0, false));
        assertEquals(List.of(), LedgerRules.fit(List.of(a(1L, 500L)), paid), "paid meanwhile at the counter: all becomes credit");
    }
}
