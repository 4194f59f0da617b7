package fr.marelle.billing.control;

import fr.marelle.platform.control.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks money put on invoices before it is written: each invoice of the household and régie of the
 * money, still payable here (not handed to the treasury), a positive amount never above what remains
 * to pay, each invoice once, and in all never more than the money available (the payment, or the
 * household's credit).
 */
public final class LedgerRules {

    /** Money to put on one invoice. */
    public record Allocation(Long invoiceId, Long amountCents) {
    }

    /** An invoice as it stands when the allocation is checked (read under its row lock). */
    public record InvoiceFacts(long id, String number, long householdId, String regieCode, long remainingCents,
                               boolean sentToTreasury) {
    }

    private LedgerRules() {
    }

    public static List<Violation> check(long householdId, String regieCode, long availableCents,
                                        List<Allocation> allocations, Map<Long, InvoiceFacts> invoices) {
        List<Violation> v = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        long total = 0;
        for (int i = 0; i < allocations.size(); i++) {
            String field = "allocations[" + i + "]";
            Allocation a = allocations.get(i);
            InvoiceFacts invoice = a == null || a.invoiceId() == null ? null : invoices.get(a.invoiceId());
            if (invoice == null || invoice.householdId() != householdId) {
                v.add(Violation.of(field + ".invoiceId", "billing.payment.unknownInvoice"));
                continue;
            }
            if (!invoice.regieCode().equals(regieCode)) {
                v.add(Violation.of(field + ".invoiceId", "billing.payment.otherRegie", invoice.number(), regieCode));
                continue;
            }
            if (!seen.add(invoice.id())) {
                v.add(Violation.of(field + ".invoiceId", "billing.payment.invoiceTwice", invoice.number()));
                continue;
            }
            if (invoice.sentToTreasury()) {
                v.add(Violation.of(field + ".invoiceId", "billing.payment.sentToTreasury", invoice.number()));
                continue;
            }
            if (a.amountCents() == null || a.amountCents() <= 0) {
                v.add(Violation.of(field + ".amountCents", "billing.payment.amountPositive"));
                continue;
            }
            if (a.amountCents() > invoice.remainingCents()) {
                v.add(Violation.of(field + ".amountCents", "billing.payment.moreThanRemaining", invoice.number(),
                        euros(invoice.remainingCents())));
                continue;
            }
            total += a.amountCents();
        }
        if (v.isEmpty() && total > availableCents) {
            v.add(Violation.of("allocations", "billing.payment.moreThanAvailable", euros(total), euros(availableCents)));
        }
        return v;
    }

    /**
     * What an online payment settles: each invoice it was made for gets what was asked for it, but
     * never more than remains to pay now (the family may have paid at the counter meanwhile) and
     * nothing once it was handed to the treasury; the rest of the money becomes credit.
     */
    public static List<Allocation> fit(List<Allocation> asked, Map<Long, InvoiceFacts> invoices) {
        List<Allocation> fitted = new ArrayList<>();
        for (Allocation a : asked) {
            InvoiceFacts invoice = invoices.get(a.invoiceId());
            if (invoice == null || invoice.sentToTreasury()) {
                continue;
            }
            long amount = Math.min(a.amountCents(), invoice.remainingCents());
            if (amount > 0) {
                fitted.add(new Allocation(a.invoiceId(), amount));
            }
        }
        return fitted;
    }

    /** Amounts shown in messages, in euros with two decimals. */
    static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
