package fr.marelle.planning.control;

import fr.marelle.identity.control.Acting;
import fr.marelle.audit.control.AuditTrail;
import fr.marelle.planning.entity.Activity;
import fr.marelle.planning.entity.Closure;
import fr.marelle.planning.entity.Session;
import fr.marelle.planning.entity.SessionStatus;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Sessions: generation from a pattern, single sessions, capacity, closing and cancelling. */
@ApplicationScoped
public class Sessions {

    /** A session got more places (fired inside the transaction, with the session row locked). */
    public record PlacesAdded(long sessionId) {
    }

    @Inject
    jakarta.enterprise.event.Event<PlacesAdded> placesAdded;


    /** What a generation did. */
    public record Generated(int created, List<SessionPlanner.Skipped> skipped) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    Activities activities;

    @Inject
    PlanningCalendar calendar;

    @Inject
    Closures closures;

    @Inject
    AuditTrail audit;

    @Inject
    SessionNotices notices;

    public List<Session> of(long activityId, LocalDate from, LocalDate to) {
        return em.createQuery("select s from Session s where s.activity.id = :a and s.day between :f and :t order by s.day, s.startTime",
                        Session.class)
                .setParameter("a", activityId).setParameter("f", from).setParameter("t", to).getResultList();
    }

    public Session require(long id) {
        Session s = em.find(Session.class, id);
        if (s == null) {
            throw RuleViolationException.of("sessionId", "planning.session.unknown");
        }
        return s;
    }

    /** Creates the sessions of the pattern (all in one transaction) and says which days were skipped and why. */
    @Transactional
    public Generated generate(long activityId, SessionPlanner.Request request) {
        acting.requireRoleUnlessSystem(Acting.PLANNING_STAFF);
        Activity activity = activities.require(activityId);
        SessionPlanner.Request r = new SessionPlanner.Request(request.pattern(), request.from(), request.to(), request.weekdays(),
                request.dates(), request.start() == null ? activity.getStartTime() : request.start(),
                request.end() == null ? activity.getEndTime() : request.end(),
                request.capacity() == null ? activity.getDefaultCapacity() : request.capacity());
        SchoolCalendar cal = calendar.load();
        RuleViolationException.throwIfAny(SessionPlanner.check(r, cal, calendar.zone()));
        LocalDate from = r.pattern() == SessionPlanner.Pattern.DATES ? r.dates().stream().min(LocalDate::compareTo).orElseThrow() : r.from();
        LocalDate to = r.pattern() == SessionPlanner.Pattern.DATES ? r.dates().stream().max(LocalDate::compareTo).orElseThrow() : r.to();
        Map<LocalDate, String> closed = new HashMap<>();
        for (Closure c : closures.between(from, to)) {
            if (c.covers(activity.getSite())) {
                closed.putIfAbsent(c.getDay(), c.getReason());
            }
        }
        Set<LocalDate> existing = of(activityId, from, to).stream()
                .filter(s -> s.getStartTime().equals(r.start())).map(Session::getDay).collect(Collectors.toSet());
        SessionPlanner.Plan plan = SessionPlanner.plan(r, cal, calendar.zone(), closed::get, existing);
        if (!plan.days().isEmpty()) {
            // one statement for all the days (a school year is ~140 rows per activity)
            em.createNativeQuery("insert into activity_session (activity_id, day, start_time, end_time, capacity)"
                            + " select ?1, cast(d as date), cast(?2 as time), cast(?3 as time), ?4"
                            + " from unnest(string_to_array(?5, ',')) as d")
                    .setParameter(1, activityId)
                    .setParameter(2, r.start().toString())
                    .setParameter(3, r.end().toString())
                    .setParameter(4, r.capacity())
                    .setParameter(5, plan.days().stream().map(LocalDate::toString).collect(Collectors.joining(",")))
                    .executeUpdate();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("pattern", r.pattern().name());
        after.put("from", from.toString());
        after.put("to", to.toString());
        after.put("weekdays", r.weekdays() == null ? null : r.weekdays().toString());
        after.put("created", plan.days().size());
        after.put("skipped", plan.skipped().size());
        audit.record("planning.sessions.generate", "activity", activityId, null, after);
        return new Generated(plan.days().size(), plan.skipped());
    }

    /** Capacity can never go below the confirmed bookings (the session row is locked while checking). */
    @Transactional
    public Session changeCapacity(long id, int capacity) {
        acting.requireRoleUnlessSystem(Acting.PLANNING_STAFF);
        Session s = em.find(Session.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw RuleViolationException.of("sessionId", "planning.session.unknown");
        }
        if (capacity < 0 || capacity > 10000) {
            throw RuleViolationException.of("capacity", "planning.capacity.range");
        }
        if (capacity < s.getConfirmed()) {
            throw RuleViolationException.of("capacity", "planning.capacity.belowBookings", s.getConfirmed());
        }
        var before = s.snapshot();
        boolean more = capacity > s.getCapacity();
        s.setCapacity(capacity);
        em.flush();
        audit.record("planning.session.capacity", "session", id, before, s.snapshot());
        if (more) {
            placesAdded.fire(new PlacesAdded(id)); // the waiting list takes the new places
            em.refresh(s);
        }
        return s;
    }

    /** No new bookings (existing bookings stay). */
    @Transactional
    public Session close(long id, String reason) {
        acting.requireRoleUnlessSystem(Acting.PLANNING_STAFF);
        return changeStatus(id, SessionStatus.CLOSED, reason, "planning.session.close");
    }

    @Transactional
    public Session reopen(long id) {
        acting.requireRoleUnlessSystem(Acting.PLANNING_STAFF);
        return changeStatus(id, SessionStatus.OPEN, null, "planning.session.reopen");
    }

    /** The session will not take place; the families who booked it are told by e-mail. */
    @Transactional
    public Session cancel(long id, String reason) {
        acting.requireRoleUnlessSystem(Acting.PLANNING_STAFF);
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.of("reason", "planning.session.reasonRequired");
        }
        Session s = changeStatus(id, SessionStatus.CANCELLED, reason.strip(), "planning.session.cancel");
        notices.sessionCancelled(s);
        return s;
    }

    private Session changeStatus(long id, SessionStatus status, String reason, String action) {
        Session s = em.find(Session.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw RuleViolationException.of("sessionId", "planning.session.unknown");
        }
        if (s.getStatus() == SessionStatus.CANCELLED) {
            throw RuleViolationException.of("sessionId", "planning.session.alreadyCancelled");
        }
        if (reason != null && reason.length() > 300) {
            throw RuleViolationException.of("reason", "planning.closure.reasonTooLong");
        }
        var before = s.snapshot();
        s.changeStatus(status, reason);
        em.flush();
        audit.record(action, "session", id, before, s.snapshot());
        return s;
    }
}
