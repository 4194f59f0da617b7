package fr.marelle.booking.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.booking.entity.ActorKind;
import fr.marelle.booking.entity.Booking;
import fr.marelle.booking.entity.BookingChange;
import fr.marelle.booking.entity.BookingStatus;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.family.entity.Child;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.entity.Account;
import fr.marelle.planning.control.BookingDeadlines;
import fr.marelle.planning.entity.Session;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Waiting lists: the place of each child in the queue of a session (first requested, first
 * served), and what planning staff do with a queue by hand: give a place to a child waiting
 * (past the deadline or the capacity only with a written reason) or take a child off the list
 * with a message to the family.
 */
@ApplicationScoped
public class WaitingLists {

    static final int MESSAGE_MAX = 500;

    /** One child waiting on a session, for staff. */
    public record Waiting(Booking booking, int position, Child child, Household household) {
    }

    /** A session with its queue, for staff. */
    public record Queue(Session session, List<Waiting> waiting) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Bookings bookings;

    @Inject
    HouseholdAccess access;

    @Inject
    BookingDeadlines deadlines;

    @Inject
    BookingMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The position (1 = next to get a place) of each of these bookings that is waiting. */
    public Map<Long, Integer> positions(Collection<Long> bookingIds) {
        Map<Long, Integer> positions = new HashMap<>();
        if (bookingIds.isEmpty()) {
            return positions;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select b.id, (select count(*) from booking w"
                        + " where w.session_id = b.session_id and w.status = 'WAITING'"
                        + " and (w.requested_at, w.id) <= (b.requested_at, b.id))"
                        + " from booking b where b.status = 'WAITING' and b.id = any(?1)")
                .setParameter(1, bookingIds.toArray(Long[]::new)).getResultList();
        rows.forEach(r -> positions.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        return positions;
    }

    /** The sessions from this day on that have children waiting, with their queue in order (staff). */
    public List<Queue> from(long actorId, LocalDate from, Long activityId) {
        access.requirePlanningStaff(actorId);
        var query = em.createQuery("select s from Session s join fetch s.activity a where s.waiting > 0"
                        + " and s.day >= :from" + (activityId == null ? "" : " and a.id = :activity")
                        + " order by s.day, s.startTime, a.name", Session.class)
                .setParameter("from", from).setMaxResults(200);
        if (activityId != null) {
            query.setParameter("activity", activityId);
        }
        List<Session> sessions = query.getResultList();
        return sessions.stream().map(s -> new Queue(s, queue(s.getId()))).toList();
    }

    private List<Waiting> queue(long sessionId) {
        List<Booking> waiting = em.createQuery("select b from Booking b where b.sessionId = :s"
                        + " and b.status = fr.marelle.booking.entity.BookingStatus.WAITING order by b.requestedAt, b.id",
                        Booking.class).setParameter("s", sessionId).getResultList();
        int[] position = {0};
        return waiting.stream().map(b -> new Waiting(b, ++position[0], em.find(Child.class, b.getChildId()),
                em.find(Household.class, b.getHouseholdId()))).toList();
    }

    /**
     * Staff give the place to a child waiting, whatever the queue order. Past the booking deadline
     * or beyond the capacity this needs a written reason (the capacity is then raised to match).
     */
    @Transactional
    public void promote(long actorId, long bookingId, String reason) {
        Account actor = access.requirePlanningStaff(actorId);
        boolean override = Bookings.checkOverride(true, reason);
        Booking booking = waitingBooking(bookingId);
        Session session = bookings.lockSessions(List.of(booking.getSessionId())).get(booking.getSessionId());
        em.refresh(booking);
        requireWaiting(booking);
        if (!override) {
            BookingDeadlines.Answer deadline = deadlines.check(BookingDeadlines.Action.BOOK, Bookings.timing(session),
                    Bookings.rules(session.getActivity()));
            if (!deadline.open()) {
                throw RuleViolationException.of("reason", "waitingList.promote.deadline");
            }
            if (session.getConfirmed() >= session.getCapacity()) {
                throw RuleViolationException.of("reason", "waitingList.promote.full", session.getCapacity());
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        var before = booking.auditView();
        booking.promote(now);
        bookings.counters(session.getId(), 1, -1);
        bookings.history(booking, actor, BookingChange.Action.PROMOTED, override ? reason : null, now);
        audit.record("BOOKING_PROMOTED", "booking", booking.getId(), before, booking.auditView());
        mails.promoted(booking, session);
    }

    /** Staff take a child off a waiting list; the message is mailed to the family and kept in its history. */
    @Transactional
    public void remove(long actorId, long bookingId, String message) {
        Account actor = access.requirePlanningStaff(actorId);
        if (message == null || message.isBlank()) {
            throw RuleViolationException.of("message", "waitingList.remove.message");
        }
        if (message.length() > MESSAGE_MAX) {
            throw RuleViolationException.of("message", "booking.override.tooLong", MESSAGE_MAX);
        }
        Booking booking = waitingBooking(bookingId);
        Session session = bookings.lockSessions(List.of(booking.getSessionId())).get(booking.getSessionId());
        em.refresh(booking);
        requireWaiting(booking);
        OffsetDateTime now = OffsetDateTime.now(clock);
        var before = booking.auditView();
        booking.cancel(ActorKind.STAFF, now);
        bookings.counters(session.getId(), 0, -1);
        bookings.history(booking, actor, BookingChange.Action.CANCELLED, message.strip(), now);
        audit.record("BOOKING_WAITING_REMOVED", "booking", booking.getId(), before, booking.auditView());
        mails.removedFromWaitingList(booking, session, message.strip());
    }

    private Booking waitingBooking(long bookingId) {
        Booking booking = em.find(Booking.class, bookingId);
        if (booking == null) {
            throw new UnknownRecordException("booking", bookingId);
        }
        return booking;
    }

    private static void requireWaiting(Booking booking) {
        if (booking.getStatus() != BookingStatus.WAITING) {
            throw RuleViolationException.of("bookingId", "waitingList.notWaiting");
        }
    }
}
