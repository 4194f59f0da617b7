package fr.marelle.payment.control;

import fr.marelle.platform.control.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementFileTest {

    private static final String HEADER = "numcli;exer;refdet;idop;montant;resultrans;dattrans;heurtrans;numauto\n";

    @Test
    void reads_paid_and_refused_lines_with_exact_amounts() {
        var records = StatementFile.read("\uFEFF" + HEADER
                + "000001;2026;M20261123ABCD;op-1;4250;P;23112026;1015;A12345\n"
                + "000001;2026;M20261123EFGH;op-2;900;R;23112026;1020;\n"
                + "000001;2026;M20261123IJKL;op-3;1200;V;23112026;1030;B555\n");
        assertEquals(3, records.size());
        assertEquals("M20261123ABCD", records.get(0).reference());
        assertEquals(4250L, records.get(0).amountCents());
        assertTrue(records.get(0).paid());
        assertFalse(records.get(1).paid());
        assertTrue(records.get(2).paid(), "V (direct debit) is paid");
    }

    @Test
    void a_missing_column_is_named() {
        var e = assertThrows(RuleViolationException.class, () -> StatementFile.read("numcli;refdet;idop;resultrans\n1;A;op;P\n"));
        assertEquals("reconciliation.statement.column", e.violations().get(0).key());
        assertEquals("montant", e.violations().get(0).args().get(0));
    }

    @Test
    void a_bad_amount_refuses_the_file_naming_the_line() {
        var e = assertThrows(RuleViolationException.class, () -> StatementFile.read(HEADER
                + "000001;2026;A;op-1;42.50;P;23112026;1015;X\n"));
        assertEquals("reconciliation.statement.line", e.violations().get(0).key());
        assertEquals(2L, e.violations().get(0).args().get(0));
    }

    @Test
    void an_empty_statement_is_refused() {
        var e = assertThrows(RuleViolationException.class, () -> StatementFile.read(HEADER));
        assertEquals("reconciliation.statement.empty", e.violations().get(0).key());
    }
}
