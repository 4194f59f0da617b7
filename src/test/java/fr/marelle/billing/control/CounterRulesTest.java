package fr.marelle.billing.control;

import fr.marelle.billing.entity.PaymentMeans;
import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CounterRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static CounterRules.Received received(PaymentMeans means, Long cents, LocalDate day, String cheque, String bank,
                                                  String reference) {
        return new CounterRules.Received("CANT", means, cents, day, cheque, bank, reference, null);
    }

    private static List<String> fields(List<Violation> v) {
        return v.stream().map(x -> x.field() + "=" + x.key()).toList();
    }

    @Test
    void cashReceivedTodayOrUpToAYearBackIsAccepted() {
        assertEquals(List.of(), CounterRules.check(received(PaymentMeans.CASH, 1480L, TODAY, null, null, null), TODAY));
        assertEquals(List.of(), CounterRules.check(received(PaymentMeans.CESU, 1L, TODAY.minusYears(1), null, null, null), TODAY));
    }

    @Test
    void aDayInTheFutureOrMoreThanAYearBackOrMissingIsRefused() {
        assertEquals(List.of("receivedOn=billing.counter.dateFuture"),
                fields(CounterRules.check(received(PaymentMeans.CASH, 100L, TODAY.plusDays(1), null, null, null), TODAY)));
        assertEquals(List.of("receivedOn=billing.counter.dateTooOld"), fields(CounterRules.check(
                received(PaymentMeans.CASH, 100L, TODAY.minusYears(1).minusDays(1), null, null, null), TODAY)));
        assertEquals(List.of("receivedOn=billing.counter.dateRequired"),
                fields(CounterRules.check(received(PaymentMeans.CASH, 100L, null, null, null, null), TODAY)));
    }

    @Test
    void aChequeNeedsItsNumberAndBank() {
        assertEquals(List.of("chequeNumber=billing.counter.chequeNumber", "bank=billing.counter.bank"),
                fields(CounterRules.check(received(PaymentMeans.CHEQUE, 100L, TODAY, " ", null, null), TODAY)));
        assertEquals(List.of(), CounterRules.check(received(PaymentMeans.CHEQUE, 100L, TODAY, "1234567", "La Banque Postale",
                null), TODAY));
    }

    @Test
    void aBankTransferOrADirectDebitNeedsItsReference() {
        assertEquals(List.of("reference=billing.counter.reference"),
                fields(CounterRules.check(received(PaymentMeans.BANK_TRANSFER, 100L, TODAY, null, null, ""), TODAY)));
        assertEquals(List.of("reference=billing.counter.reference"),
                fields(CounterRules.check(received(PaymentMeans.DIRECT_DEBIT, 100L, TODAY, null, null, null), TODAY)));
    }

    @Test
    void onlineMeansNoMeansAZeroAmountAndNoRegieAreRefused() {
        assertEquals(List.of("regieCode=billing.counter.regieRequired", "means=billing.counter.means",
                        "amountCents=billing.payment.amountPositive"),
                fields(CounterRules.check(new CounterRules.Received(" ", PaymentMeans.ONLINE_CARD, 0L, TODAY, null, null, null,
                        null), TODAY)));
        assertEquals(List.of("means=billing.counter.means", "amountCents=billing.payment.amountPositive"),
                fields(CounterRules.check(received(null, null, TODAY, null, null, null), TODAY)));
    }

    @Test
    void tooLongTextsAreRefused() {
        assertEquals(List.of("chequeNumber=billing.counter.tooLong", "note=billing.counter.tooLong"),
                fields(CounterRules.check(new CounterRules.Received("CANT", PaymentMeans.CASH, 100L, TODAY, "1".repeat(31), null,
                        null, "x".repeat(501)), TODAY)));
    }

    @Test
    void theMoneyIsProposedOnTheOldestUnpaidInvoicesFirstTheRestBecomingCredit() {
        List<CounterRules.Unpaid> unpaid = List.of(
                new CounterRules.Unpaid(3, "2026-CANT-000030", LocalDate.of(2026, 10, 2), 3000),
                new CounterRules.Unpaid(1, "2026-CANT-000010", LocalDate.of(2026, 9, 2), 1480),
                new CounterRules.Unpaid(2, "2026-CANT-000011", LocalDate.of(2026, 9, 2), 500));
        assertEquals(List.of(new LedgerRules.Allocation(1L, 1480L), new LedgerRules.Allocation(2L, 500L),
                new LedgerRules.Allocation(3L, 20L)), CounterRules.oldestFirst(unpaid, 2000));
        assertEquals(List.of(new LedgerRules.Allocation(1L, 1000L)), CounterRules.oldestFirst(unpaid, 1000), "partly");
        assertEquals(List.of(new LedgerRules.Allocation(1L, 1480L), new LedgerRules.Allocation(2L, 500L),
                new LedgerRules.Allocation(3L, 3000L)), CounterRules.oldestFirst(unpaid, 9000), "all paid, the rest credit");
        assertEquals(List.of(), CounterRules.oldestFirst(unpaid, 0));
    }
}
