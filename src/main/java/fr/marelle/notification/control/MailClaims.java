package fr.marelle.notification.control;

import fr.marelle.notification.entity.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's bookkeeping around one delivery, each step its own short transaction: a mail is claimed
 * (committed) before the SMTP server is called and recorded after, so no row lock is held during the call
 * and a node that stops in between can never make another node send the same mail again.
 */
@ApplicationScoped
public class MailClaims {

    /** Longer than any SMTP call can last with {@link SmtpSettings}' timeouts (connection 5 s, each step 10 s). */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final String UNCERTAIN = "Envoi incertain : le serveur s’est arrêté pendant l’envoi ; non renvoyé"
            + " automatiquement pour ne pas l’envoyer deux fois (vérifier, puis renvoyer si besoin).";

    /** Wall-clock time for the lease: a technical delay, not a business date (the portal's clock may be moved). */
    private static final Clock WALL = Clock.systemUTC();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The oldest due mail, now claimed by this sender; empty when none is due. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<OutboxMail> claimNext() {
        List<?> ids = em.createNativeQuery("select id from outbox_mail where status = 'PENDING' and sending_since is null"
                        + " and next_attempt_at <= ?1 order by next_attempt_at, id limit 1 for update skip locked")
                .setParameter(1, OffsetDateTime.now(clock))
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        OutboxMail mail = em.find(OutboxMail.class, ((Number) ids.get(0)).longValue());
        mail.claim(OffsetDateTime.now(WALL));
        return Optional.of(mail);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long id) {
        em.find(OutboxMail.class, id).markSent(OffsetDateTime.now(clock));
    }

    /** A refused or failed attempt: tried again later with a growing delay, given up after {@code maxAttempts}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public OutboxMail failed(long id, String error, int maxAttempts) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        mail.markFailed(error, OffsetDateTime.now(clock).plus(MailDelivery.backOff(mail.getAttempts() + 1)), maxAttempts);
        return mail;
    }

    /** Claims older than the lease: their sender stopped mid-call. Listed as uncertain; how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int releaseAbandoned() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from outbox_mail where sending_since < ?1"
                        + " for update skip locked")
                .setParameter(1, OffsetDateTime.now(WALL).minus(LEASE).withOffsetSameInstant(ZoneOffset.UTC))
                .getResultList();
        ids.forEach(id -> em.find(OutboxMail.class, id.longValue()).markUncertain(UNCERTAIN));
        return ids.size();
    }
}
