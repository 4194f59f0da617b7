package fr.marelle.payment.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.billing.control.Invoices;
import fr.marelle.billing.control.LedgerRules;
import fr.marelle.billing.control.PaymentLedger;
import fr.marelle.billing.entity.Payment;
import fr.marelle.billing.entity.PaymentKind;
import fr.marelle.billing.entity.PaymentMeans;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.identity.entity.Account;
import fr.marelle.payment.entity.AttemptStatus;
import fr.marelle.payment.entity.PaymentAttempt;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The database side of online payments, one short transaction per step, so that no transaction
 * is held open while the provider is called over the network.
 */
@ApplicationScoped
public class AttemptStore {

    /** An attempt reached a final status (observed once the transaction commits: the metrics). */
    public record AttemptSettled(AttemptStatus status) {
    }

    @Inject
    Event<AttemptSettled> settled;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** A stored attempt and what the provider must be told about it. */
    public record Opened(PaymentAttempt attempt, String clientNumber, String label) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HouseholdAccess access;

    @Inject
    Invoices invoices;

    @Inject
    PayfipClients accounts;

    @Inject
    PaymentLedger ledger;

    @Inject
    AttemptLog log;

    @Inject
    PaymentMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Checks the family's choice and stores a new attempt for it; any open attempt for one of the
     * same invoices is given up (a family pays an invoice through one attempt at a time).
     */
    @Transactional
    public Opened open(long actorId, List<Long> invoiceIds, String provider) {
        Account actor = access.actor(actorId);
        long householdId = access.ownHousehold(actorId)
                .orElseThrow(() -> RuleViolationException.of("invoiceIds", "payment.online.noHousehold"));
        // one new attempt of a household at a time: two clicks on "pay" do not make two live attempts
        em.createNativeQuery("select id from household where id = ?1 for update").setParameter(1, householdId).getResultList();
        List<Long> ids = invoiceIds == null ? List.of() : invoiceIds;
        Map<Long, PaymentSelection.Payable> payable = new HashMap<>();
        for (Invoices.Summary s : invoices.summariesOf(ids.stream().filter(java.util.Objects::nonNull).distinct().toList())) {
            var i = s.invoice();
            payable.put(i.getId(), new PaymentSelection.Payable(i.getId(), i.getNumber(), i.getHouseholdId(), i.getRegieCode(),
                    s.remainingCents(), s.status() == fr.marelle.billing.entity.InvoiceStatus.SENT_TO_TREASURY));
        }
        Map<String, String> clients = accounts.byRegie();
        RuleViolationException.throwIfAny(PaymentSelection.check(householdId, ids, payable, clients.keySet()));
        List<PaymentSelection.Payable> chosen = ids.stream().map(payable::get).toList();
        String regie = chosen.get(0).regieCode();
        long total = chosen.stream().mapToLong(PaymentSelection.Payable::remainingCents).sum();
        OffsetDateTime now = OffsetDateTime.now(clock);
        PaymentAttempt attempt = new PaymentAttempt(newReference(), provider, regie, householdId, total, actor.getEmail(),
                actorId, now);
        em.persist(attempt);
        em.flush();
        for (PaymentSelection.Payable p : chosen) {
            em.createNativeQuery("insert into payment_attempt_invoice (attempt_id, invoice_id, amount_cents) values (?1, ?2, ?3)")
                    .setParameter(1, attempt.getId()).setParameter(2, p.id()).setParameter(3, p.remainingCents()).executeUpdate();
        }
        supersedeOthers(attempt, ids, now);
        log.event(attempt.getId(), null, "CREATED", actorId, "invoices " + chosen.stream().map(PaymentSelection.Payable::number).toList());
        audit.record("payment.attempt.open", "payment_attempt", attempt.getId(), null, attempt.auditView());
        return new Opened(attempt, clients.get(regie),
                PaymentSelection.label(chosen.stream().map(PaymentSelection.Payable::number).toList()));
    }

    private void supersedeOthers(PaymentAttempt attempt, List<Long> invoiceIds, OffsetDateTime now) {
        List<PaymentAttempt> open = em.createQuery("select a from PaymentAttempt a where a.id <> :self and a.status in :open"
                        + " and exists (select ai from PaymentAttemptInvoice ai where ai.attemptId = a.id and ai.invoiceId in :ids)"
                        + " order by a.id", PaymentAttempt.class)
                .setParameter("ids", invoiceIds).setParameter("self", attempt.getId())
                .setParameter("open", List.of(AttemptStatus.NEW, AttemptStatus.PENDING))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (PaymentAttempt old : open) {
            var before = old.auditView();
            old.supersede(attempt.getId(), now);
            log.event(old.getId(), old.getOperationId(), "SUPERSEDED", attempt.getCreatedBy(), "replaced by attempt " + attempt.getId());
            audit.record("payment.attempt.supersede", "payment_attempt", old.getId(), before, old.auditView());
        }
    }

    /** The provider accepted the operation. */
    @Transactional
    public PaymentAttempt sent(long attemptId, CreatedOperation operation) {
        PaymentAttempt attempt = em.find(PaymentAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt.getStatus() == AttemptStatus.NEW) {
            attempt.sent(operation.operationId());
        }
        log.event(attemptId, operation.operationId(), "REDIRECTED", attempt.getCreatedBy(), operation.rawAnswer());
        return attempt;
    }

    /**
     * The provider could not be reached or refused to create the operation: the attempt stays
     * (nothing is lost, it expires by itself) and the reason is kept.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void providerFailed(long attemptId, ProviderException e) {
        log.event(attemptId, null, "PROVIDER_ERROR", null, e.kind() + " " + (e.code() == null ? "" : e.code() + " ")
                + (e.label() == null ? "" : e.label() + " ") + e.getMessage());
        if (e.kind() == ProviderException.Kind.REFUSED) {
            PaymentAttempt attempt = em.find(PaymentAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
            if (attempt.getStatus() == AttemptStatus.NEW) {
                attempt.checked(OffsetDateTime.now(clock), e.code());
                attempt.settle(AttemptStatus.ERROR, OffsetDateTime.now(clock));
                settled.fire(new AttemptSettled(AttemptStatus.ERROR));
            }
        }
    }

    public Optional<PaymentAttempt> find(long attemptId) {
        return Optional.ofNullable(em.find(PaymentAttempt.class, attemptId));
    }

    public Optional<PaymentAttempt> byOperation(String operationId) {
        return em.createQuery("select a from PaymentAttempt a where a.operationId = :op", PaymentAttempt.class)
                .setParameter("op", operationId).getResultStream().findFirst();
    }

    /** A check that could not be made: kept, the attempt is asked again later. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void checkFailed(long attemptId, String trigger, ProviderException e) {
        PaymentAttempt attempt = em.find(PaymentAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        attempt.checked(OffsetDateTime.now(clock), null);
        log.event(attemptId, attempt.getOperationId(), "CHECK", null, trigger + ": " + e.kind() + " " + e.getMessage());
    }

    /**
     * Applies the provider's answer under the attempt's row lock: whoever comes second (the
     * notification, the browser's return or the poller) finds the attempt settled and changes
     * nothing; the unique attempt of a payment row makes a second payment impossible anyway.
     */
    @Transactional
    public AttemptStatus apply(long attemptId, String trigger, OperationResult result) {
        PaymentAttempt attempt = em.find(PaymentAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(attempt);
        OffsetDateTime now = OffsetDateTime.now(clock);
        log.event(attemptId, attempt.getOperationId(), "CHECK", null, trigger + ": " + result.state() + " " + result.rawAnswer());
        AttemptOutcomes.Decision decision = AttemptOutcomes.decide(attempt.getStatus(), attempt.getAmountCents(),
                attempt.getReference(), result);
        var before = attempt.auditView();
        switch (decision.action()) {
            case NONE -> {
                return attempt.getStatus();
            }
            case WAIT -> {
                attempt.checked(now, result.providerCode());
                return attempt.getStatus();
            }
            case PAY, PAY_LATE -> {
                attempt.checked(now, result.providerCode());
                attempt.settle(AttemptStatus.PAID, now);
                Payment payment = ledger.receiveOnline(paymentFacts(attempt, result), askedAllocations(attemptId));
                log.event(attemptId, attempt.getOperationId(), "RESULT", null, "PAID, receipt " + payment.getNumber());
                mails.receipt(attempt, payment, invoiceNumbers(attemptId));
                if (decision.action() == AttemptOutcomes.Action.PAY_LATE) {
                    log.alert(attemptId, "LATE_PAYMENT", "attempt " + attempt.getReference() + " was paid at the provider after"
                            + " it had been given up; payment " + payment.getNumber() + " recorded");
                }
            }
            case FAIL -> {
                attempt.checked(now, result.providerCode());
                attempt.settle(decision.status(), now);
                log.event(attemptId, attempt.getOperationId(), "RESULT", null, decision.status().name());
            }
            case MISMATCH -> {
                attempt.checked(now, result.providerCode());
                attempt.settle(AttemptStatus.ERROR, now);
                String detail = "attempt " + attempt.getReference() + " for " + attempt.getAmountCents() + " cents: provider says "
                        + result.state() + " " + result.amountCents() + " cents, reference " + result.reference();
                log.event(attemptId, attempt.getOperationId(), "MISMATCH", null, detail);
                log.alert(attemptId, decision.mismatch(), detail);
            }
        }
        audit.record("payment.attempt." + decision.status().name().toLowerCase(), "payment_attempt", attemptId, before,
                attempt.auditView());
        settled.fire(new AttemptSettled(attempt.getStatus()));
        return attempt.getStatus();
    }

    public Optional<Payment> paymentOf(long attemptId) {
        return em.createQuery("select p from Payment p where p.attemptId = :a", Payment.class).setParameter("a", attemptId)
                .getResultStream().findFirst();
    }

    public List<String> invoiceNumbers(long attemptId) {
        return em.createQuery("select i.number from PaymentAttemptInvoice ai, Invoice i where i.id = ai.invoiceId"
                + " and ai.attemptId = :a order by i.number", String.class).setParameter("a", attemptId).getResultList();
    }

    /** Attempts still waiting for the provider, oldest first (in a transaction: the poller's thread has no other). */
    @Transactional
    public List<PaymentAttempt> waiting(int limit) {
        return em.createQuery("select a from PaymentAttempt a where a.status in :open order by a.createdAt", PaymentAttempt.class)
                .setParameter("open", List.of(AttemptStatus.NEW, AttemptStatus.PENDING)).setMaxResults(limit).getResultList();
    }

    /** An attempt that never reached the provider, or that it never answered, is given up. */
    @Transactional
    public void expire(long attemptId, String why) {
        PaymentAttempt attempt = em.find(PaymentAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (!attempt.getStatus().isOpen()) {
            return;
        }
        var before = attempt.auditView();
        attempt.settle(AttemptStatus.EXPIRED, OffsetDateTime.now(clock));
        settled.fire(new AttemptSettled(AttemptStatus.EXPIRED));
        log.event(attemptId, attempt.getOperationId(), "EXPIRED", null, why);
        audit.record("payment.attempt.expired", "payment_attempt", attemptId, before, attempt.auditView());
    }

    private List<LedgerRules.Allocation> askedAllocations(long attemptId) {
        return em.createQuery("select ai from PaymentAttemptInvoice ai where ai.attemptId = :a order by ai.invoiceId",
                        fr.marelle.payment.entity.PaymentAttemptInvoice.class)
                .setParameter("a", attemptId).getResultList().stream()
                .map(ai -> new LedgerRules.Allocation(ai.getInvoiceId(), ai.getAmountCents())).toList();
    }

    private Payment.Facts paymentFacts(PaymentAttempt attempt, OperationResult result) {
        LocalDate day = result.paidAt() == null ? LocalDate.now(clock.withZone(ClockProducer.PARIS)) : result.paidAt().toLocalDate();
        PaymentMeans means = result.means() == OnlineMeans.DIRECT_DEBIT ? PaymentMeans.ONLINE_DIRECT_DEBIT : PaymentMeans.ONLINE_CARD;
        String reference = attempt.getReference() + (result.authorisation() == null ? "" : " / " + result.authorisation());
        return new Payment.Facts(attempt.getHouseholdId(), attempt.getRegieCode(), PaymentKind.PAYMENT, means,
                attempt.getAmountCents(), day, null, null, reference, null, attempt.getId(), null);
    }

    /** Our payment reference (refdet): letters and digits, unique, unguessable, e.g. M20261123K7QF3D9A. */
    private String newReference() {
        StringBuilder b = new StringBuilder("M").append(LocalDate.now(clock.withZone(ClockProducer.PARIS))
                .format(DateTimeFormatter.BASIC_ISO_DATE));
        for (int i = 0; i < 8; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
