package fr.marelle.privacy.control;

import fr.marelle.platform.control.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * How long the retention job keeps what it deletes: closed requests and registrations (days after
 * closing), unused accounts (months idle), sent mails and audit entries (months), the names in
 * invoices, credit notes and payments (years after their financial year). While
 * {@code held}, the job only counts what it would delete: the archives service of a commune may
 * need to approve a destruction first (visa d'élimination).
 */
public record RetentionPolicy(int requestsDays, int accountsMonths, int mailsMonths, int logsMonths, int invoicesYears,
                              boolean held) {

    /** The towns' terms of use: 45 days, 36 months; mails and logs a year; invoices 10 years (LEGAL.md §5). */
    public static final RetentionPolicy DEFAULT = new RetentionPolicy(45, 36, 12, 12, 10, false);

    /** Why this policy cannot be saved (field, message key); empty when it can. */
    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        check(found, "requestsDays", requestsDays, 1, 3650);
        // the first warning comes a year before the deletion: at least 13 months idle
        check(found, "accountsMonths", accountsMonths, 13, 120);
        check(found, "mailsMonths", mailsMonths, 1, 120);
        // the CNIL's recommendation for logs is six months to a year; the audit trail keeps at least six
        check(found, "logsMonths", logsMonths, 6, 120);
        // accounting documents: never less than the usual ten years
        check(found, "invoicesYears", invoicesYears, 10, 50);
        return found;
    }

    private static void check(List<Violation> found, String field, int value, int min, int max) {
        if (value < min || value > max) {
            found.add(Violation.of(field, "retention.range", min, max));
        }
    }
}
