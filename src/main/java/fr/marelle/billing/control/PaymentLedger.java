package fr.marelle.billing.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.billing.entity.Payment;
import fr.marelle.billing.entity.PaymentAllocation;
import fr.marelle.billing.entity.PaymentKind;
import fr.marelle.billing.entity.PaymentMeans;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The households' accounts at each régie: money received, put on invoices, kept as credit, given
 * back, or cancelled by a reversing entry. The only writer of payments and allocations; callers
 * (counter, online payment) check who may ask. Every change runs under the household's row lock,
 * then the invoices' locks, so two cashiers or a cashier and an online payment never put more on
 * an invoice than remains of it nor spend the same credit twice.
 */
@ApplicationScoped
public class PaymentLedger {

    public static final int MAX_NOTE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentCounters counters;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Records money received and puts it on the given invoices; whatever is not put on an invoice
     * stays as the household's credit at the régie.
     */
    @Transactional
    public Payment receive(Long actorId, Payment.Facts facts, List<LedgerRules.Allocation> allocations) {
        lockHousehold(facts.householdId());
        return record(actorId, facts, allocations, lockInvoices(allocations));
    }

    /**
     * Receives an online payment for the invoices it was made for: each gets what was asked for it
     * but no more than remains now; the rest becomes credit (nothing is refused: the money is in).
     */
    @Transactional
    public Payment receiveOnline(Payment.Facts facts, List<LedgerRules.Allocation> asked) {
        lockHousehold(facts.householdId());
        Map<Long, LedgerRules.InvoiceFacts> invoices = lockInvoices(asked);
        return record(null, facts, LedgerRules.fit(asked, invoices), invoices);
    }

    /** Checks and writes a payment and its allocations, under the locks the caller took. */
    private Payment record(Long actorId, Payment.Facts facts, List<LedgerRules.Allocation> allocations,
                           Map<Long, LedgerRules.InvoiceFacts> invoices) {
        if (facts.kind() != PaymentKind.PAYMENT || facts.amountCents() <= 0) {
            throw RuleViolationException.of("amountCents", "billing.payment.amountPositive");
        }
        RuleViolationException.throwIfAny(LedgerRules.check(facts.householdId(), facts.regieCode(), facts.amountCents(),
                allocations, invoices));
        Payment payment = write(actorId, facts);
        for (LedgerRules.Allocation a : allocations) {
            allocate(actorId, payment.getId(), a.invoiceId(), a.amountCents());
        }
        audit.record("billing.payment.receive", "payment", payment.getId(), null, withAllocations(payment, allocations));
        return payment;
    }

    /** Puts some of the household's credit at the régie on its invoices, oldest money first. */
    @Transactional
    public void useCredit(long actorId, long householdId, String regieCode, List<LedgerRules.Allocation> allocations) {
        lockHousehold(householdId);
        Map<Long, LedgerRules.InvoiceFacts> invoices = lockInvoices(allocations);
        if (allocations.isEmpty()) {
            throw RuleViolationException.of("allocations", "billing.payment.allocationRequired");
        }
        RuleViolationException.throwIfAny(LedgerRules.check(householdId, regieCode, creditOf(householdId, regieCode),
                allocations, invoices));
        // money in that was not cancelled since (a reversed payment's leftover is no credit any more)
        List<Object[]> sources = rows(em.createNativeQuery("select p.id, p.amount_cents - coalesce((select sum(a.amount_cents)"
                        + " from payment_allocation a where a.payment_id = p.id), 0) from payment p"
                        + " where p.household_id = ?1 and p.regie_code = ?2 and p.amount_cents > 0"
                        + " and not exists (select 1 from payment r where r.reverses_id = p.id) order by p.recorded_at, p.id")
                .setParameter(1, householdId).setParameter(2, regieCode));
        Map<Long, Long> left = new LinkedHashMap<>();
        sources.forEach(r -> left.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        for (LedgerRules.Allocation a : allocations) {
            long toPut = a.amountCents();
            for (Map.Entry<Long, Long> source : left.entrySet()) {
                long take = Math.min(toPut, source.getValue());
                if (take > 0) {
                    allocate(actorId, source.getKey(), a.invoiceId(), take);
                    source.setValue(source.getValue() - take);
                    toPut -= take;
                }
            }
            if (toPut > 0) {
                // the credit total was checked; only refunds can make the per-payment leftovers exceed it
                throw new IllegalStateException("credit of household " + householdId + " does not cover invoice " + a.invoiceId());
            }
        }
        audit.record("billing.payment.useCredit", "household", householdId, null,
                Map.of("regie", regieCode, "allocations", allocations));
    }

    /** Gives back some of the household's credit at the régie (cash, cheque or transfer). */
    @Transactional
    public Payment refund(long actorId, long householdId, String regieCode, long amountCents, PaymentMeans means,
                          String reference, String note) {
        lockHousehold(householdId);
        if (means == null || !PaymentMeans.REFUND.contains(means)) {
            throw RuleViolationException.of("means", "billing.payment.refundMeans");
        }
        if (amountCents <= 0) {
            throw RuleViolationException.of("amountCents", "billing.payment.amountPositive");
        }
        long credit = creditOf(householdId, regieCode);
        if (amountCents > credit) {
            throw RuleViolationException.of("amountCents", "billing.payment.refundAboveCredit", LedgerRules.euros(credit));
        }
        Payment refund = write(actorId, new Payment.Facts(householdId, regieCode, PaymentKind.REFUND, means, -amountCents,
                LocalDate.now(clock), null, null, reference, null, null, note));
        audit.record("billing.payment.refund", "payment", refund.getId(), null, refund.auditView());
        return refund;
    }

    /**
     * Cancels a mistaken entry (a bounced cheque, a payment recorded twice) by its opposite: what it
     * put on invoices is taken back off them. Refused when the credit it left was already given back
     * or spent elsewhere than on invoices, and for online payments (those are settled with the provider).
     */
    @Transactional
    public Payment reverse(long actorId, long paymentId, String reason) {
        Payment original = em.find(Payment.class, paymentId);
        if (original == null) {
            throw new UnknownRecordException("payment", paymentId);
        }
        lockHousehold(original.getHouseholdId());
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_NOTE) {
            throw RuleViolationException.of("reason", "billing.payment.reverseReason", MAX_NOTE);
        }
        if (original.getKind() == PaymentKind.REVERSAL) {
            throw RuleViolationException.of("paymentId", "billing.payment.reverseReversal");
        }
        if (original.getMeans().isOnline()) {
            throw RuleViolationException.of("paymentId", "billing.payment.reverseOnline");
        }
        Long already = em.createQuery("select count(p) from Payment p where p.reversesId = :id", Long.class)
                .setParameter("id", paymentId).getSingleResult();
        if (already > 0) {
            throw RuleViolationException.of("paymentId", "billing.payment.alreadyReversed", original.getNumber());
        }
        Map<Long, Long> onInvoices = new LinkedHashMap<>();
        for (Object[] r : rows(em.createNativeQuery("select invoice_id, sum(amount_cents) from payment_allocation where payment_id = ?1"
                + " group by invoice_id having sum(amount_cents) <> 0 order by invoice_id")
                .setParameter(1, paymentId))) {
            onInvoices.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        lockInvoices(onInvoices.keySet().stream().map(id -> new LedgerRules.Allocation(id, 0L)).toList());
        long leftAsCredit = original.getAmountCents() - onInvoices.values().stream().mapToLong(Long::longValue).sum();
        if (creditOf(original.getHouseholdId(), original.getRegieCode()) - leftAsCredit < 0) {
            throw RuleViolationException.of("paymentId", "billing.payment.creditAlreadyUsed", original.getNumber());
        }
        Payment reversal = write(actorId, new Payment.Facts(original.getHouseholdId(), original.getRegieCode(),
                PaymentKind.REVERSAL, original.getMeans(), -original.getAmountCents(), LocalDate.now(clock),
                original.getChequeNumber(), original.getBank(), original.getNumber(), paymentId, null, reason.strip()));
        onInvoices.forEach((invoiceId, cents) -> allocate(actorId, reversal.getId(), invoiceId, -cents));
        audit.record("billing.payment.reverse", "payment", paymentId, original.auditView(), reversal.auditView());
        return reversal;
    }

    /**
     * After a credit note: if what was paid on the invoice now exceeds what it asks, the excess goes
     * back to the household's credit (newest money first). Runs in the credit note's transaction,
     * under the invoice's row lock it already holds.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseOverpayment(Long actorId, long invoiceId) {
        List<?> r = em.createNativeQuery("select i.total_cents"
                        + " - coalesce((select sum(c.total_cents) from credit_note c where c.invoice_id = i.id), 0)"
                        + " - coalesce((select sum(a.amount_cents) from payment_allocation a where a.invoice_id = i.id), 0)"
                        + " from invoice i where i.id = ?1")
                .setParameter(1, invoiceId).getResultList();
        long remaining = r.isEmpty() ? 0 : ((Number) r.get(0)).longValue();
        long excess = -remaining;
        if (excess <= 0) {
            return;
        }
        List<Object[]> byPayment = rows(em.createNativeQuery("select payment_id, sum(amount_cents) from payment_allocation"
                        + " where invoice_id = ?1 group by payment_id having sum(amount_cents) > 0 order by max(allocated_at) desc,"
                        + " payment_id desc").setParameter(1, invoiceId));
        for (Object[] p : byPayment) {
            long take = Math.min(excess, ((Number) p[1]).longValue());
            allocate(actorId, ((Number) p[0]).longValue(), invoiceId, -take);
            excess -= take;
            if (excess == 0) {
                break;
            }
        }
        audit.record("billing.payment.releaseOverpayment", "invoice", invoiceId, null, Map.of("releasedCents", -remaining));
    }

    /** The household's credit at the régie: money received and not (or no longer) on an invoice. */
    public long creditOf(long householdId, String regieCode) {
        Number credit = (Number) em.createNativeQuery("select coalesce(sum(p.amount_cents), 0)"
                        + " - coalesce((select sum(a.amount_cents) from payment_allocation a join payment q on q.id = a.payment_id"
                        + " where q.household_id = ?1 and q.regie_code = ?2), 0) from payment p"
                        + " where p.household_id = ?1 and p.regie_code = ?2")
                .setParameter(1, householdId).setParameter(2, regieCode).getSingleResult();
        return credit.longValue();
    }

    /** The household's credit per régie, only where there is some. */
    public Map<String, Long> creditsOf(long householdId) {
        Map<String, Long> credits = new LinkedHashMap<>();
        for (Object[] r : rows(em.createNativeQuery("select p.regie_code, sum(p.amount_cents) - coalesce((select sum(a.amount_cents)"
                        + " from payment_allocation a join payment q on q.id = a.payment_id where q.household_id = ?1"
                        + " and q.regie_code = p.regie_code), 0) from payment p where p.household_id = ?1"
                        + " group by p.regie_code order by p.regie_code")
                .setParameter(1, householdId))) {
            long cents = ((Number) r[1]).longValue();
            if (cents != 0) {
                credits.put((String) r[0], cents);
            }
        }
        return credits;
    }

    private Payment write(Long actorId, Payment.Facts facts) {
        int year = facts.receivedOn().getYear();
        int number = counters.reserve(DocumentNumbers.Series.RECEIPT, year, facts.regieCode(), 1);
        Payment payment = new Payment(DocumentNumbers.format(DocumentNumbers.Series.RECEIPT, year, facts.regieCode(), number),
                facts, actorId, OffsetDateTime.now(clock));
        em.persist(payment);
        em.flush();
        return payment;
    }

    private void allocate(Long actorId, long paymentId, long invoiceId, long cents) {
        em.persist(new PaymentAllocation(paymentId, invoiceId, cents, actorId, OffsetDateTime.now(clock)));
        em.flush();
    }

    private void lockHousehold(long householdId) {
        if (em.createNativeQuery("select id from household where id = ?1 for update").setParameter(1, householdId)
                .getResultList().isEmpty()) {
            throw new UnknownRecordException("household", householdId);
        }
    }

    /** Locks the invoices (in id order, so two callers never deadlock) and reads where they stand. */
    private Map<Long, LedgerRules.InvoiceFacts> lockInvoices(List<LedgerRules.Allocation> allocations) {
        List<Long> ids = allocations.stream().filter(a -> a != null && a.invoiceId() != null)
                .map(LedgerRules.Allocation::invoiceId).distinct().sorted().toList();
        Map<Long, LedgerRules.InvoiceFacts> facts = new HashMap<>();
        if (ids.isEmpty()) {
            return facts;
        }
        em.createNativeQuery("select id from invoice where id = any(?1) order by id for update")
                .setParameter(1, ids.toArray(new Long[0])).getResultList();
        for (Object[] r : rows(em.createNativeQuery("select i.id, i.number, i.household_id, i.regie_code, i.total_cents"
                        + " - coalesce((select sum(c.total_cents) from credit_note c where c.invoice_id = i.id), 0)"
                        + " - coalesce((select sum(a.amount_cents) from payment_allocation a where a.invoice_id = i.id), 0),"
                        + " exists (select 1 from invoice_treasury_transfer t where t.invoice_id = i.id)"
                        + " from invoice i where i.id = any(?1)")
                .setParameter(1, ids.toArray(new Long[0])))) {
            long id = ((Number) r[0]).longValue();
            facts.put(id, new LedgerRules.InvoiceFacts(id, (String) r[1], ((Number) r[2]).longValue(), (String) r[3],
                    ((Number) r[4]).longValue(), (Boolean) r[5]));
        }
        return facts;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query query) {
        return (List<Object[]>) query.getResultList();
    }

    private static Map<String, Object> withAllocations(Payment payment, List<LedgerRules.Allocation> allocations) {
        Map<String, Object> view = new LinkedHashMap<>(payment.auditView());
        List<Map<String, Object>> list = new ArrayList<>();
        allocations.forEach(a -> list.add(Map.of("invoice", a.invoiceId(), "amountCents", a.amountCents())));
        view.put("allocations", list);
        return view;
    }
}
