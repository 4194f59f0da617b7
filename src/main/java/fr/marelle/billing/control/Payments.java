package fr.marelle.billing.control;

import fr.marelle.billing.entity.Payment;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.identity.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reading the ledger: a household's payments, refunds and reversals with the invoices each settled,
 * for finance staff (any household) or a guardian (their own; another household's answers 404).
 */
@ApplicationScoped
public class Payments {

    /** Money of an entry on one invoice (negative when taken back). */
    public record Settled(long invoiceId, String invoiceNumber, long amountCents) {
    }

    /**
     * One ledger entry with what it put on invoices, the number of the entry it reverses (or that
     * reversed it), and the household's credit at the régie just after it.
     */
    public record Entry(Payment payment, List<Settled> settled, String reversesNumber, String reversedByNumber,
                        long creditAfterCents) {
        public long settledCents() {
            return settled.stream().mapToLong(Settled::amountCents).sum();
        }
    }

    /** A payment's share of one invoice, for the invoice's page. */
    public record OnInvoice(Payment payment, long amountCents) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HouseholdAccess access;

    @Inject
    FinanceAccess finance;

    @Inject
    PaymentLedger ledger;

    /** The signed-in guardian's household's entries, newest first (none without a household). */
    public List<Entry> mine(long actorId) {
        access.actor(actorId);
        return access.ownHousehold(actorId).map(this::entriesOf).orElse(List.of());
    }

    /** Credit per régie of the signed-in guardian's household. */
    public Map<String, Long> myCredits(long actorId) {
        access.actor(actorId);
        return access.ownHousehold(actorId).map(ledger::creditsOf).orElse(Map.of());
    }

    /** A household's entries, newest first (finance staff, or a guardian of the household). */
    public List<Entry> ofHousehold(long actorId, long householdId) {
        readableHousehold(actorId, householdId);
        return entriesOf(householdId);
    }

    public Map<String, Long> creditsOf(long actorId, long householdId) {
        readableHousehold(actorId, householdId);
        return ledger.creditsOf(householdId);
    }

    /** One entry, if the actor may read it (their household's, or any for finance staff). */
    public Entry get(long actorId, long paymentId) {
        Payment payment = em.find(Payment.class, paymentId);
        if (payment == null) {
            throw new UnknownRecordException("payment", paymentId);
        }
        Account actor = access.actor(actorId);
        if (!finance.isFinanceStaff(actorId)
                && !access.isGuardianOf(actorId, payment.getHouseholdId())) {
            throw new UnknownRecordException("payment", paymentId);
        }
        return entry(payment);
    }

    /** What was put on (or taken back off) one invoice, entry by entry, oldest first; callers check access. */
    public List<OnInvoice> onInvoice(long invoiceId) {
        List<OnInvoice> list = new ArrayList<>();
        for (Object row : em.createQuery("select p, sum(a.amountCents) from PaymentAllocation a, Payment p"
                        + " where p.id = a.paymentId and a.invoiceId = :i group by p order by p.recordedAt, p.id", Object[].class)
                .setParameter("i", invoiceId).getResultList()) {
            Object[] r = (Object[]) row;
            list.add(new OnInvoice((Payment) r[0], ((Number) r[1]).longValue()));
        }
        return list;
    }

    private void readableHousehold(long actorId, long householdId) {
        Account actor = access.actor(actorId);
        if (!finance.isFinanceStaff(actorId) && !access.isGuardianOf(actorId, householdId)) {
            throw new UnknownRecordException("household", householdId);
        }
    }

    private List<Entry> entriesOf(long householdId) {
        return em.createQuery("select p from Payment p where p.householdId = :h order by p.recordedAt desc, p.id desc",
                        Payment.class).setParameter("h", householdId).getResultList().stream().map(this::entry).toList();
    }

    private Entry entry(Payment p) {
        List<Settled> settled = new ArrayList<>();
        for (Object row : em.createNativeQuery("select a.invoice_id, i.number, sum(a.amount_cents) from payment_allocation a"
                        + " join invoice i on i.id = a.invoice_id where a.payment_id = ?1 group by a.invoice_id, i.number"
                        + " having sum(a.amount_cents) <> 0 order by i.number")
                .setParameter(1, p.getId()).getResultList()) {
            Object[] r = (Object[]) row;
            settled.add(new Settled(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue()));
        }
        String reverses = p.getReversesId() == null ? null : em.find(Payment.class, p.getReversesId()).getNumber();
        List<String> reversedBy = em.createQuery("select r.number from Payment r where r.reversesId = :id", String.class)
                .setParameter("id", p.getId()).getResultList();
        return new Entry(p, List.copyOf(settled), reverses, reversedBy.isEmpty() ? null : reversedBy.get(0), creditAfter(p));
    }

    /**
     * The household's credit at the régie once the entry and its allocations were written: the
     * money of entries recorded until then less what was on invoices until then.
     */
    private long creditAfter(Payment p) {
        OffsetDateTime lastAllocation = em.createQuery("select max(a.allocatedAt) from PaymentAllocation a where a.paymentId = :p",
                OffsetDateTime.class).setParameter("p", p.getId()).getSingleResult();
        OffsetDateTime until = lastAllocation != null && lastAllocation.isAfter(p.getRecordedAt()) ? lastAllocation : p.getRecordedAt();
        Number in = (Number) em.createQuery("select coalesce(sum(q.amountCents), 0) from Payment q where q.householdId = :h"
                        + " and q.regieCode = :r and (q.recordedAt < :t or q.id = :id or (q.recordedAt = :t and q.id < :id))")
                .setParameter("h", p.getHouseholdId()).setParameter("r", p.getRegieCode()).setParameter("t", p.getRecordedAt())
                .setParameter("id", p.getId()).getSingleResult();
        Number on = (Number) em.createQuery("select coalesce(sum(a.amountCents), 0) from PaymentAllocation a, Payment q"
                        + " where q.id = a.paymentId and q.householdId = :h and q.regieCode = :r and a.allocatedAt <= :t")
                .setParameter("h", p.getHouseholdId()).setParameter("r", p.getRegieCode()).setParameter("t", until)
                .getSingleResult();
        return in.longValue() - on.longValue();
    }
}
