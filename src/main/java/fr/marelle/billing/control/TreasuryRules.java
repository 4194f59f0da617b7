package fr.marelle.billing.control;

import fr.marelle.billing.entity.InvoiceStatus;
import fr.marelle.platform.control.Violation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When an invoice may be handed to the public treasury: it is not settled, not sent already, and
 * its due date is more than the town's delay (setting {@code billing.treasury-days}, 60 by default) past.
 */
public final class TreasuryRules {

    public static final String DELAY_DAYS = "billing.treasury-days";
    public static final int DEFAULT_DELAY_DAYS = 60;

    private TreasuryRules() {
    }

    /** The first day the invoice may be sent. */
    public static LocalDate eligibleFrom(LocalDate dueOn, int delayDays) {
        return dueOn.plusDays(delayDays + 1L);
    }

    public static Optional<Violation> refusal(String field, String number, InvoiceStatus status, LocalDate dueOn,
                                              int delayDays, LocalDate today) {
        if (status == InvoiceStatus.SENT_TO_TREASURY) {
            return Optional.of(Violation.of(field, "billing.treasury.already", number));
        }
        if (status == InvoiceStatus.PAID) {
            return Optional.of(Violation.of(field, "billing.treasury.settled", number));
        }
        LocalDate from = eligibleFrom(dueOn, delayDays);
        if (today.isBefore(from)) {
            return Optional.of(Violation.of(field, "billing.treasury.tooEarly", number, from.toString()));
        }
        return Optional.empty();
    }
}
