package fr.marelle.billing.control;

import fr.marelle.billing.entity.PaymentMeans;
import fr.marelle.platform.control.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks what finance staff type for money received at the counter, and proposes how to spread it
 * over the household's unpaid invoices. A cheque needs its number and bank, a bank transfer or a
 * direct debit its reference; the day received is neither in the future nor more than a year back.
 */
public final class CounterRules {

    static final int MAX_CHEQUE_NUMBER = 30;
    static final int MAX_BANK = 80;
    static final int MAX_REFERENCE = 100;
    static final int MAX_NOTE = 500;

    /** Money received at the counter as typed (before the ledger checks the invoices). */
    public record Received(String regieCode, PaymentMeans means, Long amountCents, LocalDate receivedOn,
                           String chequeNumber, String bank, String reference, String note) {
    }

    /** An unpaid invoice the page may propose. */
    public record Unpaid(long invoiceId, String number, LocalDate issuedOn, long remainingCents) {
    }

    private CounterRules() {
    }

    public static List<Violation> check(Received r, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (blank(r.regieCode())) {
            v.add(Violation.of("regieCode", "billing.counter.regieRequired"));
        }
        if (r.means() == null || !PaymentMeans.COUNTER.contains(r.means())) {
            v.add(Violation.of("means", "billing.counter.means"));
        }
        if (r.amountCents() == null || r.amountCents() <= 0) {
            v.add(Violation.of("amountCents", "billing.payment.amountPositive"));
        }
        if (r.receivedOn() == null) {
            v.add(Violation.of("receivedOn", "billing.counter.dateRequired"));
        } else if (r.receivedOn().isAfter(today)) {
            v.add(Violation.of("receivedOn", "billing.counter.dateFuture"));
        } else if (r.receivedOn().isBefore(today.minusYears(1))) {
            v.add(Violation.of("receivedOn", "billing.counter.dateTooOld"));
        }
        if (r.means() == PaymentMeans.CHEQUE) {
            required(v, "chequeNumber", r.chequeNumber(), MAX_CHEQUE_NUMBER, "billing.counter.chequeNumber");
            required(v, "bank", r.bank(), MAX_BANK, "billing.counter.bank");
        } else if (r.means() == PaymentMeans.BANK_TRANSFER || r.means() == PaymentMeans.DIRECT_DEBIT) {
            required(v, "reference", r.reference(), MAX_REFERENCE, "billing.counter.reference");
        }
        tooLong(v, "chequeNumber", r.chequeNumber(), MAX_CHEQUE_NUMBER);
        tooLong(v, "bank", r.bank(), MAX_BANK);
        tooLong(v, "reference", r.reference(), MAX_REFERENCE);
        tooLong(v, "note", r.note(), MAX_NOTE);
        return v;
    }

    /**
     * The money spread over the unpaid invoices, oldest first (by issue date, then number), each
     * getting what remains of it until the money runs out; what is left over becomes credit.
     */
    public static List<LedgerRules.Allocation> oldestFirst(List<Unpaid> unpaid, long amountCents) {
        List<LedgerRules.Allocation> proposal = new ArrayList<>();
        long left = amountCents;
        for (Unpaid u : unpaid.stream().sorted(Comparator.comparing(Unpaid::issuedOn).thenComparing(Unpaid::number)).toList()) {
            if (left <= 0) {
                break;
            }
            long put = Math.min(left, u.remainingCents());
            if (put > 0) {
                proposal.add(new LedgerRules.Allocation(u.invoiceId(), put));
                left -= put;
            }
        }
        return proposal;
    }

    /** Text fields are kept stripped, and empty ones as nothing. */
    public static String clean(String s) {
        return blank(s) ? null : s.strip();
    }

    private static void required(List<Violation> v, String field, String value, int max, String key) {
        if (blank(value)) {
            v.add(Violation.of(field, key, max));
        }
    }

    private static void tooLong(List<Violation> v, String field, String value, int max) {
        if (!blank(value) && value.strip().length() > max && v.stream().noneMatch(x -> field.equals(x.field()))) {
            v.add(Violation.of(field, "billing.counter.tooLong", max));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
