package fr.marelle.billing.control;

import fr.marelle.billing.entity.CreditNote;
import fr.marelle.billing.entity.Invoice;
import fr.marelle.billing.entity.Payment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A household's account: its invoices (owed), credit notes and payments (taken off), refunds (given
 * back, so owed again) and reversals (the opposite of what they cancel) in date order, with the
 * balance after each. A positive balance is owed by the household; a negative one is its credit.
 * Pure: built from what was read.
 */
public record AccountStatement(List<Entry> entries, long balanceCents) {

    public enum Kind { INVOICE, CREDIT_NOTE, PAYMENT, REFUND, REVERSAL }

    /** One movement: + for an invoice or a refund, − for a credit note or a payment, and the balance after it. */
    public record Entry(LocalDate day, Kind kind, Long documentId, String number, String label, long amountCents,
                        long balanceCents) {
    }

    public static AccountStatement of(List<Invoice> invoices, List<CreditNote> creditNotes) {
        return of(invoices, creditNotes, List.of());
    }

    public static AccountStatement of(List<Invoice> invoices, List<CreditNote> creditNotes, List<Payment> payments) {
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
        for (Payment p : payments) {
            // money in lowers what is owed; a refund (negative amount) raises it; a reversal undoes its entry
            movements.add(new Movement(p.getReceivedOn(), Kind.valueOf(p.getKind().name()), p.getId(), p.getNumber(),
                    label(p), -p.getAmountCents()));
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

    public boolean isCredit() {
        return balanceCents < 0;
    }

    private static String label(Payment p) {
        StringBuilder label = new StringBuilder(p.getRegieCode());
        if (p.getChequeNumber() != null) {
            label.append(" – ").append(p.getChequeNumber());
        }
        if (p.getReference() != null) {
            label.append(" – ").append(p.getReference());
        }
        if (p.getNote() != null) {
            label.append(" – ").append(p.getNote());
        }
        return label.toString();
    }
}
