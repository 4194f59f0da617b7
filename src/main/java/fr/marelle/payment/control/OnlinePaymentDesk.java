package fr.marelle.payment.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.billing.control.FinanceAccess;
import fr.marelle.payment.entity.AttemptStatus;
import fr.marelle.payment.entity.PaymentAttempt;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.SqlInstants;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What finance staff see of online payments: the attempts of a day, the alerts to look at, and
 * the reconciliation with the provider (asked live, or from its statement file).
 */
@ApplicationScoped
public class OnlinePaymentDesk {

    /** An attempt as listed for finance. */
    public record AttemptRow(PaymentAttempt attempt, String householdName, String paymentNumber) {
    }

    public record Alert(long id, Long attemptId, String reference, String kind, String detail, OffsetDateTime raisedAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    FinanceAccess finance;

    @Inject
    PaymentProvider provider;

    @Inject
    OnlinePayments payments;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The attempts created on a day (Paris time), newest first. */
    public List<AttemptRow> attemptsOf(long actorId, LocalDate day) {
        finance.require(actorId);
        List<PaymentAttempt> attempts = attemptsCreatedOn(day);
        // the households' names and the receipts of the day's attempts, read once for the whole list
        Map<Long, String> names = pairs("select id, name from household where id = any(?1)",
                attempts.stream().map(PaymentAttempt::getHouseholdId).distinct().toArray(Long[]::new));
        Map<Long, String> receipts = pairs("select attempt_id, number from payment where attempt_id = any(?1)",
                attempts.stream().map(PaymentAttempt::getId).toArray(Long[]::new));
        List<AttemptRow> rows = new ArrayList<>();
        for (PaymentAttempt a : attempts) {
            rows.add(new AttemptRow(a, names.getOrDefault(a.getHouseholdId(), ""), receipts.get(a.getId())));
        }
        return rows;
    }

    public List<Alert> openAlerts(long actorId) {
        finance.require(actorId);
        List<Alert> alerts = new ArrayList<>();
        for (Object row : em.createNativeQuery("select a.id, a.attempt_id, t.reference, a.kind, a.detail, a.raised_at"
                + " from payment_alert a left join payment_attempt t on t.id = a.attempt_id where a.closed_at is null"
                + " order by a.raised_at desc").getResultList()) {
            Object[] r = (Object[]) row;
            alerts.add(new Alert(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(), (String) r[2],
                    (String) r[3], (String) r[4], SqlInstants.paris(r[5])));
        }
        return alerts;
    }

    /** Finance staff looked at an alert and say what they did. */
    @Transactional
    public void closeAlert(long actorId, long alertId, String note) {
        finance.require(actorId);
        if (note == null || note.isBlank() || note.strip().length() > 500) {
            throw RuleViolationException.of("note", "reconciliation.alert.noteRequired", 500);
        }
        int updated = em.createNativeQuery("update payment_alert set closed_by = ?1, closed_at = ?2, closing_note = ?3"
                        + " where id = ?4 and closed_at is null")
                .setParameter(1, actorId).setParameter(2, OffsetDateTime.now(clock)).setParameter(3, note.strip())
                .setParameter(4, alertId).executeUpdate();
        if (updated == 0) {
            throw new fr.marelle.family.control.UnknownRecordException("payment alert", alertId);
        }
        audit.record("payment.alert.close", "payment_alert", alertId, null, Map.of("note", note.strip()));
    }

    /** Asks the provider about every attempt of the day that reached it and compares. */
    public Reconciliation.Report live(long actorId, LocalDate day) {
        finance.require(actorId);
        List<Reconciliation.PortalRecord> portal = new ArrayList<>();
        List<Reconciliation.ProviderRecord> theirs = new ArrayList<>();
        for (PaymentAttempt a : attemptsCreatedOn(day)) {
            if (a.getOperationId() == null) {
                continue;
            }
            portal.add(portalRecord(a));
            try {
                OperationResult r = provider.fetch(a.getOperationId(), a.getCreatedAt().toInstant());
                theirs.add(new Reconciliation.ProviderRecord(r.reference() == null ? a.getReference() : r.reference(),
                        a.getOperationId(), r.amountCents(), r.state() == ProviderState.PAID, r.state().name()));
            } catch (ProviderException e) {
                throw new OnlinePayments.ProviderUnavailableException(false);
            }
        }
        return Reconciliation.compare(portal, theirs);
    }

    /**
     * Compares the provider's statement with the portal: every attempt it names, and every online
     * payment the portal recorded on the statement's day.
     */
    public Reconciliation.Report statement(long actorId, LocalDate day, String csv) {
        finance.require(actorId);
        if (day == null) {
            throw RuleViolationException.of("day", "reconciliation.dayRequired");
        }
        List<Reconciliation.ProviderRecord> theirs = StatementFile.read(csv);
        Set<String> references = new HashSet<>();
        theirs.forEach(r -> references.add(r.reference()));
        Map<Long, PaymentAttempt> attempts = new LinkedHashMap<>();
        if (!references.isEmpty()) {
            em.createQuery("select a from PaymentAttempt a where a.reference in :refs", PaymentAttempt.class)
                    .setParameter("refs", references).getResultList().forEach(a -> attempts.put(a.getId(), a));
        }
        em.createQuery("select a from PaymentAttempt a, Payment p where p.attemptId = a.id and p.receivedOn = :day",
                PaymentAttempt.class).setParameter("day", day).getResultList().forEach(a -> attempts.put(a.getId(), a));
        return Reconciliation.compare(attempts.values().stream().map(this::portalRecord).toList(), theirs);
    }

    /** Attempts are found by our reference or their id (a finance page link). */
    public PaymentAttempt byReference(long actorId, String reference) {
        finance.require(actorId);
        return em.createQuery("select a from PaymentAttempt a where a.reference = :r", PaymentAttempt.class)
                .setParameter("r", reference).getResultStream().findFirst()
                .orElseThrow(() -> new fr.marelle.family.control.UnknownRecordException("payment", 0));
    }

    /** Finance asks the provider again about one attempt (e.g. paid at the provider only). */
    public PaymentAttempt recheck(long actorId, long attemptId) {
        finance.require(actorId);
        PaymentAttempt attempt = em.find(PaymentAttempt.class, attemptId);
        if (attempt == null) {
            throw new fr.marelle.family.control.UnknownRecordException("payment", attemptId);
        }
        payments.check(attempt, "finance");
        em.clear();
        return em.find(PaymentAttempt.class, attemptId);
    }

    private Reconciliation.PortalRecord portalRecord(PaymentAttempt a) {
        return new Reconciliation.PortalRecord(a.getId(), a.getReference(), a.getAmountCents(),
                a.getStatus() == AttemptStatus.PAID, a.getStatus().name());
    }

    private List<PaymentAttempt> attemptsCreatedOn(LocalDate day) {
        OffsetDateTime from = day.atStartOfDay(ClockProducer.PARIS).toOffsetDateTime();
        OffsetDateTime to = day.plusDays(1).atStartOfDay(ClockProducer.PARIS).toOffsetDateTime();
        return em.createQuery("select a from PaymentAttempt a where a.createdAt >= :from and a.createdAt < :to"
                + " order by a.createdAt desc", PaymentAttempt.class).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /** Id → text, from a query of two columns over the given ids. */
    private Map<Long, String> pairs(String sql, Long[] ids) {
        Map<Long, String> pairs = new java.util.HashMap<>();
        if (ids.length > 0) {
            for (Object row : em.createNativeQuery(sql).setParameter(1, ids).getResultList()) {
                Object[] r = (Object[]) row;
                pairs.put(((Number) r[0]).longValue(), String.valueOf(r[1]));
            }
        }
        return pairs;
    }
}
