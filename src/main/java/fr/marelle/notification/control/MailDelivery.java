package fr.marelle.notification.control;

import fr.marelle.notification.entity.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers one due mail at a time. Each mail is claimed by one sender before the SMTP server is called
 * ({@link MailClaims}, SKIP LOCKED: several nodes never take the same mail) and recorded as sent after:
 * a mail is never sent twice, even when a node is killed mid-call (it is then listed as uncertain).
 */
@ApplicationScoped
public class MailDelivery {

    static final int MAX_ATTEMPTS = 10;
    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Inject
    MailClaims claims;

    @Inject
    SmtpSettings smtp;

    @Inject
    Clock clock;

    /** Sends the oldest due mail, if any. Returns false when nothing was due. */
    public boolean deliverNext() {
        Optional<OutboxMail> claimed = claims.claimNext();
        if (claimed.isEmpty()) {
            return false;
        }
        OutboxMail mail = claimed.get();
        try {
            Transport.send(toMessage(mail));
        } catch (MessagingException | RuntimeException e) {
            OutboxMail failed = claims.failed(mail.getId(), e.getMessage(), MAX_ATTEMPTS);
            LOG.log(Level.WARNING, "Mail {0} to {1} not sent (attempt {2}): {3}",
                    new Object[]{mail.getId(), mail.getRecipient(), failed.getAttempts(), e.getMessage()});
            return true;
        }
        claims.sent(mail.getId());
        return true;
    }

    /** Mails whose sender stopped while sending (a node lost): listed as uncertain, not sent again. */
    public void releaseAbandoned() {
        int abandoned = claims.releaseAbandoned();
        if (abandoned > 0) {
            LOG.log(Level.WARNING, "{0} mail(s) left while being sent by a stopped node: marked failed as uncertain,"
                    + " not sent again", abandoned);
        }
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
