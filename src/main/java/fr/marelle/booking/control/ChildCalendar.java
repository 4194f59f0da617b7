package fr.marelle.booking.control;

import fr.marelle.attendance.control.Attendances;
import fr.marelle.attendance.entity.AttendanceStatus;
import fr.marelle.booking.control.BookingDecision.Decision;
import fr.marelle.booking.control.BookingDecision.Result;
import fr.marelle.booking.entity.Booking;
import fr.marelle.booking.entity.BookingChange;
import fr.marelle.booking.entity.BookingStatus;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.Households;
import fr.marelle.family.entity.Child;
import fr.marelle.family.entity.Household;
import fr.marelle.planning.control.BookingDeadlines;
import fr.marelle.planning.control.Prices;
import fr.marelle.planning.entity.Session;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A child's calendar for a household: every session of the activities the child may attend,
 * with what is booked or waiting, what can still be booked (price and deadline) and why not, and
 * for past sessions the attendance marked by staff.
 */
@ApplicationScoped
public class ChildCalendar {

    static final int MAX_DAYS = 62;
    private static final Set<String> NOT_FOR_THIS_CHILD = Set.of("booking.refused.age", "booking.refused.level",
            "booking.refused.residentsOnly", "booking.refused.otherSchool");

    /** One session as the family sees it. */
    public record Entry(Session session, Booking booking, Decision decision, Prices.Price price,
                        ZonedDateTime bookUntil, ZonedDateTime cancelUntil, AttendanceStatus attendance) {

        public String state() {
            if (booking != null) {
                return booking.getStatus().name();
            }
            if (attendance != null) {
                return "PAST";
            }
            return decision.result() == Result.CONFIRMED ? "BOOKABLE"
                    : decision.result() == Result.WAITING ? "WAITING_LIST_OPEN" : "CLOSED";
        }
    }

    /** A booking with its session. */
    public record Booked(Booking booking, Session session) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HouseholdAccess access;

    @Inject
    Households households;

    @Inject
    SessionPrices prices;

    @Inject
    Bookings bookings;

    @Inject
    Attendances attendances;

    @Inject
    java.time.Clock clock;

    public List<Entry> of(long actorId, long householdId, long childId, LocalDate from, LocalDate to) {
        Child child = access.child(actorId, householdId, childId);
        checkPeriod(from, to, MAX_DAYS);
        boolean resident = households.isResident(access.household(actorId, householdId));
        List<Session> sessions = em.createQuery("select s from Session s join fetch s.activity a where a.active = true"
                        + " and s.day between :from and :to order by s.day, s.startTime, a.name", Session.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<Long, Booking> own = em.createQuery("select b from Booking b where b.childId = :c and b.householdId = :h"
                        + " and b.status <> fr.marelle.booking.entity.BookingStatus.CANCELLED", Booking.class)
                .setParameter("c", childId).setParameter("h", householdId).getResultStream()
                .collect(Collectors.toMap(Booking::getSessionId, Function.identity(), (a, b) -> a));
        Map<Long, AttendanceStatus> attended = attendances.forChild(childId, householdId, from, to);
        SessionPrices.ForHousehold pricing = prices.forHousehold(householdId, resident);
        List<Entry> entries = new ArrayList<>();
        for (Session session : sessions) {
            Booking booking = own.get(session.getId());
            Decision decision = bookings.preview(session, child, resident);
            if (booking == null && NOT_FOR_THIS_CHILD.contains(decision.reasonKey())) {
                continue;
            }
            if (booking == null && decision.result() == Result.ALREADY_BOOKED) {
                continue; // booked by the child's other household: that household's day
            }
            AttendanceStatus attendance = attended.get(session.getId());
            if (booking == null && attendance == null && "deadline.started".equals(decision.reasonKey())) {
                continue; // a past session the child did not attend
            }
            BookingDeadlines.Rules rules = Bookings.rules(session.getActivity());
            entries.add(new Entry(session, booking, decision, pricing.of(session),
                    BookingDeadlines.deadline(rules.bookDeadline(), session.getDay(), session.getStartTime()),
                    BookingDeadlines.deadline(rules.cancelDeadline(), session.getDay(), session.getStartTime()), attendance));
        }
        return entries;
    }

    /**
     * The activities with sessions in the period that are open to this child (age, level, school,
     * residence), by name: the choice of an activity to book over a month. One session of each
     * activity stands for it.
     */
    public List<fr.marelle.planning.entity.Activity> activities(long actorId, long householdId, long childId,
                                                              LocalDate from, LocalDate to) {
        Child child = access.child(actorId, householdId, childId);
        boolean resident = households.isResident(access.household(actorId, householdId));
        return em.createQuery("select s from Session s join fetch s.activity a where a.active = true"
                        + " and s.id = (select min(o.id) from Session o where o.activity = a and o.day between :from and :to)"
                        + " order by a.name", Session.class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .filter(s -> !NOT_FOR_THIS_CHILD.contains(bookings.preview(s, child, resident).reasonKey()))
                .map(Session::getActivity).toList();
    }

    /** The child's bookings made by this household over a period, cancelled ones included, by date. */
    public List<Booked> bookings(long actorId, long householdId, long childId, LocalDate from, LocalDate to) {
        access.child(actorId, householdId, childId);
        checkPeriod(from, to, 366);
        return em.createQuery("select b, s from Booking b, Session s where s.id = b.sessionId and b.childId = :c"
                        + " and b.householdId = :h and s.day between :from and :to order by s.day, s.startTime, b.id",
                        Object[].class)
                .setParameter("c", childId).setParameter("h", householdId).setParameter("from", from)
                .setParameter("to", to).getResultStream().map(r -> new Booked((Booking) r[0], (Session) r[1])).toList();
    }

    /** A booking to come of one of the household's children, for the parent's home page. */
    public record Upcoming(Booking booking, Session session, Child child) {
    }

    /** The household's next bookings (confirmed or waiting), soonest first. */
    public List<Upcoming> upcoming(long actorId, long householdId, int max) {
        access.household(actorId, householdId);
        return em.createQuery("select b, s, c from Booking b, Session s, Child c where s.id = b.sessionId"
                        + " and c.id = b.childId and b.householdId = :h and s.day >= :today"
                        + " and b.status <> fr.marelle.booking.entity.BookingStatus.CANCELLED"
                        + " order by s.day, s.startTime, c.firstName", Object[].class)
                .setParameter("h", householdId).setParameter("today", LocalDate.now(clock)).setMaxResults(max)
                .getResultStream().map(r -> new Upcoming((Booking) r[0], (Session) r[1], (Child) r[2])).toList();
    }

    /** A booking to come with what it costs the household (null price: the activity has no grid that day). */
    public record PricedUpcoming(Upcoming upcoming, Prices.Price price) {
        /** Counted in a total: a confirmed booking; a place on a waiting list costs nothing yet. */
        public long cents() {
            return price == null || upcoming.booking().getStatus() != BookingStatus.CONFIRMED
                    ? 0 : price.cents();
        }
    }

    /**
     * The household's bookings to come over the next days (today included), soonest first, each with
     * its price as the booking page shows it (quotient and residence of the day, no sibling reduction).
     */
    public List<PricedUpcoming> upcomingPriced(long actorId, long householdId, int days) {
        Household household = access.household(actorId, householdId);
        boolean resident = households.isResident(household);
        LocalDate today = LocalDate.now(clock);
        SessionPrices.ForHousehold pricing = prices.forHousehold(householdId, resident);
        return em.createQuery("select b, s, c from Booking b, Session s, Child c where s.id = b.sessionId"
                        + " and c.id = b.childId and b.householdId = :h and s.day between :today and :last"
                        + " and b.status <> fr.marelle.booking.entity.BookingStatus.CANCELLED"
                        + " order by s.day, s.startTime, c.firstName", Object[].class)
                .setParameter("h", householdId).setParameter("today", today).setParameter("last", today.plusDays(days - 1L))
                .getResultStream()
                .map(r -> new PricedUpcoming(new Upcoming((Booking) r[0], (Session) r[1], (Child) r[2]),
                        pricing.of((Session) r[1])))
                .toList();
    }

    private static void checkPeriod(LocalDate from, LocalDate to, int maxDays) {
        if (from == null || to == null || to.isBefore(from)) {
            throw RuleViolationException.of("to", "calendar.period.invalid");
        }
        if (ChronoUnit.DAYS.between(from, to) >= maxDays) {
            throw RuleViolationException.of("to", "calendar.period.tooLong", maxDays);
        }
    }

    /** A session, to name it in answers (null when unknown). */
    public Session session(long id) {
        return em.find(Session.class, id);
    }

    /** The child's booking history as this household sees it, newest first. */
    public List<BookingChange> history(long actorId, long householdId, long childId) {
        access.child(actorId, householdId, childId);
        return em.createQuery("select c from BookingChange c where c.childId = :c and c.householdId = :h"
                        + " order by c.at desc, c.id desc", BookingChange.class)
                .setParameter("c", childId).setParameter("h", householdId).setMaxResults(500).getResultList();
    }
}
