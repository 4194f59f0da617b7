package fr.marelle.treasury.control;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PesExportsTest {

    @Test
    void theDebtNumberIsTheYearAndTheInvoicesNumber() {
        assertEquals(Optional.of(2026000123L), PesExports.debtNumber("2026-PERISCOLAIRE-000123"));
        assertEquals(Optional.of(20261234567L), PesExports.debtNumber("2026-CANTINE-1234567"));
        assertEquals(Optional.empty(), PesExports.debtNumber("F123"));
    }
}
