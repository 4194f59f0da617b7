package fr.marelle.billing.control;

import fr.marelle.platform.control.Violation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a credit note before it is written: a reason, at least one line, each line of the
 * corrected invoice, a positive amount, and never more than what remains of the line once its
 * earlier credit notes (and the other items of the same request) are taken off.
 */
public final class CreditRules {

    /** One line of the request: which invoice line, how much. */
    public record Item(Long invoiceLineId, Integer amountCents) {
    }

    /** An invoice line as it stands: its invoice, amount and what earlier credit notes took off. */
    public record LineFacts(long invoiceId, int amountCents, long creditedCents) {
    }

    public static final int MAX_REASON = 500;

    private CreditRules() {
    }

    public static List<Violation> check(long invoiceId, String reason, List<Item> items, Map<Long, LineFacts> lines) {
        List<Violation> v = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            v.add(Violation.of("reason", "billing.credit.reasonRequired"));
        } else if (reason.strip().length() > MAX_REASON) {
            v.add(Violation.of("reason", "billing.credit.reasonTooLong", MAX_REASON));
        }
        if (items == null || items.isEmpty()) {
            v.add(Violation.of("lines", "billing.credit.linesRequired"));
            return v;
        }
        Map<Long, Long> asked = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String field = "lines[" + i + "]";
            Item item = items.get(i);
            LineFacts line = item == null || item.invoiceLineId() == null ? null : lines.get(item.invoiceLineId());
            if (line == null || line.invoiceId() != invoiceId) {
                v.add(Violation.of(field + ".invoiceLineId", "billing.credit.unknownLine"));
                continue;
            }
            if (item.amountCents() == null || item.amountCents() <= 0) {
                v.add(Violation.of(field + ".amountCents", "billing.credit.amountPositive"));
                continue;
            }
            long before = asked.getOrDefault(item.invoiceLineId(), 0L);
            long remaining = line.amountCents() - line.creditedCents() - before;
            if (item.amountCents() > remaining) {
                v.add(Violation.of(field + ".amountCents", "billing.credit.tooMuch", Math.max(0, remaining) / 100.0));
            }
            asked.put(item.invoiceLineId(), before + item.amountCents());
        }
        return v;
    }
}
