package fr.marelle.billing.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a run bills given what earlier runs of the same month already invoiced, so that running a
 * month again after corrections bills only the differences:
 * <ul>
 * <li>a charge never invoiced is billed in full (a line at 0 too, e.g. an excused absence);</li>
 * <li>a charge already invoiced is not billed again; if its amount has gone up since (a price grid
 *     or an attendance fixed), only the increase is billed, on a line marked as an adjustment;</li>
 * <li>a charge that went down, or a line corrected by a credit note, is never billed back: the
 *     credit note is the correction (attendance is locked once invoiced, so a rerun would otherwise
 *     re-bill what finance deliberately credited). To correct a price, credit the difference.</li>
 * </ul>
 * The comparison uses the gross amount invoiced per source (household, session, child).
 */
public final class Rebilling {

    /** A charge to put on an invoice now: the amount billed and whether it completes an earlier line. */
    public record Billable(ChargeRules.Charge charge, int amountCents, boolean adjustment) {
    }

    private Rebilling() {
    }

    public static List<Billable> toBill(List<ChargeRules.Charge> charges, Map<ChargeRules.SourceKey, Long> invoicedCents) {
        List<Billable> bill = new ArrayList<>();
        for (ChargeRules.Charge c : charges) {
            Long invoiced = invoicedCents.get(c.source().key());
            if (invoiced == null) {
                bill.add(new Billable(c, c.cents(), false));
            } else if (c.cents() > invoiced) {
                bill.add(new Billable(c, (int) (c.cents() - invoiced), true));
            }
        }
        return bill;
    }

    /** The total of what is billed; a household is invoiced only when it is above zero. */
    public static long total(List<Billable> bill) {
        return bill.stream().mapToLong(Billable::amountCents).sum();
    }
}
