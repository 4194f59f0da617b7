package fr.marelle.planning.control;

import fr.marelle.identity.control.Acting;
import fr.marelle.audit.control.AuditTrail;
import fr.marelle.planning.entity.Closure;
import fr.marelle.planning.entity.Session;
import fr.marelle.planning.entity.SessionStatus;
import fr.marelle.planning.entity.Site;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Closure days set by staff (strike, works): no session is generated on them, and open sessions are closed. */
@ApplicationScoped
public class Closures {

    /** A closure added, and how many sessions it closed. */
    public record Added(Closure closure, int sessionsClosed) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    AuditTrail audit;

    @Inject
    Sites sites;

    @Inject
    Clock clock;

    public List<Closure> between(LocalDate from, LocalDate to) {
        return em.createQuery("select c from Closure c where c.day between :f and :t order by c.day", Closure.class)
                .setParameter("f", from).setParameter("t", to).getResultList();
    }

    public List<Closure> upcoming() {
        return em.createQuery("select c from Closure c where c.day >= :d order by c.day", Closure.class)
                .setParameter("d", LocalDate.now(clock).minusDays(30)).setMaxResults(200).getResultList();
    }

    @Transactional
    public Added add(LocalDate day, Long siteId, String reason) {
        acting.requireRoleUnlessSystem(Acting.PLANNING_STAFF);
        List<Violation> v = new ArrayList<>();
        if (day == null) {
            v.add(Violation.of("closureDay", "planning.closure.dayRequired"));
        }
        if (reason == null || reason.isBlank()) {
            v.add(Violation.of("closureReason", "planning.closure.reasonRequired"));
        } else if (reason.strip().length() > 300) {
            v.add(Violation.of("closureReason", "planning.closure.reasonTooLong"));
        }
        Site site = null;
        if (siteId != null) {
            site = sites.byId(siteId).orElse(null);
            if (site == null) {
                v.add(Violation.of("closureSite", "planning.activity.siteRequired"));
            }
        }
        if (day != null && v.isEmpty()) {
            Long same = site == null
                    ? em.createQuery("select count(c) from Closure c where c.day = :d and c.site is null", Long.class)
                    .setParameter("d", day).getSingleResult()
                    : em.createQuery("select count(c) from Closure c where c.day = :d and c.site = :s", Long.class)
                    .setParameter("d", day).setParameter("s", site).getSingleResult();
            if (same > 0) {
                v.add(Violation.of("closureDay", "planning.closure.exists"));
            }
        }
        RuleViolationException.throwIfAny(v);
        Closure closure = new Closure(day, site, reason.strip(), OffsetDateTime.now(clock));
        em.persist(closure);
        em.flush();
        int closed = 0;
        for (Session s : em.createQuery("select s from Session s where s.day = :d and s.status = :open", Session.class)
                .setParameter("d", day).setParameter("open", SessionStatus.OPEN).getResultList()) {
            if (closure.covers(s.getActivity().getSite())) {
                var before = s.snapshot();
                s.changeStatus(SessionStatus.CLOSED, closure.getReason());
                audit.record("planning.session.close", "session", s.getId(), before, s.snapshot());
                closed++;
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("day", day.toString());
        after.put("siteId", siteId);
        after.put("reason", closure.getReason());
        after.put("sessionsClosed", closed);
        audit.record("planning.closure.create", "closure", closure.getId(), null, after);
        return new Added(closure, closed);
    }

    /**
     * Removes a closure (entered by mistake, or the strike is called off): the sessions it closed
     * that day are open again; sessions closed or cancelled for another reason stay as they are.
     */
    @Transactional
    public int remove(long closureId) {
        acting.requireRoleUnlessSystem(Acting.PLANNING_STAFF);
        Closure closure = em.find(Closure.class, closureId);
        if (closure == null) {
            throw RuleViolationException.of("closureId", "planning.closure.unknown");
        }
        int reopened = 0;
        for (Session s : em.createQuery("select s from Session s where s.day = :d and s.status = :closed", Session.class)
                .setParameter("d", closure.getDay()).setParameter("closed", SessionStatus.CLOSED).getResultList()) {
            if (closure.covers(s.getActivity().getSite()) && closure.getReason().equals(s.getStatusReason())) {
                var before = s.snapshot();
                s.changeStatus(SessionStatus.OPEN, null);
                audit.record("planning.session.reopen", "session", s.getId(), before, s.snapshot());
                reopened++;
            }
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("day", closure.getDay().toString());
        before.put("siteId", closure.getSite() == null ? null : closure.getSite().getId());
        before.put("reason", closure.getReason());
        audit.record("planning.closure.delete", "closure", closure.getId(), before, Map.of("sessionsReopened", reopened));
        em.remove(closure);
        return reopened;
    }
}
