package fr.marelle.notification.boundary;

import fr.marelle.notification.control.Outbox;
import fr.marelle.notification.entity.OutboxMail;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.boundary.LazyList;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The administrator's view of the mails the portal sent or will send: delivery state, errors,
 * and the text itself (in demo mode this is where a new user finds the activation link). Read page by
 * page from the database; view-scoped so that the paginator's requests keep the search.
 */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @Inject
    Outbox outbox;

    @Inject
    fr.marelle.platform.control.PortalConfig config;

    private String recipient;
    private LazyList<OutboxMail> mails;

    /** The mails that match the search, one page at a time. */
    public LazyList<OutboxMail> getMails() {
        if (mails == null) {
            String shownRecipient = recipient;
            mails = LazyList.of(() -> outbox.count(shownRecipient), page -> outbox.recent(shownRecipient, page), OutboxMail::getId);
        }
        return mails;
    }

    public void retry(long id) {
        outbox.retry(id);
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
