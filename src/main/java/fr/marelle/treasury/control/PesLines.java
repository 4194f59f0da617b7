package fr.marelle.treasury.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * From an invoice's lines to the sub-articles of its PES article: one line per local product code,
 * summing what is still owed on each invoice line. What the family already paid at the régie comes off the
 * product codes in their order, so the article is what the accountant is to collect.
 */
public final class PesLines {

    /** An invoice line: its kind of activity, the activity's name, and its amount net of credit notes. */
    public record Charge(String activityType, String activityName, long cents) {
    }

    private PesLines() {
    }

    /** The kinds of activity of the charges that have no product code. */
    public static Set<String> unmapped(List<Charge> charges, Map<String, PesOrmc.Product> products) {
        Set<String> missing = new LinkedHashSet<>();
        charges.stream().filter(c -> c.cents() > 0 && !products.containsKey(c.activityType()))
                .forEach(c -> missing.add(c.activityType()));
        return missing;
    }

    /** The sub-articles, by product code; none when nothing is left to collect. */
    public static List<PesOrmc.Line> group(List<Charge> charges, Map<String, PesOrmc.Product> products, long paidCents) {
        Map<String, long[]> cents = new TreeMap<>();
        Map<String, PesOrmc.Product> productOf = new TreeMap<>();
        Map<String, Set<String>> names = new TreeMap<>();
        for (Charge c : charges) {
            if (c.cents() <= 0) {
                continue;
            }
            PesOrmc.Product product = products.get(c.activityType());
            if (product == null) {
                throw new IllegalArgumentException("no product code for " + c.activityType());
            }
            String key = product.codProdLoc() + "/" + product.nature();
            productOf.put(key, product);
            cents.computeIfAbsent(key, k -> new long[1])[0] += c.cents();
            names.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c.activityName());
        }
        long toDeduct = Math.max(0, paidCents);
        List<PesOrmc.Line> lines = new ArrayList<>();
        for (var e : cents.entrySet()) {
            long amount = e.getValue()[0];
            long deducted = Math.min(amount, toDeduct);
            toDeduct -= deducted;
            if (amount - deducted > 0) {
                lines.add(new PesOrmc.Line(productOf.get(e.getKey()), String.join(", ", names.get(e.getKey())), amount - deducted));
            }
        }
        return lines;
    }
}
