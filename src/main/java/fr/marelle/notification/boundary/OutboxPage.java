package fr.marelle.notification.boundary;

import fr.marelle.notification.control.Outbox;
import fr.marelle.notification.entity.OutboxMail;
import fr.marelle.platform.control.ClockProducer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The administrator's view of the mails the portal sent or will send: delivery state, errors,
 * and the text itself (in demo mode this is where a new user finds the activation link).
 */
@Named
@RequestScoped
public class OutboxPage {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @Inject
    Outbox outbox;

    @Inject
    fr.marelle.platform.control.PortalConfig config;

    private String recipient;
    private List<OutboxMail> mails;

    public List<OutboxMail> getMails() {
        if (mails == null) {
            mails = outbox.recent(recipient, 100);
        }
        return mails;
    }

    public void retry(long id) {
        outbox.retry(id);
        mails = null;
    }

    /** The text of a mail; outside demo mode the one-time links are masked, so nobody can use a parent's link. */
    public String body(OutboxMail mail) {
        return config.demo() ? mail.getBody() : mail.getBody().replaceAll("token=[A-Za-z0-9_-]+", "token=…");
    }

    public String shown(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(ClockProducer.PARIS).format(SHOWN);
    }

    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
}
