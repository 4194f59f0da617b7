package fr.marelle.billing.control;

import fr.marelle.billing.entity.PaymentKind;
import fr.marelle.billing.entity.PaymentMeans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The collection docket (bordereau de régie) of one régie and day: every ledger entry received that
 * day grouped by means (payments in, refunds and reversals out), with the total of each means and
 * the overall total. Pure: built from the entries read.
 */
public record Docket(String regieCode, String regieName, LocalDate day, List<Line> lines, Map<PaymentMeans, Long> totals,
                     long totalCents) {

    /** One entry of the day; amountCents is signed (a refund or a reversal of a payment is negative). */
    public record Line(long paymentId, String number, PaymentKind kind, PaymentMeans means, long householdId,
                       String household, long amountCents, String chequeNumber, String bank, String reference) {
    }

    /** The means that have entries, in the order of {@link PaymentMeans}, each with its lines. */
    public record Group(PaymentMeans means, List<Line> lines, long totalCents) {
    }

    public static Docket of(String regieCode, String regieName, LocalDate day, List<Line> entries) {
        List<Line> lines = entries.stream()
                .sorted(Comparator.comparing(Line::means).thenComparing(Line::number)).toList();
        Map<PaymentMeans, Long> totals = new EnumMap<>(PaymentMeans.class);
        lines.forEach(l -> totals.merge(l.means(), l.amountCents(), Long::sum));
        return new Docket(regieCode, regieName, day, lines, totals,
                lines.stream().mapToLong(Line::amountCents).sum());
    }

    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        totals.forEach((means, total) -> groups.add(new Group(means,
                lines.stream().filter(l -> l.means() == means).toList(), total)));
        return groups;
    }
}
