package fr.marelle.billing.control;

import fr.marelle.family.control.ChildRemovalCheck;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** A child invoiced to the household stays in it: invoices are kept unchanged and name the child. */
@ApplicationScoped
public class BillingChildRemovalCheck implements ChildRemovalCheck {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Violation> refusal(long householdId, long childId) {
        boolean invoiced = !em.createNativeQuery("select 1 from invoice_line where household_id = ?1 and child_id = ?2 limit 1")
                .setParameter(1, householdId).setParameter(2, childId).getResultList().isEmpty();
        return invoiced ? Optional.of(Violation.of("child", "billing.child.invoiced")) : Optional.empty();
    }
}
