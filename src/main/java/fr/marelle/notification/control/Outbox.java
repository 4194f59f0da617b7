package fr.marelle.notification.control;

import fr.marelle.platform.control.PageRequest;
import fr.marelle.notification.entity.OutboxMail;
import fr.marelle.legal.control.LegalSettings;
import fr.marelle.legal.control.SupportContact;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Queues mails in the caller's transaction: a mail exists if and only if the change it reports
 * was committed. The sender job delivers it; a commit also wakes the job at once.
 */
@ApplicationScoped
public class Outbox {

    /** Fired after a mail is queued; observed after commit to send without waiting for the next poll. */
    public record MailQueued(long id) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PortalConfig config;

    @Inject
    Event<MailQueued> queued;

    @Inject
    LegalSettings legalSettings;

    /** Renders the template in the recipient's language, adds the support contact, and stores the mail. */
    @Transactional
    public OutboxMail queue(String recipient, String language, String template, Map<String, ?> values) {
        return queue(recipient, language, template, values, false);
    }

    /** The same, for a mail whose recipient and text are emptied once sent (the address was just erased). */
    @Transactional
    public OutboxMail queueForgotten(String recipient, String language, String template, Map<String, ?> values) {
        return queue(recipient, language, template, values, true);
    }

    private OutboxMail queue(String recipient, String language, String template, Map<String, ?> values, boolean forget) {
        Map<String, Object> all = new HashMap<>(values);
        all.putIfAbsent("townName", config.townName());
        MailTemplates.Rendered mail = MailTemplates.render(template, language, all);
        // the support contact closes every mail, so each template need not repeat it
        String body = SupportContact.line(legalSettings.current(), Messages.forLanguage(language))
                .map(line -> mail.body().stripTrailing() + "\n\n-- \n" + line + "\n").orElse(mail.body());
        OutboxMail outboxMail = new OutboxMail(recipient, language, template, mail.subject(), body,
                OffsetDateTime.now(clock));
        if (forget) {
            outboxMail.forgetWhenSent();
        }
        em.persist(outboxMail);
        em.flush();
        queued.fire(new MailQueued(outboxMail.getId()));
        return outboxMail;
    }

    /** One page of the mails, newest first, optionally only those to a recipient containing the given text. */
    public List<OutboxMail> recent(String recipientContains, PageRequest page) {
        return em.createQuery("select m from OutboxMail m where lower(m.recipient) like :r order by m.id desc",
                        OutboxMail.class)
                .setParameter("r", recipientLike(recipientContains))
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
    }

    /** How many mails {@link #recent(String, PageRequest)} pages through. */
    public long count(String recipientContains) {
        return em.createQuery("select count(m) from OutboxMail m where lower(m.recipient) like :r", Long.class)
                .setParameter("r", recipientLike(recipientContains))
                .getSingleResult();
    }

    private static String recipientLike(String recipientContains) {
        String filter = recipientContains == null || recipientContains.isBlank() ? "" : recipientContains.strip().toLowerCase();
        return "%" + filter.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @Transactional
    public void retry(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail != null && mail.getStatus() == OutboxMail.Status.FAILED) {
            mail.retryNow(OffsetDateTime.now(clock));
        }
    }
}
