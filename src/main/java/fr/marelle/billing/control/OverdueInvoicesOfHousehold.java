package fr.marelle.billing.control;

import fr.marelle.billing.entity.InvoiceStatus;
import fr.marelle.booking.control.OverdueInvoices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Billing's answer to bookings: the household's invoices still to pay on the portal, due before a day. */
@ApplicationScoped
public class OverdueInvoicesOfHousehold implements OverdueInvoices {

    @Inject
    Invoices invoices;

    @Override
    public List<Overdue> dueBefore(long householdId, LocalDate day) {
        return invoices.ofHousehold(householdId).stream()
                .filter(s -> s.status() == InvoiceStatus.UNPAID || s.status() == InvoiceStatus.PARTLY_PAID)
                .filter(s -> s.invoice().getDueOn().isBefore(day))
                .sorted(Comparator.comparing(s -> s.invoice().getDueOn()))
                .map(s -> new Overdue(s.invoice().getNumber(), s.remainingCents(), s.invoice().getDueOn()))
                .toList();
    }
}
