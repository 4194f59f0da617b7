package fr.marelle.family.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.family.entity.Child;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Staff seeing a child's health data (allergies, PAI, doctor) is traced: each display that shows it
 * is an audit entry {@code HEALTH_DATA_VIEWED} naming who, when (the audit entry's own), where, and
 * the children whose health data was on screen. Children without any health data are not named.
 */
@ApplicationScoped
public class HealthDataViews {

    public static final String ACTION = "HEALTH_DATA_VIEWED";

    /** What a display showed of one child. */
    public record Shown(long childId, String allergies, boolean pai, String doctorName) {
        public static Shown of(Child c) {
            return new Shown(c.getId(), c.getAllergies(), c.isPai(), c.getDoctorName());
        }

        boolean hasHealthData() {
            return (allergies != null && !allergies.isBlank()) || pai || (doctorName != null && !doctorName.isBlank());
        }
    }

    @Inject
    AuditTrail audit;

    /**
     * Records one display by staff: {@code where} says which (e.g. "staff household file", "session list"),
     * {@code objectType}/{@code objectId} what was opened. Nothing is recorded when no child shown has health data.
     */
    public void shown(String where, String objectType, Object objectId, Collection<Shown> children) {
        List<Long> named = children.stream().filter(Shown::hasHealthData).map(Shown::childId).toList();
        if (named.isEmpty()) {
            return;
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("where", where);
        detail.put("childIds", named);
        audit.record(ACTION, objectType, objectId, null, detail);
    }
}
