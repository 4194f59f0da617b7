package fr.marelle.family.control;

import fr.marelle.family.entity.Child;
import fr.marelle.family.entity.Household;
import fr.marelle.family.entity.PickupPerson;
import fr.marelle.identity.control.Accounts;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.AccountStatus;
import fr.marelle.identity.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * Who may read and change which part of the household file: a parent only their own household
 * (and its children, pick-up persons, quotients, history); planning staff (AGENT) and the
 * administrator every household. Every use case asks here for the exact object it touches.
 */
@ApplicationScoped
public class HouseholdAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    public Account actor(long actorId) {
        Account actor = accounts.byId(actorId).orElseThrow(() -> new SecurityException("unknown account " + actorId));
        if (actor.getStatus() != AccountStatus.ACTIVE) {
            throw new SecurityException("account " + actorId + " is not active");
        }
        return actor;
    }

    public static boolean isStaff(Account account) {
        return account.hasRole(Role.AGENT) || account.hasRole(Role.ADMIN);
    }

    public boolean isStaff(long actorId) {
        return isStaff(actor(actorId));
    }

    public Account requireStaff(long actorId) {
        Account actor = actor(actorId);
        if (!isStaff(actor)) {
            throw new SecurityException("account " + actorId + " is not staff");
        }
        return actor;
    }

    /** The household the account is guardian of. */
    public Optional<Long> householdOf(long accountId) {
        List<?> rows = em.createNativeQuery("select household_id from guardian where account_id = ?1")
                .setParameter(1, accountId).getResultList();
        return rows.stream().findFirst().map(r -> ((Number) r).longValue());
    }

    /** The household, if the actor may see it: staff, or a guardian of it. */
    public Household household(long actorId, long householdId) {
        Account actor = actor(actorId);
        if (!isStaff(actor) && !householdOf(actorId).map(h -> h == householdId).orElse(false)) {
            throw new UnknownRecordException("household", householdId);
        }
        Household household = em.find(Household.class, householdId);
        if (household == null) {
            throw new UnknownRecordException("household", householdId);
        }
        return household;
    }

    /** The child, if it belongs to the household and the actor may see the household. */
    public Child child(long actorId, long householdId, long childId) {
        household(actorId, householdId);
        if (!belongs(householdId, childId)) {
            throw new UnknownRecordException("child", childId);
        }
        return em.find(Child.class, childId);
    }

    public boolean belongs(long householdId, long childId) {
        return !em.createNativeQuery("select 1 from household_child where household_id = ?1 and child_id = ?2")
                .setParameter(1, householdId).setParameter(2, childId).getResultList().isEmpty();
    }

    public PickupPerson pickup(long actorId, long householdId, long childId, long pickupId) {
        child(actorId, householdId, childId);
        PickupPerson person = em.find(PickupPerson.class, pickupId);
        if (person == null || person.getChildId() != childId) {
            throw new UnknownRecordException("pickup person", pickupId);
        }
        return person;
    }
}
