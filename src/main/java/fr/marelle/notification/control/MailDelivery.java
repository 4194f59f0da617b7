package fr.marelle.notification.control;

import fr.marelle.notification.entity.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers one due mail per transaction. The row is locked with SKIP LOCKED, so several nodes
 * never send the same mail; it is marked sent in the transaction that sent it.
 */
@ApplicationScoped
public class MailDelivery {

    static final int MAX_ATTEMPTS = 10;
    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    SmtpSettings smtp;

    @Inject
    Clock clock;

    /** Sends the oldest due mail, if any. Returns false when nothing was due. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean deliverNext() {
        List<?> ids = em.createNativeQuery("select id from outbox_mail where status = 'PENDING' and next_attempt_at <= ?1"
                        + " order by next_attempt_at, id limit 1 for update skip locked")
                .setParameter(1, OffsetDateTime.now(clock))
                .getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        OutboxMail mail = em.find(OutboxMail.class, ((Number) ids.get(0)).longValue());
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            Transport.send(toMessage(mail));
            mail.markSent(now);
        } catch (MessagingException | RuntimeException e) {
            mail.markFailed(e.getMessage(), now.plus(backOff(mail.getAttempts() + 1)), MAX_ATTEMPTS);
            LOG.log(Level.WARNING, "Mail {0} to {1} not sent (attempt {2}): {3}",
                    new Object[]{mail.getId(), mail.getRecipient(), mail.getAttempts(), e.getMessage()});
        }
        return true;
    }

    /** 30 s, 1 min, 2 min, 4 min ... capped at one hour. */
    static Duration backOff(int attempt) {
        long seconds = 30L << Math.min(attempt - 1, 7);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }

    private MimeMessage toMessage(OutboxMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(smtp.session());
        message.setFrom(new InternetAddress(smtp.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient()));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setText(mail.getBody(), "UTF-8");
        message.setHeader("Content-Language", mail.getLanguage());
        message.setHeader("X-Marelle-Mail-Id", String.valueOf(mail.getId()));
        message.setSentDate(Date.from(clock.instant()));
        return message;
    }
}
