package fr.marelle.booking.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.booking.entity.ActorKind;
import fr.marelle.booking.entity.Booking;
import fr.marelle.booking.entity.BookingChange;
import fr.marelle.family.control.Households;
import fr.marelle.family.entity.Child;
import fr.marelle.identity.entity.Account;
import fr.marelle.planning.control.SessionNotices;
import fr.marelle.planning.entity.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When staff cancel a session, its bookings are cancelled too (by the system, with the reason
 * in the children's history, nothing to pay) and every guardian of the families concerned is
 * mailed, in the same transaction as the cancellation.
 */
@ApplicationScoped
public class SessionCancellations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Households households;

    @Inject
    SessionNotices notices;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    void onSessionCancelled(@Observes SessionNotices.SessionCancelled event) {
        Session session = em.find(Session.class, event.sessionId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Booking> live = em.createQuery("select b from Booking b where b.sessionId = :s"
                        + " and b.status <> fr.marelle.booking.entity.BookingStatus.CANCELLED order by b.id", Booking.class)
                .setParameter("s", event.sessionId()).getResultList();
        List<SessionNotices.Recipient> recipients = new ArrayList<>();
        for (Booking booking : live) {
            var before = booking.auditView();
            booking.cancel(ActorKind.SYSTEM, now);
            em.persist(new BookingChange(booking, now, null, "Marelle", ActorKind.SYSTEM, BookingChange.Action.CANCELLED,
                    session.getStatusReason()));
            audit.record("BOOKING_CANCELLED_WITH_SESSION", "booking", booking.getId(), before, booking.auditView());
            Child child = em.find(Child.class, booking.getChildId());
            for (Account guardian : households.guardians(booking.getHouseholdId())) {
                recipients.add(new SessionNotices.Recipient(guardian.getEmail(), guardian.getLanguage(), child.getFirstName()));
            }
        }
        em.createNativeQuery("update activity_session set confirmed = 0, waiting = 0 where id = ?1")
                .setParameter(1, event.sessionId()).executeUpdate();
        notices.sessionCancelled(session, recipients);
    }
}
