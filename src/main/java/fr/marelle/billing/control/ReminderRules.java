package fr.marelle.billing.control;

import fr.marelle.billing.entity.InvoiceStatus;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which reminder an unpaid invoice needs today: the first once {@code firstDays} days have passed
 * since its due date, the second once {@code secondDays} have passed and the first was sent on an
 * earlier day. Nothing for a settled invoice or one handed to the treasury.
 */
public final class ReminderRules {

    public static final String FIRST_DAYS = "billing.reminder1-days";
    public static final String SECOND_DAYS = "billing.reminder2-days";
    public static final int DEFAULT_FIRST_DAYS = 7;
    public static final int DEFAULT_SECOND_DAYS = 21;

    private ReminderRules() {
    }

    /** The level (1 or 2) to send today, if any. */
    public static Optional<Integer> due(InvoiceStatus status, LocalDate dueOn, LocalDate firstSentOn, boolean secondSent,
                                        int firstDays, int secondDays, LocalDate today) {
        if (status == InvoiceStatus.PAID || status == InvoiceStatus.SENT_TO_TREASURY || secondSent) {
            return Optional.empty();
        }
        if (firstSentOn == null) {
            return today.isAfter(dueOn.plusDays(firstDays - 1L)) ? Optional.of(1) : Optional.empty();
        }
        return !today.isBefore(dueOn.plusDays(secondDays)) && today.isAfter(firstSentOn) ? Optional.of(2) : Optional.empty();
    }
}
