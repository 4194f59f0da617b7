package fr.marelle.payment.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * Compares the portal's online payments with the provider's word on them, by our reference
 * (refdet): every difference is listed, nothing is changed. Pure: both sides are read before.
 */
public final class Reconciliation {

    public enum Kind {
        /** The provider took the money; the portal did not record it. */
        PAID_AT_PROVIDER_ONLY,
        /** The portal recorded a payment the provider does not show as paid. */
        PAID_ON_PORTAL_ONLY,
        /** Both say paid, for different amounts. */
        AMOUNT_DIFFERS,
        /** The provider knows a reference the portal never created. */
        UNKNOWN_REFERENCE
    }

    /** An attempt as the portal sees it. */
    public record PortalRecord(long attemptId, String reference, long amountCents, boolean paid, String status) {
    }

    /** An operation as the provider reports it (live answer or statement line). */
    public record ProviderRecord(String reference, String operationId, Long amountCents, boolean paid, String state) {
    }

    public record Mismatch(Kind kind, String reference, Long attemptId, Long portalCents, Long providerCents,
                           String portalStatus, String providerState) {
    }

    /** The comparison: what matches, what differs, and the totals paid on each side. */
    public record Report(int compared, int matched, long portalPaidCents, long providerPaidCents, List<Mismatch> mismatches) {
    }

    private Reconciliation() {
    }

    /**
     * @param portal   the portal's attempts to compare: those of the period, and every attempt whose
     *                 reference the provider's records name
     * @param provider the provider's records of the period
     */
    public static Report compare(List<PortalRecord> portal, List<ProviderRecord> provider) {
        Map<String, PortalRecord> ours = new HashMap<>();
        portal.forEach(p -> ours.put(p.reference(), p));
        Map<String, ProviderRecord> theirs = new HashMap<>();
        for (ProviderRecord r : provider) {
            // a statement may list an operation twice (e.g. abandoned, then paid): the paid line wins
            theirs.merge(r.reference(), r, (a, b) -> b.paid() ? b : a);
        }
        List<Mismatch> mismatches = new ArrayList<>();
        int matched = 0;
        Set<String> seen = new HashSet<>();
        for (PortalRecord p : portal) {
            seen.add(p.reference());
            ProviderRecord r = theirs.get(p.reference());
            boolean providerPaid = r != null && r.paid();
            if (p.paid() && !providerPaid) {
                mismatches.add(new Mismatch(Kind.PAID_ON_PORTAL_ONLY, p.reference(), p.attemptId(), p.amountCents(),
                        r == null ? null : r.amountCents(), p.status(), r == null ? null : r.state()));
            } else if (!p.paid() && providerPaid) {
                mismatches.add(new Mismatch(Kind.PAID_AT_PROVIDER_ONLY, p.reference(), p.attemptId(), p.amountCents(),
                        r.amountCents(), p.status(), r.state()));
            } else if (p.paid() && (r.amountCents() == null || r.amountCents() != p.amountCents())) {
                mismatches.add(new Mismatch(Kind.AMOUNT_DIFFERS, p.reference(), p.attemptId(), p.amountCents(),
                        r.amountCents(), p.status(), r.state()));
            } else {
                matched++;
            }
        }
        for (ProviderRecord r : theirs.values()) {
            if (!seen.contains(r.reference())) {
                mismatches.add(new Mismatch(Kind.UNKNOWN_REFERENCE, r.reference(), null, null, r.amountCents(), null, r.state()));
            }
        }
        mismatches.sort(Comparator.comparing(Mismatch::kind).thenComparing(Mismatch::reference));
        long portalPaid = portal.stream().filter(PortalRecord::paid).mapToLong(PortalRecord::amountCents).sum();
        long providerPaid = theirs.values().stream().filter(ProviderRecord::paid)
                .mapToLong(r -> r.amountCents() == null ? 0 : r.amountCents()).sum();
        return new Report(portal.size(), matched, portalPaid, providerPaid, List.copyOf(mismatches));
    }
}
