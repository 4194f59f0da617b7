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
}
