package fr.marelle.attendance.control;

import fr.marelle.attendance.control.SessionSheet.Line;
import fr.marelle.attendance.control.SessionSheet.Person;
import fr.marelle.attendance.entity.Attendance;
import fr.marelle.attendance.entity.AttendanceStatus;
import fr.marelle.audit.control.AuditTrail;
import fr.marelle.booking.entity.Booking;
import fr.marelle.booking.entity.BookingStatus;
import fr.marelle.family.control.HealthDataViews;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.family.entity.Child;
import fr.marelle.family.entity.Household;
import fr.marelle.family.entity.PickupPerson;
import fr.marelle.identity.entity.Account;
import fr.marelle.planning.control.Eligibility;
import fr.marelle.planning.entity.Session;
import fr.marelle.planning.entity.SessionStatus;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Attendance (pointage) of the children on a session, marked by planning staff at the door:
 * the list of the session, marking one or many children in one transaction (all or nothing),
 * children present without booking, and the read API other capabilities use (the parent
 * calendar shows past sessions with their attendance; billing charges from it).
 */
@ApplicationScoped
public class Attendances {

    static final int MAX_PER_ACTION = 500;

    /** One child's mark: its status and, for a child present without booking, the household charged. */
    public record Mark(Long childId, AttendanceStatus status, Long householdId) {
    }

    /** A session of a day, with how far its attendance is marked. */
    public record DaySession(long sessionId, String activity, String activityType, long siteId, String site,
                             LocalTime start, LocalTime end, String status, int confirmed, int marked) {
    }

    /** A child that may be added as present without booking, for one of its households. */
    public record Candidate(long childId, String name, String levelCode, long householdId, String householdName)
            implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HealthDataViews healthViews;

    @Inject
    HouseholdAccess access;

    @Inject
    AttendanceLocks locks;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The sessions of a day (at one site, or everywhere), in time order; cancelled ones are left out. */
    public List<DaySession> sessionsOf(long actorId, LocalDate day, Long siteId) {
        access.requirePlanningStaff(actorId);
        var query = em.createQuery("select s from Session s where s.day = :day"
                        + " and s.status <> fr.marelle.planning.entity.SessionStatus.CANCELLED"
                        + (siteId == null ? "" : " and s.activity.site.id = :site")
                        + " order by s.startTime, s.activity.name", Session.class)
                .setParameter("day", day);
        if (siteId != null) {
            query.setParameter("site", siteId);
        }
        List<Session> sessions = query.getResultList();
        Map<Long, Integer> marked = new HashMap<>();
        if (!sessions.isEmpty()) {
            for (Object row : em.createNativeQuery("select session_id, count(*) from attendance where session_id = any(?1)"
                            + " group by session_id")
                    .setParameter(1, sessions.stream().map(Session::getId).toArray(Long[]::new)).getResultList()) {
                Object[] r = (Object[]) row;
                marked.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
            }
        }
        return sessions.stream().map(s -> new DaySession(s.getId(), s.getActivity().getName(),
                s.getActivity().getType().name(), s.getActivity().getSite().getId(), s.getActivity().getSite().getName(),
                s.getStartTime(), s.getEndTime(), s.getStatus().name(), s.getConfirmed(),
                marked.getOrDefault(s.getId(), 0))).toList();
    }

    /** The list of a session: confirmed bookings and children present without booking, by name. */
    public SessionSheet sheet(long actorId, long sessionId) {
        access.requirePlanningStaff(actorId);
        Session session = session(sessionId);
        List<Booking> bookings = em.createQuery("select b from Booking b where b.sessionId = :s"
                        + " and b.status = fr.marelle.booking.entity.BookingStatus.CONFIRMED", Booking.class)
                .setParameter("s", sessionId).getResultList();
        Map<Long, Attendance> marks = attendanceOf(sessionId);
        Set<Long> childIds = new LinkedHashSet<>();
        bookings.forEach(b -> childIds.add(b.getChildId()));
        childIds.addAll(marks.keySet());
        Map<Long, Child> children = byId(Child.class, "Child", childIds, Child::getId);
        Map<Long, Long> householdOfChild = new HashMap<>();
        Map<Long, Long> bookingOfChild = new HashMap<>();
        bookings.forEach(b -> {
            householdOfChild.put(b.getChildId(), b.getHouseholdId());
            bookingOfChild.put(b.getChildId(), b.getId());
        });
        marks.values().forEach(a -> householdOfChild.putIfAbsent(a.getChildId(), a.getHouseholdId()));
        Map<Long, Household> households = byId(Household.class, "Household", new HashSet<>(householdOfChild.values()),
                Household::getId);
        Map<Long, List<PickupPerson>> pickups = childIds.isEmpty() ? Map.of()
                : em.createQuery("select p from PickupPerson p where p.childId in :ids order by p.lastName, p.firstName",
                        PickupPerson.class).setParameter("ids", childIds).getResultStream()
                .collect(Collectors.groupingBy(PickupPerson::getChildId));

        List<Line> lines = new ArrayList<>();
        for (Long childId : childIds) {
            Child c = children.get(childId);
            Household h = households.get(householdOfChild.get(childId));
            Attendance a = marks.get(childId);
            List<PickupPerson> persons = pickups.getOrDefault(childId, List.of());
            lines.add(new Line(childId, c.getFirstName(), c.getLastName(), c.getLevelCode(), c.getDiet(), c.getDietOther(),
                    c.getAllergies(), c.isPai(), bookingOfChild.get(childId), h.getId(), h.getName(), phones(h),
                    persons.stream().filter(p -> p.isMayPickUp() && !p.isNotAllowed()).map(Attendances::person).toList(),
                    persons.stream().filter(PickupPerson::isNotAllowed).map(Attendances::person).toList(),
                    a == null ? null : a.getStatus(), a == null ? null : a.getMarkedByName(),
                    a == null ? null : a.getMarkedAt()));
        }
        healthViews.shown("session list", "session", sessionId,
                lines.stream().map(l -> new HealthDataViews.Shown(l.childId(), l.allergies(), l.pai(), null)).toList());
        lines.sort(Comparator.comparing((Line l) -> l.lastName().toLowerCase(Locale.FRENCH))
                .thenComparing(l -> l.firstName().toLowerCase(Locale.FRENCH)).thenComparing(Line::childId));
        boolean locked = locks.isLocked(session.getActivity().getRegieCode(), YearMonth.from(session.getDay()));
        boolean markable = AttendanceRules.checkSession(facts(session, locked)).isEmpty();
        return new SessionSheet(sessionId, session.getActivity().getName(), session.getActivity().getType().name(),
                session.getActivity().getSite().getName(), session.getDay(), session.getStartTime(), session.getEndTime(),
                session.getStatus().name(), locked, markable, List.copyOf(lines), SessionSheet.Counts.of(lines));
    }

    /**
     * Marks children on a session in one transaction: every item is checked first and, if any is
     * refused, nothing is written and every refusal is reported (field {@code items[i].…}).
     * Each change is audited with the status before and after. Returns how many marks changed.
     */
    @Transactional
    public int mark(long actorId, long sessionId, List<Mark> marks) {
        Account actor = access.requirePlanningStaff(actorId);
        if (marks == null || marks.isEmpty()) {
            throw RuleViolationException.of("items", "attendance.items.required");
        }
        if (marks.size() > MAX_PER_ACTION) {
            throw RuleViolationException.of("items", "attendance.items.tooMany", MAX_PER_ACTION);
        }
        // one marking of a session at a time: two tablets on the same list never write the same child twice
        Session session = em.find(Session.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new UnknownRecordException("session", sessionId);
        }
        checkMarkable(session);
        Map<Long, Booking> booked = confirmedBookings(sessionId);
        Map<Long, Attendance> existing = attendanceOf(sessionId);
        List<Violation> violations = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<AttendanceRules.ChildFacts> facts = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            String field = "items[" + i + "]";
            Mark m = marks.get(i);
            if (m == null || m.childId() == null) {
                violations.add(Violation.of(field + ".childId", "attendance.child.required"));
                facts.add(null);
                continue;
            }
            if (!seen.add(m.childId())) {
                violations.add(Violation.of(field + ".childId", "attendance.items.duplicate"));
            }
            Set<Long> households = booked.containsKey(m.childId()) ? Set.of() : householdsOf(m.childId());
            AttendanceRules.ChildFacts f = new AttendanceRules.ChildFacts(m.status(), booked.containsKey(m.childId()),
                    m.householdId(), households);
            violations.addAll(AttendanceRules.checkChild(field, f));
            facts.add(f);
        }
        RuleViolationException.throwIfAny(violations);

        OffsetDateTime now = OffsetDateTime.now(clock);
        int changed = 0;
        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            AttendanceRules.ChildFacts f = facts.get(i);
            Booking booking = booked.get(m.childId());
            Long bookingId = booking == null ? null : booking.getId();
            long householdId = booking != null ? booking.getHouseholdId() : AttendanceRules.householdWithoutBooking(f);
            Attendance a = existing.get(m.childId());
            Map<String, Object> before = null;
            if (a != null && a.getStatus() == m.status() && a.getHouseholdId() == householdId
                    && java.util.Objects.equals(a.getBookingId(), bookingId)) {
                continue;
            }
            if (a != null && (a.getHouseholdId() != householdId || !java.util.Objects.equals(a.getBookingId(), bookingId))) {
                // the booking behind the mark changed (booked since, or another household): start afresh
                before = a.auditView();
                em.remove(a);
                em.flush();
                a = null;
            }
            if (a == null) {
                a = new Attendance(sessionId, m.childId(), bookingId, householdId);
                a.mark(m.status(), actor.getId(), actor.fullName(), now);
                em.persist(a);
                em.flush();
            } else {
                before = a.auditView();
                a.mark(m.status(), actor.getId(), actor.fullName(), now);
            }
            audit.record("ATTENDANCE_MARKED", "attendance", a.getId(), before, a.auditView());
            changed++;
        }
        return changed;
    }

    /** Marks present every booked child not marked yet. Returns how many were marked. */
    @Transactional
    public int markUnmarkedPresent(long actorId, long sessionId) {
        access.requirePlanningStaff(actorId);
        Map<Long, Attendance> existing = attendanceOf(sessionId);
        List<Mark> marks = confirmedBookings(sessionId).keySet().stream().filter(c -> !existing.containsKey(c))
                .sorted().map(c -> new Mark(c, AttendanceStatus.PRESENT, null)).toList();
        if (marks.isEmpty()) {
            checkMarkable(session(sessionId));
            return 0;
        }
        return mark(actorId, sessionId, marks);
    }

    /**
     * Children matching a name who may take part in the session's activity (age, school level)
     * and are not on its list yet: one entry per household of the child, for the agent to choose.
     */
    public List<Candidate> candidates(long actorId, long sessionId, String query) {
        access.requirePlanningStaff(actorId);
        Session session = session(sessionId);
        String q = query == null ? "" : fold(query.strip());
        if (q.length() < 2) {
            return List.of();
        }
        Set<Long> listed = new HashSet<>(confirmedBookings(sessionId).keySet());
        listed.addAll(attendanceOf(sessionId).keySet());
        String folded = "translate(lower(%s), 'àâäáãéèêëíìîïóòôöõúùûüçñÿ', 'aaaaaeeeeiiiiooooouuuucny')";
        List<?> rows = em.createNativeQuery("select c.id, c.first_name, c.last_name, c.level_code, c.birth_date, h.id, h.name"
                        + " from child c join household_child hc on hc.child_id = c.id join household h on h.id = hc.household_id"
                        + " where " + folded.formatted("c.first_name || ' ' || c.last_name") + " like ?1"
                        + " or " + folded.formatted("c.last_name || ' ' || c.first_name") + " like ?1"
                        + " order by c.last_name, c.first_name, c.id, h.id limit 60")
                .setParameter(1, "%" + q.replace("%", "").replace("_", "") + "%").getResultList();
        List<Candidate> candidates = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long childId = ((Number) r[0]).longValue();
            LocalDate birth = r[4] == null ? null : toLocalDate(r[4]);
            if (listed.contains(childId) || !Eligibility.eligible(session.getActivity(),
                    new Eligibility.Child(birth, (String) r[3], true), session.getDay())) {
                continue;
            }
            candidates.add(new Candidate(childId, r[1] + " " + r[2], (String) r[3], ((Number) r[5]).longValue(), (String) r[6]));
            if (candidates.size() == 20) {
                break;
            }
        }
        return candidates;
    }

    /**
     * The attendance of a child's sessions booked (or attended) by one household over a period:
     * session id → status; sessions not marked are absent from the map. A read API for the parent
     * calendar and for billing, which check who may see the child themselves.
     */
    public Map<Long, AttendanceStatus> forChild(long childId, long householdId, LocalDate from, LocalDate to) {
        Map<Long, AttendanceStatus> result = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select a.session_id, a.status from attendance a"
                        + " join activity_session s on s.id = a.session_id"
                        + " where a.child_id = ?1 and a.household_id = ?2 and s.day between ?3 and ?4 order by s.day, s.start_time")
                .setParameter(1, childId).setParameter(2, householdId).setParameter(3, from).setParameter(4, to)
                .getResultList()) {
            Object[] r = (Object[]) row;
            result.put(((Number) r[0]).longValue(), AttendanceStatus.valueOf((String) r[1]));
        }
        return result;
    }

    // ------------------------------------------------------------------ helpers

    private void checkMarkable(Session session) {
        boolean locked = locks.isLocked(session.getActivity().getRegieCode(), YearMonth.from(session.getDay()));
        RuleViolationException.throwIfAny(AttendanceRules.checkSession(facts(session, locked)));
    }

    private AttendanceRules.SessionFacts facts(Session session, boolean locked) {
        return new AttendanceRules.SessionFacts(session.getDay(), LocalDate.now(clock),
                session.getStatus() == SessionStatus.CANCELLED, locked);
    }

    private Session session(long sessionId) {
        Session session = em.find(Session.class, sessionId);
        if (session == null) {
            throw new UnknownRecordException("session", sessionId);
        }
        return session;
    }

    private Map<Long, Booking> confirmedBookings(long sessionId) {
        return em.createQuery("select b from Booking b where b.sessionId = :s and b.status = :st", Booking.class)
                .setParameter("s", sessionId).setParameter("st", BookingStatus.CONFIRMED).getResultStream()
                .collect(Collectors.toMap(Booking::getChildId, Function.identity(), (a, b) -> a));
    }

    private Map<Long, Attendance> attendanceOf(long sessionId) {
        return em.createQuery("select a from Attendance a where a.sessionId = :s", Attendance.class)
                .setParameter("s", sessionId).getResultStream()
                .collect(Collectors.toMap(Attendance::getChildId, Function.identity()));
    }

    private Set<Long> householdsOf(long childId) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Object r : em.createNativeQuery("select household_id from household_child where child_id = ?1 order by household_id")
                .setParameter(1, childId).getResultList()) {
            ids.add(((Number) r).longValue());
        }
        return ids;
    }

    private <T> Map<Long, T> byId(Class<T> type, String entity, Collection<Long> ids, Function<T, Long> id) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e from " + entity + " e where e.id in :ids", type).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static Person person(PickupPerson p) {
        return new Person(p.fullName(), p.getRelation(), p.getPhone(), p.getOtherPhone(), p.getNote());
    }

    private static List<String> phones(Household h) {
        List<String> phones = new ArrayList<>();
        if (h.getPhone() != null) {
            phones.add(h.getPhone());
        }
        if (h.getOtherPhone() != null) {
            phones.add(h.getOtherPhone());
        }
        return phones;
    }

    static String fold(String text) {
        return java.text.Normalizer.normalize(text.toLowerCase(Locale.FRENCH), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    private static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }
}
