package fr.marelle.enrolment.control;

import fr.marelle.enrolment.entity.SchoolEnrolment;
import fr.marelle.family.control.HouseholdHistory;
import fr.marelle.family.entity.Child;
import fr.marelle.planning.entity.Site;
import fr.marelle.platform.control.ClockProducer;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the school and level of accepted enrolments into the child's file when their school year starts: a job
 * every hour looks, by the portal's clock, for accepted requests whose 1 September has come and that were not
 * applied yet (so the first run on or after the year's first day applies them); an acceptance for a year already
 * begun is applied at once. Rows are taken with {@code FOR UPDATE SKIP LOCKED}, so several nodes may run it.
 */
@ApplicationScoped
public class SchoolYearStart {

    private static final Logger LOG = Logger.getLogger(SchoolYearStart.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    HouseholdHistory history;

    @Inject
    SchoolYearStart self;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService executor;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        executor.scheduleAtFixedRate(() -> {
            try {
                int applied = self.applyDue();
                if (applied > 0) {
                    LOG.info(() -> "School year start: " + applied + " enrolments written to the children's files");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "School year start job failed: " + e.getMessage(), e);
            }
        }, 7, 60, TimeUnit.MINUTES);
    }

    /** Applies every accepted enrolment whose school year has started by the portal's clock; answers how many. */
    @Transactional
    public int applyDue() {
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from school_enrolment where state = 'ACCEPTED'"
                + " and applied_at is null and year_start <= ?1 order by id limit 500 for update skip locked")
                .setParameter(1, today).getResultList();
        ids.forEach(id -> apply(em.find(SchoolEnrolment.class, id.longValue())));
        return ids.size();
    }

    /** The child's school and level from the accepted request, in the household's history. */
    @Transactional
    public void apply(SchoolEnrolment enrolment) {
        Child child = em.find(Child.class, enrolment.getChildId());
        if (child == null || enrolment.getAppliedAt() != null) {
            return;
        }
        Map<String, Object> before = view(child);
        child.setSchoolSiteId(enrolment.getAssignedSiteId());
        child.setLevelCode(enrolment.getLevelCode());
        enrolment.applied(OffsetDateTime.now(clock));
        em.flush();
        history.record(enrolment.getHouseholdId(), "child", child.getId(), child.fullName(), before, view(child));
    }

    /** As the family's history shows a child's school (by name) and level. */
    private Map<String, Object> view(Child child) {
        Map<String, Object> view = new LinkedHashMap<>();
        Site school = child.getSchoolSiteId() == null ? null : em.find(Site.class, child.getSchoolSiteId());
        view.put("schoolSiteId", school == null ? null : school.getName());
        view.put("levelCode", child.getLevelCode());
        return view;
    }
}
