package fr.marelle.payment.control;

import fr.marelle.platform.control.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the invoices a family chose to pay online: at least one, each of its own household,
 * something left to pay, not handed to the treasury, all of one régie (each régie has its own
 * account at the provider) where online payment is set up, and in all at least the provider's
 * minimum.
 */
public final class PaymentSelection {

    /** The provider's smallest payment (PayFiP: 1 €). */
    public static final long MINIMUM_CENTS = 100;
    public static final int MAX_INVOICES = 24;

    /** An invoice as the family sees it now. */
    public record Payable(long id, String number, long householdId, String regieCode, long remainingCents,
                          boolean sentToTreasury) {
    }

    private PaymentSelection() {
    }

    public static List<Violation> check(long householdId, List<Long> chosen, Map<Long, Payable> invoices,
                                        Set<String> regiesOnline) {
        List<Violation> v = new ArrayList<>();
        if (chosen == null || chosen.isEmpty()) {
            v.add(Violation.of("invoiceIds", "payment.online.selectionRequired"));
            return v;
        }
        if (chosen.size() > MAX_INVOICES) {
            v.add(Violation.of("invoiceIds", "payment.online.tooMany", MAX_INVOICES));
            return v;
        }
        Set<Long> seen = new HashSet<>();
        Set<String> regies = new HashSet<>();
        long total = 0;
        for (int i = 0; i < chosen.size(); i++) {
            String field = "invoiceIds[" + i + "]";
            Long id = chosen.get(i);
            Payable invoice = id == null ? null : invoices.get(id);
            if (invoice == null || invoice.householdId() != householdId) {
                v.add(Violation.of(field, "payment.online.unknownInvoice"));
            } else if (!seen.add(id)) {
                v.add(Violation.of(field, "payment.online.invoiceTwice", invoice.number()));
            } else if (invoice.sentToTreasury()) {
                v.add(Violation.of(field, "payment.online.sentToTreasury", invoice.number()));
            } else if (invoice.remainingCents() <= 0) {
                v.add(Violation.of(field, "payment.online.nothingToPay", invoice.number()));
            } else {
                regies.add(invoice.regieCode());
                total += invoice.remainingCents();
                if (!regiesOnline.contains(invoice.regieCode())) {
                    v.add(Violation.of(field, "payment.online.notOffered", invoice.number()));
                }
            }
        }
        if (!v.isEmpty()) {
            return v;
        }
        if (regies.size() > 1) {
            v.add(Violation.of("invoiceIds", "payment.online.oneRegie"));
        } else if (total < MINIMUM_CENTS) {
            v.add(Violation.of("invoiceIds", "payment.online.belowMinimum", BigDecimal.valueOf(MINIMUM_CENTS, 2)));
        }
        return v;
    }

    /** The label shown by the provider to the payer (the provider strips accents itself). */
    public static String label(List<String> numbers) {
        String text = (numbers.size() == 1 ? "Facture " : "Factures ") + String.join(" ", numbers);
        return text.length() <= 100 ? text : text.substring(0, 97) + "...";
    }
}
