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
 * Mails to families about their sessions. The families who booked a session come from the
 * bookings, which do not exist yet (issue 6): until then {@link #bookedFamilies(Session)} is
 * empty and cancelling a session mails nobody; the booking capability will supply them.
 */
@ApplicationScoped
public class SessionNotices {

    /** Whom to tell, in which language. */
    public record Recipient(String email, String language, String childName) {
    }

    @Inject
    Outbox outbox;

    /** The recipients of a session's notices: none until bookings exist (issue 6). */
    public List<Recipient> bookedFamilies(Session session) {
        return List.of();
    }

    public void sessionCancelled(Session session) {
        sessionCancelled(session, bookedFamilies(session));
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
