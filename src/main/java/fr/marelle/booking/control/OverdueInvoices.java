package fr.marelle.booking.control;

import java.time.LocalDate;
import java.util.List;

/**
 * What billing tells bookings about a household's unpaid invoices (implemented by the billing
 * capability, which knows invoices, credit notes and payments).
 */
public interface OverdueInvoices {

    /** An invoice still to pay: its number, what remains and since when it is due. */
    record Overdue(String number, long remainingCents, LocalDate dueOn) {
    }

    /** The household's invoices still payable on the portal and due before the given day, oldest first. */
    List<Overdue> dueBefore(long householdId, LocalDate day);
}
