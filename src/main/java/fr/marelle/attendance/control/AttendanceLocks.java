package fr.marelle.attendance.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Months closed to attendance changes, per régie. Billing calls {@link #lock} when it invoices a
 * régie's month (the invoices are computed from attendance, so it must not move afterwards);
 * marking attendance on a locked month is then refused. A lock is never lifted here: a mistake
 * after invoicing is corrected by a credit note, not by changing attendance.
 */
@ApplicationScoped
public class AttendanceLocks {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Closes the attendance of a régie's month (billing calls this in the transaction of its
     * invoicing run). Locking a month already locked changes nothing.
     */
    @Transactional
    public void lock(String regieCode, YearMonth month, String reason) {
        if (regieCode == null || month == null || reason == null || reason.isBlank()) {
            throw RuleViolationException.of("reason", "attendance.lock.incomplete");
        }
        int inserted = em.createNativeQuery("insert into attendance_lock (regie_code, month, reason, locked_by, locked_at)"
                        + " values (?1, ?2, ?3, cast(?4 as bigint), ?5) on conflict do nothing")
                .setParameter(1, regieCode).setParameter(2, month.atDay(1)).setParameter(3, reason.strip())
                .setParameter(4, audit.currentActor().accountId()).setParameter(5, OffsetDateTime.now(clock))
                .executeUpdate();
        if (inserted > 0) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("regie", regieCode);
            after.put("month", month.toString());
            after.put("reason", reason.strip());
            audit.record("ATTENDANCE_LOCKED", "attendance_lock", regieCode + "/" + month, null, after);
        }
    }

    public boolean isLocked(String regieCode, YearMonth month) {
        return !em.createNativeQuery("select 1 from attendance_lock where regie_code = ?1 and month = ?2")
                .setParameter(1, regieCode).setParameter(2, month.atDay(1)).getResultList().isEmpty();
    }
}
