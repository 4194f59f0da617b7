package fr.marelle.directdebit.boundary;

import fr.marelle.directdebit.control.DebitRuns;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;

/** The family's pre-notification on its invoice: the day the invoice will be debited, once it is in a run. */
@Named
@RequestScoped
public class DirectDebitNotice {

    @Inject
    DebitRuns runs;

    /** The debit day, or null when the invoice is in no run still to be debited. */
    public LocalDate dayOf(long invoiceId) {
        return runs.debitDayOf(invoiceId).orElse(null);
    }
}
