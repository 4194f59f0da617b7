package fr.marelle.enrolment.control;

import fr.marelle.family.control.ChildRemovalCheck;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** A child with school enrolment requests may leave a household, but is kept (unlinked) for those records. */
@ApplicationScoped
public class EnrolmentChildRemovalCheck implements ChildRemovalCheck {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Violation> refusal(long householdId, long childId) {
        return Optional.empty();
    }

    @Override
    public boolean holdsRecordsOf(long childId) {
        return !em.createNativeQuery("select 1 from school_enrolment where child_id = ?1 limit 1")
                .setParameter(1, childId).getResultList().isEmpty();
    }
}
