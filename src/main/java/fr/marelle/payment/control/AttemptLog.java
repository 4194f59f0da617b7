package fr.marelle.payment.control;

import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.AccountStatus;
import fr.marelle.identity.entity.Role;
import fr.marelle.notification.control.Outbox;
import fr.marelle.platform.control.PortalLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.logging.Logger;

/**
 * What happened to online payment attempts, with the provider's raw answers, and the alerts that
 * finance staff must look at (each also mailed to them).
 */
@ApplicationScoped
public class AttemptLog {

    private static final Logger LOG = Logger.getLogger(AttemptLog.class.getName());
    private static final int MAX_DETAIL = 20_000;
    static final int MAX_UNKNOWN_PER_HOUR = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    PortalLinks links;

    @Inject
    Clock clock;

    @Transactional
    public void event(Long attemptId, String operationId, String kind, Long actorId, String detail) {
        em.createNativeQuery("insert into payment_attempt_event (attempt_id, operation_id, at, kind, actor_id, detail)"
                        + " values (cast(?1 as bigint), ?2, ?3, ?4, cast(?5 as bigint), ?6)")
                .setParameter(1, attemptId).setParameter(2, operationId).setParameter(3, OffsetDateTime.now(clock))
                .setParameter(4, kind).setParameter(5, actorId)
                .setParameter(6, detail == null ? null : detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail)
                .executeUpdate();
    }

    /**
     * A notification for an operation we never created. Kept for finance, but at most
     * {@link #MAX_UNKNOWN_PER_HOUR} an hour: the endpoint is public, and a flood must not fill the
     * table (the server log still says each one).
     */
    @Transactional
    public void unknownOperation(String operationId) {
        Number lastHour = (Number) em.createNativeQuery("select count(*) from payment_attempt_event"
                        + " where kind = 'UNKNOWN_OPERATION' and at > ?1")
                .setParameter(1, OffsetDateTime.now(clock).minusHours(1)).getSingleResult();
        if (lastHour.intValue() < MAX_UNKNOWN_PER_HOUR) {
            event(null, operationId, "UNKNOWN_OPERATION", null, "notification for an operation id that matches no attempt");
        }
    }

    /** Raises an alert for finance staff and mails each of them. */
    @Transactional
    public void alert(Long attemptId, String kind, String detail) {
        LOG.warning("Payment alert " + kind + ": " + detail);
        em.createNativeQuery("insert into payment_alert (attempt_id, kind, detail, raised_at) values (cast(?1 as bigint), ?2, ?3, ?4)")
                .setParameter(1, attemptId).setParameter(2, kind).setParameter(3, detail)
                .setParameter(4, OffsetDateTime.now(clock)).executeUpdate();
        for (Account finance : em.createQuery("select a from Account a where :role member of a.roles and a.status = :active",
                Account.class).setParameter("role", Role.FINANCE).setParameter("active", AccountStatus.ACTIVE).getResultList()) {
            outbox.queue(finance.getEmail(), finance.getLanguage(), "payment-alert", Map.of(
                    "firstName", finance.getFirstName(), "kind", kind, "detail", detail,
                    "link", links.to("/finance/online-payments.xhtml")));
        }
    }
}
