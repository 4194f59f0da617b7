package fr.marelle.privacy.control;

import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetentionPolicyTest {

    @Test
    void theDefaultsAreTheTownsTerms() {
        assertEquals(new RetentionPolicy(45, 36, 12, 12, 10, false), RetentionPolicy.DEFAULT);
        assertTrue(RetentionPolicy.DEFAULT.violations().isEmpty());
    }

    @Test
    void accountsNeedThirteenMonthsForTheYearsWarningLogsSixAndInvoicesTenYears() {
        List<String> fields = new RetentionPolicy(0, 12, 121, 5, 9, true).violations().stream().map(Violation::field).toList();
        assertEquals(List.of("requestsDays", "accountsMonths", "mailsMonths", "logsMonths", "invoicesYears"), fields);
        assertTrue(new RetentionPolicy(1, 13, 1, 6, 10, true).violations().isEmpty());
    }
}
