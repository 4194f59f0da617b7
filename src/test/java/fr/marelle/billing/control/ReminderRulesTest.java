package fr.marelle.billing.control;

import fr.marelle.billing.entity.InvoiceStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReminderRulesTest {

    static final LocalDate DUE = LocalDate.of(2026, 5, 2);

    static Optional<Integer> due(InvoiceStatus status, LocalDate firstSent, boolean secondSent, LocalDate today) {
        return ReminderRules.due(status, DUE, firstSent, secondSent, 7, 21, today);
    }

    @Test
    void theFirstReminderComesSevenDaysAfterTheDueDate() {
        assertEquals(Optional.empty(), due(InvoiceStatus.UNPAID, null, false, DUE.plusDays(6)));
        assertEquals(Optional.of(1), due(InvoiceStatus.UNPAID, null, false, DUE.plusDays(7)));
        assertEquals(Optional.of(1), due(InvoiceStatus.PARTLY_PAID, null, false, DUE.plusDays(30)), "late job: the first first");
    }

    @Test
    void theSecondComesAfterTwentyOneDaysOnADayAfterTheFirst() {
        assertEquals(Optional.empty(), due(InvoiceStatus.UNPAID, DUE.plusDays(7), false, DUE.plusDays(20)));
        assertEquals(Optional.of(2), due(InvoiceStatus.UNPAID, DUE.plusDays(7), false, DUE.plusDays(21)));
        assertEquals(Optional.empty(), due(InvoiceStatus.UNPAID, DUE.plusDays(30), false, DUE.plusDays(30)));
        assertEquals(Optional.empty(), due(InvoiceStatus.UNPAID, DUE.plusDays(7), true, DUE.plusDays(60)));
    }

    @Test
    void aSettledInvoiceOrOneWithTheTreasuryIsNotReminded() {
        assertEquals(Optional.empty(), due(InvoiceStatus.PAID, null, false, DUE.plusDays(10)));
        assertEquals(Optional.empty(), due(InvoiceStatus.SENT_TO_TREASURY, null, false, DUE.plusDays(10)));
    }
}
