package fr.marelle.billing.control;

import org.junit.jupiter.api.Test;

import static fr.marelle.billing.control.DocumentNumbers.Series.CREDIT_NOTE;
import static fr.marelle.billing.control.DocumentNumbers.Series.INVOICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentNumbersTest {

    @Test
    void anInvoiceNumberIsYearRegieAndSixDigits() {
        assertEquals("2026-CANT-000123", DocumentNumbers.format(INVOICE, 2026, "CANT", 123));
        assertEquals("2026-PERISCOLAIRE-000001", DocumentNumbers.format(INVOICE, 2026, "PERISCOLAIRE", 1));
    }

    @Test
    void aCreditNoteHasItsOwnSeriesMarkedAv() {
        assertEquals("2026-AV-CANT-000001", DocumentNumbers.format(CREDIT_NOTE, 2026, "CANT", 1));
    }

    @Test
    void beyondSixDigitsTheNumberGrowsRatherThanWrapping() {
        assertEquals("2027-CANT-1000000", DocumentNumbers.format(INVOICE, 2027, "CANT", 1_000_000));
    }

    @Test
    void numbersStartAtOne() {
        assertThrows(IllegalArgumentException.class, () -> DocumentNumbers.format(INVOICE, 2026, "CANT", 0));
        assertThrows(IllegalArgumentException.class, () -> DocumentNumbers.format(INVOICE, 26, "CANT", 1));
    }
}
