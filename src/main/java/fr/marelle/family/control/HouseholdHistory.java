package fr.marelle.family.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.audit.entity.Actor;
import fr.marelle.family.entity.HouseholdChange;
import fr.marelle.identity.control.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The change history the family sees (who, when, what, old and new value), written in the
 * transaction of the change together with the audit trail entry.
 */
@ApplicationScoped
public class HouseholdHistory {

    /** One changed field; the field is a message key suffix such as "child.birthDate". */
    public record FieldChange(String field, String oldValue, String newValue) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    /**
     * Records a change of one object of the household: a creation (before null), a removal (after
     * null) or the fields that changed, in the household's history and in the audit trail.
     */
    @Transactional
    public void record(long householdId, String objectType, Object objectId, String subject,
                       Map<String, ?> before, Map<String, ?> after) {
        recordAs(audit.currentActor(), householdId, objectType, objectId, subject, before, after);
    }

    /** The same, for a change made by a given account outside its signed-in requests (e.g. an invitation link). */
    @Transactional
    public void recordAs(Actor actor, long householdId, String objectType, Object objectId, String subject,
                         Map<String, ?> before, Map<String, ?> after) {
        List<FieldChange> changes = diff(objectType, subject, before, after);
        if (changes.isEmpty()) {
            return;
        }
        String actorName = actor.accountId() == null ? "—"
                : accounts.byId(actor.accountId()).map(a -> a.fullName()).orElse(actor.email());
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (FieldChange change : changes) {
            em.persist(new HouseholdChange(householdId, now, actor.accountId(), actorName, subject,
                    change.field(), change.oldValue(), change.newValue()));
        }
        String action = objectType.toUpperCase() + (before == null ? "_ADDED" : after == null ? "_REMOVED" : "_CHANGED");
        audit.recordAs(actor, action, objectType, objectId, before, after);
    }

    /** The lines of history of a change; empty when nothing changed. */
    public static List<FieldChange> diff(String objectType, String subject, Map<String, ?> before, Map<String, ?> after) {
        List<FieldChange> changes = new ArrayList<>();
        if (before == null && after == null) {
            return changes;
        }
        if (before == null) {
            changes.add(new FieldChange(objectType + ".added", null, subject));
            return changes;
        }
        if (after == null) {
            changes.add(new FieldChange(objectType + ".removed", subject, null));
            return changes;
        }
        for (var entry : after.entrySet()) {
            String old = show(before.get(entry.getKey()));
            String now = show(entry.getValue());
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(objectType + "." + entry.getKey(), old, now));
            }
        }
        return changes;
    }

    private static String show(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (text.isBlank()) {
            return null;
        }
        return text.length() > 1000 ? text.substring(0, 999) + "…" : text;
    }

    /** Newest first. */
    public List<HouseholdChange> of(long householdId, int limit) {
        return em.createQuery("select c from HouseholdChange c where c.householdId = :h order by c.at desc, c.id desc",
                        HouseholdChange.class)
                .setParameter("h", householdId).setMaxResults(limit).getResultList();
    }
}
