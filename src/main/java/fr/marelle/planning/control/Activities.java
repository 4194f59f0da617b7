package fr.marelle.planning.control;

import fr.marelle.identity.control.Acting;
import fr.marelle.audit.control.AuditTrail;
import fr.marelle.planning.entity.Activity;
import fr.marelle.planning.entity.BookingWindow;
import fr.marelle.planning.entity.DeadlineRule;
import fr.marelle.planning.entity.Regie;
import fr.marelle.planning.entity.Site;
import fr.marelle.platform.control.ClockProducer;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Activities: creation and change by staff, with their eligibility and booking rules. */
@ApplicationScoped
public class Activities {

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

    @Inject
    PriceGrids priceGrids;

    public List<Activity> all() {
        return em.createQuery("select a from Activity a order by a.name", Activity.class).getResultList();
    }

    public List<Activity> active() {
        return em.createQuery("select a from Activity a where a.active = true order by a.name", Activity.class).getResultList();
    }

    public Optional<Activity> byId(long id) {
        return Optional.ofNullable(em.find(Activity.class, id));
    }

    public Activity require(long id) {
        return byId(id).orElseThrow(() -> RuleViolationException.of("activityId", "planning.activity.unknown"));
    }

    public List<Regie> regies() {
        return em.createQuery("select r from Regie r order by r.name", Regie.class).getResultList();
    }

    @Transactional
    public Activity create(ActivityForm form) {
        acting.requireRoleUnlessSystem(Acting.PLANNING_STAFF);
        List<Violation> v = check(form, null);
        RuleViolationException.throwIfAny(v);
        Activity a = new Activity(form.name().strip(), form.type(), sites.byId(form.siteId()).orElseThrow(), form.regieCode(),
                OffsetDateTime.now(clock));
        apply(a, form);
        em.persist(a);
        em.flush();
        audit.record("planning.activity.create", "activity", a.getId(), null, a.snapshot());
        return a;
    }

    /** An activity and its first price grid, both or neither. */
    @Transactional
    public Activity create(ActivityForm form, PriceGrids.GridForm grid) {
        acting.requireRoleUnlessSystem(Acting.PLANNING_STAFF);
        Activity a = create(form);
        if (grid != null) {
            priceGrids.add(a.getId(), grid);
        }
        return a;
    }

    @Transactional
    public Activity update(long id, ActivityForm form) {
        acting.requireRoleUnlessSystem(Acting.PLANNING_STAFF);
        Activity a = require(id);
        RuleViolationException.throwIfAny(check(form, id));
        var before = a.snapshot();
        a.setName(form.name().strip());
        a.setType(form.type());
        a.setSite(sites.byId(form.siteId()).orElseThrow());
        a.setRegieCode(form.regieCode());
        apply(a, form);
        em.flush();
        audit.record("planning.activity.update", "activity", a.getId(), before, a.snapshot());
        return a;
    }

    /**
     * An inactive activity is no longer offered to families nor bookable; its sessions, bookings
     * and prices stay, and it can be made active again.
     * <p>
     * Refused while children are booked (or waiting) on sessions from today on: the family's calendar
     * no longer shows an inactive activity, yet its bookings would stay on the attendance lists and be
     * invoiced. We refuse rather than cancel them here, because cancelling is a decision towards each
     * family that already has its own path (cancelling the sessions, which mails every family and is
     * audited per booking); the message says how many bookings and until when, so staff know what to do.
     */
    @Transactional
    public Activity setActive(long id, boolean active) {
        acting.requireRoleUnlessSystem(Acting.PLANNING_STAFF);
        Activity a = require(id);
        if (!active && a.isActive()) {
            refuseWhileBooked(a);
        }
        var before = a.snapshot();
        a.setActive(active);
        em.flush();
        audit.record(active ? "planning.activity.activate" : "planning.activity.deactivate", "activity", a.getId(),
                before, a.snapshot());
        return a;
    }

    private void refuseWhileBooked(Activity a) {
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
        Object[] booked = (Object[]) em.createNativeQuery("select count(*), max(s.day) from booking b"
                        + " join activity_session s on s.id = b.session_id where s.activity_id = ?1 and s.day >= ?2"
                        + " and s.status <> 'CANCELLED' and b.status in ('CONFIRMED', 'WAITING')")
                .setParameter(1, a.getId()).setParameter(2, today).getSingleResult();
        long count = ((Number) booked[0]).longValue();
        if (count > 0) {
            LocalDate last = booked[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) booked[1];
            // a Date in the JVM's zone, which MessageFormat also uses: the day shown is the session's day
            throw RuleViolationException.of("active", "planning.activity.stillBooked", count,
                    java.util.Date.from(last.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()));
        }
    }

    /** Places per age group on each session (an empty list: the session's capacity only). */
    @Transactional
    public Activity changeAgeGroups(long id, List<fr.marelle.planning.entity.AgeGroup> groups) {
        acting.requireRoleUnlessSystem(Acting.PLANNING_STAFF);
        Activity a = require(id);
        RuleViolationException.throwIfAny(AgeGroups.check(groups, a.getDefaultCapacity()));
        var before = a.snapshot();
        a.setAgeGroups(groups.stream().map(g -> new fr.marelle.planning.entity.AgeGroup(g.getLabel().strip(),
                g.getMinAge(), g.getMaxAge(), g.getPlaces())).sorted(java.util.Comparator.comparingInt(
                fr.marelle.planning.entity.AgeGroup::getMinAge)).toList());
        em.flush();
        audit.record("planning.activity.ageGroups", "activity", a.getId(), before, a.snapshot());
        return a;
    }

    /** Only the booking rules (window and deadlines). */
    @Transactional
    public Activity changeRules(long id, BookingWindow window, DeadlineRule book, DeadlineRule cancel) {
        acting.requireRoleUnlessSystem(Acting.PLANNING_STAFF);
        Activity a = require(id);
        List<Violation> v = new ArrayList<>();
        checkRules(v, window, book, cancel, a.getStartTime());
        RuleViolationException.throwIfAny(v);
        var before = a.snapshot();
        a.setWindow(window);
        a.setBookDeadline(book);
        a.setCancelDeadline(cancel);
        em.flush();
        audit.record("planning.activity.rules", "activity", a.getId(), before, a.snapshot());
        return a;
    }

    private void apply(Activity a, ActivityForm form) {
        a.setMinAge(form.minAge());
        a.setMaxAge(form.maxAge());
        a.setLevelCodes(form.levelCodes() == null ? Set.of() : form.levelCodes());
        a.setResidentsOnly(form.residentsOnly());
        a.setRegistrationRequired(form.registrationRequired());
        a.setWaitingList(form.waitingList());
        a.setStartTime(form.startTime());
        a.setEndTime(form.endTime());
        a.setDefaultCapacity(form.defaultCapacity());
        a.setWindow(form.window());
        a.setBookDeadline(form.bookDeadline() == null ? DeadlineRule.NONE : form.bookDeadline());
        a.setCancelDeadline(form.cancelDeadline() == null ? DeadlineRule.NONE : form.cancelDeadline());
    }

    List<Violation> check(ActivityForm f, Long id) {
        List<Violation> v = new ArrayList<>();
        if (f.name() == null || f.name().isBlank()) {
            v.add(Violation.of("name", "planning.activity.nameRequired"));
        } else if (f.name().strip().length() > 120) {
            v.add(Violation.of("name", "planning.activity.nameTooLong"));
        } else {
            Long same = em.createQuery("select count(a) from Activity a where lower(a.name) = :n and a.id <> :id", Long.class)
                    .setParameter("n", f.name().strip().toLowerCase()).setParameter("id", id == null ? -1L : id).getSingleResult();
            if (same > 0) {
                v.add(Violation.of("name", "planning.activity.nameTaken"));
            }
        }
        if (f.type() == null) {
            v.add(Violation.of("type", "planning.activity.typeRequired"));
        }
        if (f.siteId() == null || sites.byId(f.siteId()).isEmpty()) {
            v.add(Violation.of("siteId", "planning.activity.siteRequired"));
        }
        if (f.regieCode() == null || em.find(Regie.class, f.regieCode()) == null) {
            v.add(Violation.of("regieCode", "planning.activity.regieRequired"));
        }
        if ((f.minAge() != null && (f.minAge() < 0 || f.minAge() > 25)) || (f.maxAge() != null && (f.maxAge() < 0 || f.maxAge() > 25))) {
            v.add(Violation.of("minAge", "planning.activity.ageRange"));
        } else if (f.minAge() != null && f.maxAge() != null && f.maxAge() < f.minAge()) {
            v.add(Violation.of("maxAge", "planning.activity.ageReversed"));
        }
        if (f.levelCodes() != null) {
            for (String code : f.levelCodes()) {
                if (sites.level(code).isEmpty()) {
                    v.add(Violation.of("levelCodes", "planning.activity.levelUnknown", code));
                }
            }
        }
        if (f.startTime() == null || f.endTime() == null) {
            v.add(Violation.of("startTime", "planning.generate.timesRequired"));
        } else if (!f.endTime().isAfter(f.startTime())) {
            v.add(Violation.of("endTime", "planning.generate.endBeforeStartTime"));
        }
        if (f.defaultCapacity() == null || f.defaultCapacity() < 1 || f.defaultCapacity() > 10000) {
            v.add(Violation.of("defaultCapacity", "planning.capacity.range"));
        }
        checkRules(v, f.window(), f.bookDeadline(), f.cancelDeadline(), f.startTime());
        return v;
    }

    private static void checkRules(List<Violation> v, BookingWindow window, DeadlineRule book, DeadlineRule cancel, java.time.LocalTime start) {
        if (window != null) {
            v.addAll(window.check("window"));
        }
        DeadlineRule b = book == null ? DeadlineRule.NONE : book;
        DeadlineRule c = cancel == null ? DeadlineRule.NONE : cancel;
        v.addAll(b.check("book"));
        v.addAll(c.check("cancel"));
        v.addAll(b.checkAgainst("book", start));
        v.addAll(c.checkAgainst("cancel", start));
    }

    // ------------------------------------------------------------------ sites (staff)

    @Transactional
    public Site createSite(String name, fr.marelle.planning.entity.SiteKind kind, String address) {
        acting.requireRoleUnlessSystem(Acting.PLANNING_STAFF);
        checkSite(null, name, kind);
        Site site = new Site(name.strip(), kind, address == null || address.isBlank() ? null : address.strip(), OffsetDateTime.now(clock));
        em.persist(site);
        em.flush();
        audit.record("planning.site.create", "site", site.getId(), null, java.util.Map.of("name", site.getName(), "kind", kind.name()));
        return site;
    }

    /** Renames a site or changes its kind or address; its activities and sessions follow. */
    @Transactional
    public Site updateSite(long id, String name, fr.marelle.planning.entity.SiteKind kind, String address) {
        acting.requireRoleUnlessSystem(Acting.PLANNING_STAFF);
        Site site = em.find(Site.class, id);
        if (site == null) {
            throw RuleViolationException.of("siteId", "planning.activity.siteRequired");
        }
        checkSite(id, name, kind);
        var before = java.util.Map.of("name", site.getName(), "kind", site.getKind().name(),
                "address", String.valueOf(site.getAddress()));
        site.setName(name.strip());
        site.setKind(kind);
        site.setAddress(address == null || address.isBlank() ? null : address.strip());
        em.flush();
        audit.record("planning.site.update", "site", site.getId(), before, java.util.Map.of("name", site.getName(),
                "kind", kind.name(), "address", String.valueOf(site.getAddress())));
        return site;
    }

    /** A site has a name no other site has (whatever the case) and a kind. */
    private void checkSite(Long id, String name, fr.marelle.planning.entity.SiteKind kind) {
        List<Violation> v = new ArrayList<>();
        if (name == null || name.isBlank()) {
            v.add(Violation.of("siteName", "planning.site.nameRequired"));
        } else if (em.createQuery("select count(s) from Site s where lower(s.name) = :n and (s.id <> :id)", Long.class)
                .setParameter("n", name.strip().toLowerCase()).setParameter("id", id == null ? -1L : id)
                .getSingleResult() > 0) {
            v.add(Violation.of("siteName", "planning.site.nameTaken"));
        }
        if (kind == null) {
            v.add(Violation.of("siteKind", "planning.site.kindRequired"));
        }
        RuleViolationException.throwIfAny(v);
    }

    public List<Site> allSites() {
        return em.createQuery("select s from Site s order by s.name", Site.class).getResultList();
    }
}
