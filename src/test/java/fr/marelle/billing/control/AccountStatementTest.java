package fr.marelle.billing.control;

import fr.marelle.billing.entity.CreditNote;
import fr.marelle.billing.entity.Invoice;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccountStatementTest {

    static Invoice invoice(String number, LocalDate issued, long cents) {
        return new Invoice(number, 1, "CANT", YearMonth.from(issued.minusMonths(1)), 7, "Martin", null, issued,
                issued.plusDays(30), cents, OffsetDateTime.now());
    }

    @Test
    void invoicesAddCreditNotesTakeOffInDateOrderWithTheBalanceAfterEach() {
        AccountStatement s = AccountStatement.of(
                List.of(invoice("2026-CANT-000002", LocalDate.of(2026, 4, 2), 3000),
                        invoice("2026-CANT-000001", LocalDate.of(2026, 3, 2), 1480)),
                List.of(new CreditNote("2026-AV-CANT-000001", 1, "CANT", 7, "Certificat médical", LocalDate.of(2026, 3, 10),
                        500, null, OffsetDateTime.now())));
        assertEquals(List.of("2026-CANT-000001", "2026-AV-CANT-000001", "2026-CANT-000002"),
                s.entries().stream().map(AccountStatement.Entry::number).toList());
        assertEquals(List.of(1480L, -500L, 3000L), s.entries().stream().map(AccountStatement.Entry::amountCents).toList());
        assertEquals(List.of(1480L, 980L, 3980L), s.entries().stream().map(AccountStatement.Entry::balanceCents).toList());
        assertEquals(3980, s.balanceCents());
    }

    @Test
    void anEmptyAccountIsSettled() {
        assertEquals(0, AccountStatement.of(List.of(), List.of()).balanceCents());
    }

    static fr.marelle.billing.entity.Payment payment(String number, fr.marelle.billing.entity.PaymentKind kind, LocalDate day,
                                                     long cents) {
        return new fr.marelle.billing.entity.Payment(number, new fr.marelle.billing.entity.Payment.Facts(7, "CANT", kind,
                fr.marelle.billing.entity.PaymentMeans.CASH, cents, day, null, null, null,
                kind == fr.marelle.billing.entity.PaymentKind.REVERSAL ? 1L : null, null, null), 1L, OffsetDateTime.now());
    }

    @Test
    void paymentsTakeOffRefundsAddBackReversalsUndoAndAnOverpaymentLeavesANegativeBalanceThatIsCredit() {
        var kind = fr.marelle.billing.entity.PaymentKind.class;
        AccountStatement s = AccountStatement.of(
                List.of(invoice("2026-CANT-000001", LocalDate.of(2026, 3, 2), 1480)), List.of(),
                List.of(payment("2026-RC-CANT-000001", fr.marelle.billing.entity.PaymentKind.PAYMENT, LocalDate.of(2026, 3, 5), 2000),
                        payment("2026-RC-CANT-000002", fr.marelle.billing.entity.PaymentKind.REFUND, LocalDate.of(2026, 3, 6), -200),
                        payment("2026-RC-CANT-000003", fr.marelle.billing.entity.PaymentKind.PAYMENT, LocalDate.of(2026, 3, 7), 100),
                        payment("2026-RC-CANT-000004", fr.marelle.billing.entity.PaymentKind.REVERSAL, LocalDate.of(2026, 3, 8), -100)));
        assertEquals(List.of(1480L, -2000L, 200L, -100L, 100L),
                s.entries().stream().map(AccountStatement.Entry::amountCents).toList());
        assertEquals(List.of(1480L, -520L, -320L, -420L, -320L),
                s.entries().stream().map(AccountStatement.Entry::balanceCents).toList());
        assertEquals(List.of(AccountStatement.Kind.INVOICE, AccountStatement.Kind.PAYMENT, AccountStatement.Kind.REFUND,
                AccountStatement.Kind.PAYMENT, AccountStatement.Kind.REVERSAL),
                s.entries().stream().map(AccountStatement.Entry::kind).toList());
        assertEquals(-320, s.balanceCents());
        org.junit.jupiter.api.Assertions.assertTrue(s.isCredit(), kind.getName());
    }
}
