package fr.marelle.booking.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.booking.control.BookingDecision.Decision;
import fr.marelle.booking.control.BookingDecision.Result;
import fr.marelle.booking.entity.ActorKind;
import fr.marelle.booking.entity.Booking;
import fr.marelle.booking.entity.BookingChange;
import fr.marelle.booking.entity.BookingStatus;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.Households;
import fr.marelle.family.entity.Child;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.entity.Account;
import fr.marelle.planning.control.BookingDeadlines;
import fr.marelle.planning.entity.Activity;
import fr.marelle.planning.entity.Session;
import fr.marelle.planning.entity.SessionStatus;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Booking and cancelling sessions for the children of a household, one or many in one action.
 * Every decision is taken again here at the moment of the write: a place counts only through a
 * conditional update of the session's counters (sessions in id order, so two actions never wait on
 * each other crosswise), and a child's actions are serialised by an advisory lock, so capacity is
 * never exceeded and a child is never booked twice, whatever the clicks and the guardians do at
 * the same time.
 */
@ApplicationScoped
public class Bookings {

    static final int MAX_PER_ACTION = 400;

    /** First key of the per-child advisory lock of booking actions (the second is the child's id). */
    static final int CHILD_BOOKING_LOCK = 21_001;

    /** One child on one session. */
    public record Request(long childId, long sessionId) {
    }

    /** What became of one request or cancellation. */
    /** The results of one booking or cancelling request, told once its transaction commits (the metrics). */
    public record Decided(List<Result> results) {
    }

    public record Outcome(long childId, long sessionId, Long bookingId, Decision decision) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<Decided> decided;

    @Inject
    HouseholdAccess access;

    @Inject
    Households households;

    @Inject
    BookingDeadlines deadlines;

    @Inject
    BookingMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    OverdueBookingRule overdueRule;

    @Inject
    Clock clock;

    @Inject
    fr.marelle.registration.control.Registrations registrations;

    /**
     * Books each child on each session when the rules allow it, or puts it on the waiting list;
     * the others are refused with the reason. An agent may give a written reason to override the
     * deadline and the capacity.
     *
     * <p>Registration day: thousands of parents book the same few sessions at once. So everything that
     * does not depend on the places left is decided without locking the session; only then does a
     * request take its place, with one conditional update of the session's counters (its row lock is
     * the only one other families wait on). A child's own requests are serialised by an advisory lock
     * on the child, so the same child is never booked twice by two clicks or two guardians.
     */
    @Transactional
    public List<Outcome> book(long actorId, long householdId, List<Request> requests, String overrideReason) {
        // what this transaction did before (the cancellations of the same save) is kept if places are taken again
        em.flush();
        em.createNativeQuery("savepoint booking_places").executeUpdate();
        Attempt attempt = attempt(actorId, householdId, requests, overrideReason, true);
        if (!attempt.placesTaken()) {
            // a place was taken or freed between reading the session and counting ours: decide again, row locked
            em.createNativeQuery("rollback to savepoint booking_places").executeUpdate();
            em.clear();
            attempt = attempt(actorId, householdId, requests, overrideReason, false);
        }
        decided.fire(new Decided(attempt.outcomes().stream().map(o -> o.decision().result()).toList()));
        return attempt.outcomes();
    }

    /** The outcomes of one try, and whether the places it expected were there when counted. */
    private record Attempt(List<Outcome> outcomes, boolean placesTaken) {
    }

    /**
     * One try at the whole action. Optimistic (the rush): a place is expected from the session as read
     * without a lock, the bookings, history, audit and mail are written, and only then are the session's
     * counters moved with one conditional update each; its row lock is so held from that update to the
     * commit only. Locked (when another family got in between): the place is taken first, as before.
     */
    private Attempt attempt(long actorId, long householdId, List<Request> requests, String overrideReason,
                            boolean optimistic) {
        Account actor = access.actor(actorId);
        Household household = access.household(actorId, householdId);
        boolean staff = access.isPlanningStaff(actorId);
        boolean override = checkOverride(staff, overrideReason);
        checkSize(requests);
        if (!staff) {
            overdueRule.check(householdId);
        }
        Map<Long, Session> sessions = sessions(requests.stream().map(Request::sessionId).toList());
        Map<Long, Child> children = children(householdId, requests.stream().map(Request::childId).toList());
        lockChildren(children.keySet());
        java.util.Set<Request> live = liveBookings(children.keySet(), sessions.keySet());
        boolean resident = households.isResident(household);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ExpectedPlace> expected = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (Request request : requests) {
            Session session = sessions.get(request.sessionId());
            Child child = children.get(request.childId());
            if (child == null) {
                outcomes.add(new Outcome(request.childId(), request.sessionId(), null,
                        BookingDecision.Decision.refused("booking.refused.unknownChild")));
                continue;
            }
            if (session == null) {
                outcomes.add(new Outcome(request.childId(), request.sessionId(), null,
                        BookingDecision.Decision.refused("booking.refused.unknownSession")));
                continue;
            }
            BookingDecision.Facts facts = facts(session, child, resident, override, live.contains(request), null);
            Decision decision = BookingDecision.beforeCapacity(facts).orElseGet(() -> optimistic
                    ? expectPlace(session, child, facts, expected) : takePlace(session, child, facts));
            Long bookingId = null;
            if (decision.writes()) {
                bookingId = write(session, child, householdId, decision.result(), actor,
                        staff ? ActorKind.STAFF : ActorKind.FAMILY, override ? overrideReason : null, now);
                live.add(request);
            } else if (decision.result() == Result.ALREADY_BOOKED) {
                bookingId = liveBooking(session.getId(), child.getId()).map(Booking::getId).orElse(null);
            }
            outcomes.add(new Outcome(child.getId(), session.getId(), bookingId, decision));
        }
        mails.summary(actor, householdId, outcomes, false);
        return new Attempt(outcomes, !optimistic || ExpectedPlace.allThere(em, expected));
    }

    /**
     * The capacity decision as the session was read, without its lock; the counters are moved at the end
     * ({@link ExpectedPlace}). Places per age group and an agent's override are decided at once, locked.
     */
    private Decision expectPlace(Session session, Child child, BookingDecision.Facts facts, List<ExpectedPlace> expected) {
        if (!session.getActivity().getAgeGroups().isEmpty() || facts.override()) {
            return takePlace(session, child, facts);
        }
        if (session.getConfirmed() < session.getCapacity()) {
            expected.add(new ExpectedPlace(session.getId(), ExpectedPlace.Kind.PLACE));
            return Decision.of(Result.CONFIRMED);
        }
        Decision decision = BookingDecision.onCapacity(facts.full());
        expected.add(new ExpectedPlace(session.getId(),
                decision.result() == Result.WAITING ? ExpectedPlace.Kind.WAITING : ExpectedPlace.Kind.STILL_FULL));
        return decision;
    }

    /**
     * The capacity decision, once every other rule let the request through: one conditional update of
     * the session's counters takes a place, or a place on the waiting list. Places per age group are
     * counted from the bookings, so those sessions are decided with their row locked first, as before.
     */
    private Decision takePlace(Session session, Child child, BookingDecision.Facts facts) {
        if (!session.getActivity().getAgeGroups().isEmpty()) {
            em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
            if (session.getStatus() != SessionStatus.OPEN) {
                return Decision.refused("booking.refused.sessionClosed");
            }
            Decision decision = BookingDecision.onCapacity(facts.withPlaces(session.getCapacity(), session.getConfirmed(),
                    groupRoom(session, child.getBirthDate())));
            if (decision.writes()) {
                counters(session.getId(), decision.result() == Result.CONFIRMED ? 1 : 0, decision.result() == Result.WAITING ? 1 : 0);
            }
            return decision;
        }
        if (facts.override()) {
            counters(session.getId(), 1, 0);
            return Decision.of(Result.CONFIRMED);
        }
        // "still open" again in the statement: staff closing the session meanwhile hold its row until they commit
        int taken = em.createNativeQuery("update activity_session set confirmed = confirmed + 1"
                        + " where id = ?1 and status = 'OPEN' and confirmed < capacity")
                .setParameter(1, session.getId()).executeUpdate();
        if (taken == 1) {
            return Decision.of(Result.CONFIRMED);
        }
        Decision decision = BookingDecision.onCapacity(facts.full());
        if (decision.result() == Result.WAITING && em.createNativeQuery("update activity_session set waiting = waiting + 1"
                        + " where id = ?1 and status = 'OPEN'").setParameter(1, session.getId()).executeUpdate() == 0) {
            return Decision.refused("booking.refused.sessionClosed");
        }
        return decision;
    }

    /** The sessions asked for with their activity, read without any lock. */
    private Map<Long, Session> sessions(Collection<Long> ids) {
        return em.createQuery("select s from Session s join fetch s.activity where s.id in :ids", Session.class)
                .setParameter("ids", new TreeSet<>(ids)).getResultList().stream()
                .collect(Collectors.toMap(Session::getId, Function.identity()));
    }

    /** The children asked for that belong to the household (each asked once, however many sessions). */
    private Map<Long, Child> children(long householdId, Collection<Long> ids) {
        Map<Long, Child> children = new java.util.HashMap<>();
        for (long id : new TreeSet<>(ids)) {
            if (access.belongs(householdId, id)) {
                children.put(id, em.find(Child.class, id));
            }
        }
        return children;
    }

    /**
     * Serialises the booking actions of each child until commit (in id order, so two actions never wait on
     * each other crosswise): "already booked" is then read after any other action on the same child committed.
     */
    private void lockChildren(Collection<Long> childIds) {
        for (long childId : new TreeSet<>(childIds)) {
            em.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)")
                    .setParameter(1, CHILD_BOOKING_LOCK).setParameter(2, Math.toIntExact(childId)).getSingleResult();
        }
    }

    /** The pairs (child, session) among those asked for that already have a live booking, in one query. */
    private java.util.Set<Request> liveBookings(Collection<Long> childIds, Collection<Long> sessionIds) {
        if (childIds.isEmpty() || sessionIds.isEmpty()) {
            return new java.util.HashSet<>();
        }
        return em.createQuery("select b from Booking b where b.childId in :c and b.sessionId in :s"
                        + " and b.status <> fr.marelle.booking.entity.BookingStatus.CANCELLED", Booking.class)
                .setParameter("c", new TreeSet<>(childIds)).setParameter("s", new TreeSet<>(sessionIds))
                .getResultStream().map(b -> new Request(b.getChildId(), b.getSessionId()))
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }

    /**
     * Cancels and books in one action and one transaction, as a parent saves the changes ticked on the
     * booking page: the cancellations first (a place freed can go to a booking of the same action),
     * then the bookings; the outcome of each, cancellations first. Each part mails its own summary.
     */
    @Transactional
    public List<Outcome> apply(long actorId, long householdId, List<Request> requests, Collection<Long> cancellations,
                               String overrideReason) {
        if (requests.isEmpty() && cancellations.isEmpty()) {
            throw RuleViolationException.of("items", "booking.items.required");
        }
        List<Outcome> outcomes = new ArrayList<>();
        if (!cancellations.isEmpty()) {
            outcomes.addAll(cancel(actorId, householdId, cancellations, overrideReason));
        }
        if (!requests.isEmpty()) {
            outcomes.addAll(book(actorId, householdId, requests, overrideReason));
        }
        return outcomes;
    }

    /**
     * The standard week: books a child on every session of one activity between two dates that
     * falls on the chosen weekdays; each date gets its outcome (refused ones with the reason).
     */
    @Transactional
    public List<Outcome> standardWeek(long actorId, long householdId, long childId, long activityId,
                                      java.time.LocalDate from, java.time.LocalDate to,
                                      java.util.Set<java.time.DayOfWeek> weekdays) {
        java.util.List<fr.marelle.platform.control.Violation> violations = new ArrayList<>();
        if (from == null || to == null || to.isBefore(from)) {
            violations.add(fr.marelle.platform.control.Violation.of("to", "calendar.period.invalid"));
        } else if (java.time.temporal.ChronoUnit.DAYS.between(from, to) > 366) {
            violations.add(fr.marelle.platform.control.Violation.of("to", "calendar.period.tooLong", 366));
        }
        if (weekdays == null || weekdays.isEmpty()) {
            violations.add(fr.marelle.platform.control.Violation.of("weekdays", "booking.standardWeek.weekdays"));
        }
        RuleViolationException.throwIfAny(violations);
        access.child(actorId, householdId, childId);
        List<Request> requests = em.createQuery("select s from Session s where s.activity.id = :a"
                        + " and s.day between :from and :to order by s.day, s.startTime", Session.class)
                .setParameter("a", activityId).setParameter("from", from).setParameter("to", to)
                .getResultStream().filter(s -> weekdays.contains(s.getDay().getDayOfWeek()))
                .map(s -> new Request(childId, s.getId())).toList();
        if (requests.isEmpty()) {
            throw RuleViolationException.of("activityId", "booking.standardWeek.noSession");
        }
        return book(actorId, householdId, requests, null);
    }

    /**
     * Cancels bookings of the household (or takes them off the waiting list). A confirmed booking
     * can be cancelled only before the cancelling deadline, unless an agent gives a reason. The
     * freed place goes to the first child waiting while booking is still open.
     */
    @Transactional
    public List<Outcome> cancel(long actorId, long householdId, Collection<Long> bookingIds, String overrideReason) {
        Account actor = access.actor(actorId);
        access.household(actorId, householdId);
        boolean override = checkOverride(access.isPlanningStaff(actor.getId()), overrideReason);
        checkSize(bookingIds);
        List<Booking> found = bookingIds.stream().map(id -> em.find(Booking.class, id))
                .filter(b -> b != null && b.getHouseholdId() == householdId).toList();
        Map<Long, Session> sessions = lockSessions(found.stream().map(Booking::getSessionId).toList());
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Outcome> outcomes = new ArrayList<>();
        for (Long id : bookingIds) {
            Booking booking = found.stream().filter(b -> b.getId().equals(id)).findFirst().orElse(null);
            if (booking == null) {
                outcomes.add(new Outcome(0, 0, id, Decision.refused("booking.refused.unknownBooking")));
                continue;
            }
            em.refresh(booking);
            Session session = sessions.get(booking.getSessionId());
            Decision decision = cancelDecision(booking, session, override);
            if (decision.result() == Result.CANCELLED) {
                boolean wasConfirmed = booking.getStatus() == BookingStatus.CONFIRMED;
                var before = booking.auditView();
                booking.cancel(kindOf(actor), now);
                counters(session.getId(), wasConfirmed ? -1 : 0, wasConfirmed ? 0 : -1);
                history(booking, actor, BookingChange.Action.CANCELLED, override ? overrideReason : null, now);
                audit.record("BOOKING_CANCELLED", "booking", booking.getId(), before, booking.auditView());
                if (wasConfirmed) {
                    promoteFirstWaiting(session, now);
                }
            }
            outcomes.add(new Outcome(booking.getChildId(), booking.getSessionId(), booking.getId(), decision));
        }
        mails.summary(actor, householdId, outcomes, true);
        decided.fire(new Decided(outcomes.stream().map(o -> o.decision().result()).toList()));
        return outcomes;
    }

    /** The live booking (confirmed or waiting) of a child on a session, whichever household made it. */
    public java.util.Optional<Booking> liveBooking(long sessionId, long childId) {
        return em.createQuery("select b from Booking b where b.sessionId = :s and b.childId = :c"
                        + " and b.status <> fr.marelle.booking.entity.BookingStatus.CANCELLED", Booking.class)
                .setParameter("s", sessionId).setParameter("c", childId)
                .getResultStream().findFirst();
    }

    /** Whether a new booking would be accepted now, without writing anything (for the calendar). */
    public Decision preview(Session session, Child child, boolean resident) {
        return BookingDecision.decide(facts(session, child, resident, false));
    }

    private BookingDecision.Facts facts(Session session, Child child, boolean resident, boolean override) {
        return facts(session, child, resident, override, liveBooking(session.getId(), child.getId()).isPresent(),
                groupRoom(session, child.getBirthDate()));
    }

    private BookingDecision.Facts facts(Session session, Child child, boolean resident, boolean override,
                                        boolean alreadyBooked, BookingDecision.GroupRoom group) {
        Activity activity = session.getActivity();
        BookingDeadlines.Answer deadline = deadlines.check(BookingDeadlines.Action.BOOK, timing(session), rules(activity));
        return new BookingDecision.Facts(session.getStatus() == SessionStatus.OPEN, activity.isActive(),
                session.getCapacity(), session.getConfirmed(), activity.isWaitingList(),
                activity.isRegistrationRequired(), activity.isRegistrationRequired()
                        && registrations.isAccepted(child.getId(), activity.getId(), session.getDay()), activity.getMinAge(), activity.getMaxAge(),
                activity.getLevelCodes(), activity.isResidentsOnly(), session.getDay(), child.getBirthDate(),
                child.getLevelCode(), resident, alreadyBooked, deadline, override, group,
                !fr.marelle.planning.control.Eligibility.pupilOf(activity, child.getSchoolSiteId()));
    }

    /**
     * The places of the child's age group on the session and how many of them are confirmed, or null
     * when the activity keeps no places per age group or the child is in none. Read under the
     * session's row lock when booking, so the count cannot move meanwhile.
     */
    BookingDecision.GroupRoom groupRoom(Session session, java.time.LocalDate birthDate) {
        Activity activity = session.getActivity();
        if (activity.getAgeGroups().isEmpty() || birthDate == null) {
            return null;
        }
        int age = java.time.Period.between(birthDate, session.getDay()).getYears();
        return activity.ageGroupOf(age).map(group -> new BookingDecision.GroupRoom(group.getLabel(), group.getPlaces(),
                ((Number) em.createNativeQuery("select count(*) from booking b join child c on c.id = b.child_id"
                                + " where b.session_id = ?1 and b.status = 'CONFIRMED' and c.birth_date is not null"
                                + " and extract(year from age(cast(?2 as date), c.birth_date)) between ?3 and ?4")
                        .setParameter(1, session.getId()).setParameter(2, session.getDay())
                        .setParameter(3, group.getMinAge()).setParameter(4, group.getMaxAge())
                        .getSingleResult()).intValue())).orElse(null);
    }

    private Decision cancelDecision(Booking booking, Session session, boolean override) {
        if (!booking.isLive()) {
            return Decision.refused("booking.refused.alreadyCancelled");
        }
        if (booking.getStatus() == BookingStatus.CONFIRMED && !override) {
            BookingDeadlines.Answer answer = deadlines.check(BookingDeadlines.Action.CANCEL, timing(session),
                    rules(session.getActivity()));
            if (!answer.open()) {
                return Decision.closedBy(answer);
            }
        }
        return Decision.of(Result.CANCELLED);
    }

    private Long write(Session session, Child child, long householdId, Result result, Account actor, ActorKind kind,
                       String overrideReason, OffsetDateTime now) {
        BookingStatus status = result == Result.CONFIRMED ? BookingStatus.CONFIRMED : BookingStatus.WAITING;
        Booking booking = new Booking(session.getId(), child.getId(), householdId, status, now, overrideReason);
        em.persist(booking);
        em.flush();
        em.persist(new BookingChange(booking, now, actor.getId(), actor.fullName(), kind,
                status == BookingStatus.CONFIRMED ? BookingChange.Action.BOOKED : BookingChange.Action.WAITLISTED,
                overrideReason));
        audit.record("BOOKING_CREATED", "booking", booking.getId(), null, booking.auditView());
        return booking.getId();
    }

    /** New places on a session (capacity raised by staff) go to the children waiting, first come first served. */
    void onPlacesAdded(@jakarta.enterprise.event.Observes fr.marelle.planning.control.Sessions.PlacesAdded event) {
        Session session = em.find(Session.class, event.sessionId());
        em.refresh(session);
        OffsetDateTime now = OffsetDateTime.now(clock);
        while (promoteFirstWaiting(session, now)) {
            // one place at a time
        }
    }

    /**
     * The first child waiting gets a free place, only while booking that session is still open.
     * Returns whether somebody was promoted.
     */
    boolean promoteFirstWaiting(Session session, OffsetDateTime now) {
        if (session.getConfirmed() >= session.getCapacity()
                || !deadlines.check(BookingDeadlines.Action.BOOK, timing(session), rules(session.getActivity())).open()) {
            return false;
        }
        return em.createQuery("select b from Booking b where b.sessionId = :s"
                        + " and b.status = fr.marelle.booking.entity.BookingStatus.WAITING order by b.requestedAt, b.id",
                        Booking.class)
                .setParameter("s", session.getId()).getResultStream()
                .filter(b -> {
                    // with places per age group, the first child waiting whose group has room
                    var room = groupRoom(session, em.find(Child.class, b.getChildId()).getBirthDate());
                    return room == null || !room.full();
                })
                .findFirst().map(first -> {
                    var before = first.auditView();
                    first.promote(now);
                    counters(session.getId(), 1, -1);
                    history(first, null, BookingChange.Action.PROMOTED, null, now);
                    audit.record("BOOKING_PROMOTED", "booking", first.getId(), before, first.auditView());
                    mails.promoted(first, session);
                    return true;
                }).orElse(false);
    }

    /**
     * Moves the session's counters in the database and in the locked entity the next decisions read.
     * A booking an agent forces past a full session raises the capacity to match (audited with its reason).
     */
    void counters(long sessionId, int confirmed, int waiting) {
        em.createNativeQuery("update activity_session set confirmed = confirmed + ?2, waiting = waiting + ?3,"
                        + " capacity = greatest(capacity, confirmed + ?2) where id = ?1")
                .setParameter(1, sessionId).setParameter(2, confirmed).setParameter(3, waiting).executeUpdate();
        em.refresh(em.find(Session.class, sessionId));
    }

    void history(Booking booking, Account actor, BookingChange.Action action, String reason, OffsetDateTime now) {
        em.persist(new BookingChange(booking, now, actor == null ? null : actor.getId(),
                actor == null ? "Marelle" : actor.fullName(), actor == null ? ActorKind.SYSTEM : kindOf(actor),
                action, reason));
    }

    Map<Long, Session> lockSessions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from Session s where s.id in :ids order by s.id", Session.class)
                .setParameter("ids", new TreeSet<>(ids))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream().collect(Collectors.toMap(Session::getId, Function.identity()));
    }

    /** A reason to override the booking rules: planning staff only. */
    static boolean checkOverride(boolean planningStaff, String reason) {
        boolean given = reason != null && !reason.isBlank();
        if (given && !planningStaff) {
            throw RuleViolationException.of("overrideReason", "booking.override.staffOnly");
        }
        if (given && reason.length() > 500) {
            throw RuleViolationException.of("overrideReason", "booking.override.tooLong", 500);
        }
        return given;
    }

    private static void checkSize(Collection<?> items) {
        if (items == null || items.isEmpty()) {
            throw RuleViolationException.of("items", "booking.items.required");
        }
        if (items.size() > MAX_PER_ACTION) {
            throw RuleViolationException.of("items", "booking.items.tooMany", MAX_PER_ACTION);
        }
    }

    ActorKind kindOf(Account actor) {
        return access.isPlanningStaff(actor.getId()) ? ActorKind.STAFF : ActorKind.FAMILY;
    }

    static BookingDeadlines.SessionTiming timing(Session session) {
        return new BookingDeadlines.SessionTiming(session.getDay(), session.getStartTime(),
                session.getStatus() == SessionStatus.OPEN);
    }

    static BookingDeadlines.Rules rules(Activity activity) {
        return new BookingDeadlines.Rules(activity.window(), activity.bookDeadline(), activity.cancelDeadline());
    }
}
