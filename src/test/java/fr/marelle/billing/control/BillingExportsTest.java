package fr.marelle.billing.control;

import fr.marelle.platform.control.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BillingExportsTest {

    @Test
    void amountsAreEurosWithADecimalComma() {
        assertEquals("14,80", BillingExports.euros(1480));
        assertEquals("0,05", BillingExports.euros(5));
        assertEquals("0,00", BillingExports.euros(0));
        assertEquals("12345,67", BillingExports.euros(1234567));
    }

    @Test
    void thePeriodIsRequiredInOrderAndAtMostAYear() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        assertDoesNotThrow(() -> BillingExports.checkPeriod(d, d));
        assertDoesNotThrow(() -> BillingExports.checkPeriod(d, d.plusDays(366)));
        assertEquals("billing.export.tooLong", assertThrows(RuleViolationException.class,
                () -> BillingExports.checkPeriod(d, d.plusDays(367))).violations().get(0).key());
        assertEquals("billing.export.order", assertThrows(RuleViolationException.class,
                () -> BillingExports.checkPeriod(d, d.minusDays(1))).violations().get(0).key());
        assertEquals(2, assertThrows(RuleViolationException.class,
                () -> BillingExports.checkPeriod(null, null)).violations().size());
    }
}
