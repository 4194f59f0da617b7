package fr.marelle.planning.control;

import fr.marelle.notification.control.Outbox;
import fr.marelle.planning.entity.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Mails to families about their sessions. Planning does not know who booked: cancelling a
 * session fires {@link SessionCancelled} in the same transaction, and the booking capability
 * cancels the bookings and calls {@link #sessionCancelled(Session, List)} with their families.
 */
@ApplicationScoped
public class SessionNotices {

    /** Whom to tell, in which language. */
    public record Recipient(String email, String language, String childName) {
    }

    /** A session will not take place (fired inside the transaction that cancels it). */
    public record SessionCancelled(long sessionId) {
    }

    @Inject
    Outbox outbox;

    @Inject
    jakarta.enterprise.event.Event<SessionCancelled> cancelled;

    public void sessionCancelled(Session session) {
        cancelled.fire(new SessionCancelled(session.getId()));
    }

    /** Queues one mail per recipient in the caller's transaction. */
    public void sessionCancelled(Session session, List<Recipient> recipients) {
        for (Recipient r : recipients) {
            Locale locale = "en".equals(r.language()) ? Locale.ENGLISH : Locale.FRENCH;
            outbox.queue(r.email(), r.language(), "session-cancelled", Map.of(
                    "activity", session.getActivity().getName(),
                    "day", DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(session.getDay()),
                    "time", session.getStartTime().toString(),
                    "child", r.childName() == null ? "" : r.childName(),
                    "reason", session.getStatusReason() == null ? "" : session.getStatusReason()));
        }
    }
}
