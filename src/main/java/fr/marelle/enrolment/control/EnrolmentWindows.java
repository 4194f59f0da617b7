package fr.marelle.enrolment.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.enrolment.control.EnrolmentWindowRule.Window;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.platform.control.NativeQueries;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrator's dates of school enrolment requests, per school year (see {@link EnrolmentWindowRule}); each
 * change is audited ({@code ENROLMENT_WINDOW_CHANGED}, before and after).
 */
@ApplicationScoped
public class EnrolmentWindows {

    @PersistenceContext
    EntityManager em;

    @Inject
    HouseholdAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Every school year's window, the latest year first. */
    public List<Window> all() {
        return windows("order by school_year desc");
    }

    public Optional<Window> of(String schoolYear) {
        return windows("where school_year = ?1", schoolYear).stream().findFirst();
    }

    /** Sets (or moves) a school year's window; refused with the fields' reasons when wrong. */
    @Transactional
    public Window save(long actorId, String schoolYear, LocalDate opensOn, LocalDate closesOn) {
        access.requireAdmin(actorId);
        List<Violation> violations = new ArrayList<>();
        Window window = EnrolmentWindowRule.check(schoolYear, opensOn, closesOn, violations);
        RuleViolationException.throwIfAny(violations);
        Optional<Window> before = windows("where school_year = ?1 for update", window.schoolYear()).stream().findFirst();
        NativeQueries.bound(em, "insert into school_enrolment_window (school_year, opens_on, closes_on, updated_by, updated_at)"
                        + " values (?1, ?2, ?3, ?4, ?5) on conflict (school_year) do update set opens_on = excluded.opens_on,"
                        + " closes_on = excluded.closes_on, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
                window.schoolYear(), window.opensOn(), window.closesOn(), actorId, OffsetDateTime.now(clock)).executeUpdate();
        audit.record("ENROLMENT_WINDOW_CHANGED", "school_enrolment_window", window.schoolYear(),
                before.map(EnrolmentWindows::auditView).orElse(null), auditView(window));
        return window;
    }

    /** Adds why a family cannot ask for that school year today, if so (staff at the counter are not asked). */
    void checkOpen(String schoolYear, LocalDate today, List<Violation> violations) {
        of(schoolYear).flatMap(w -> EnrolmentWindowRule.refusal(w, today)).ifPresent(violations::add);
    }

    private static Map<String, Object> auditView(Window w) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("schoolYear", w.schoolYear());
        view.put("opensOn", w.opensOn().toString());
        view.put("closesOn", w.closesOn().toString());
        return view;
    }

    private List<Window> windows(String rest, Object... params) {
        List<?> rows = NativeQueries.bound(em, "select school_year, opens_on, closes_on from school_enrolment_window " + rest,
                params).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Window((String) r[0], day(r[1]), day(r[2]))).toList();
    }

    private static LocalDate day(Object column) {
        return column instanceof Date d ? d.toLocalDate() : column instanceof LocalDate l ? l : LocalDate.parse(column.toString());
    }
}
