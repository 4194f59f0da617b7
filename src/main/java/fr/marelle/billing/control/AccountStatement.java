package fr.marelle.billing.control;

import fr.marelle.billing.entity.CreditNote;
import fr.marelle.billing.entity.Invoice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A household's account: its invoices (owed) and credit notes (taken off) in date order, with the
 * balance after each; payments will be entries too once they exist. A positive balance is owed by
 * the household. Pure: built from what was read.
 */
public record AccountStatement(List<Entry> entries, long balanceCents) {

    public enum Kind { INVOICE, CREDIT_NOTE }

    /** One movement: + for an invoice, − for a credit note, and the balance after it. */
    public record Entry(LocalDate day, Kind kind, Long documentId, String number, String label, long amountCents,
                        long balanceCents) {
    }

    public static AccountStatement of(List<Invoice> invoices, List<CreditNote> creditNotes) {
        record Movement(LocalDate day, Kind kind, Long id, String number, String label, long cents) {
        }
        List<Movement> movements = new ArrayList<>();
        for (Invoice i : invoices) {
            movements.add(new Movement(i.getIssuedOn(), Kind.INVOICE, i.getId(), i.getNumber(),
                    i.getRegieCode() + " " + i.getYearMonth(), i.getTotalCents()));
        }
        for (CreditNote c : creditNotes) {
            movements.add(new Movement(c.getIssuedOn(), Kind.CREDIT_NOTE, c.getId(), c.getNumber(), c.getReason(),
                    -c.getTotalCents()));
        }
        movements.sort(Comparator.comparing(Movement::day).thenComparing(Movement::kind).thenComparing(Movement::number));
        List<Entry> entries = new ArrayList<>();
        long balance = 0;
        for (Movement m : movements) {
            balance += m.cents();
            entries.add(new Entry(m.day(), m.kind(), m.id(), m.number(), m.label(), m.cents(), balance));
        }
        return new AccountStatement(List.copyOf(entries), balance);
    }
}
