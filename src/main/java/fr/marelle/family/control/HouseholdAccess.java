package fr.marelle.family.control;

import fr.marelle.family.entity.Child;
import fr.marelle.family.entity.Household;
import fr.marelle.family.entity.PickupPerson;
import fr.marelle.identity.control.Accounts;
import fr.marelle.identity.control.Acting;
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
 * administrator every household. Every use case asks here for the exact object it touches. The roles
 * are those the account acts with in this request ({@link Acting}), never its stored ones.
 */
@ApplicationScoped
public class HouseholdAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Acting acting;

    public Account actor(long actorId) {
        // the signed-in account was read and checked once for this request: most calls name it
        Account actor = acting.signedIn(actorId).or(() -> accounts.byId(actorId))
                .orElseThrow(() -> new SecurityException("unknown account " + actorId));
        if (actor.getStatus() != AccountStatus.ACTIVE) {
            throw new SecurityException("account " + actorId + " is not active");
        }
        return actor;
    }

    /** Whether the account acts as planning staff (AGENT or ADMIN) in this request; FINANCE is not. */
    public boolean isPlanningStaff(long actorId) {
        actor(actorId);
        return acting.actsAsPlanningStaff(actorId);
    }

    public Account requirePlanningStaff(long actorId) {
        Account actor = actor(actorId);
        if (!acting.actsAsPlanningStaff(actorId)) {
            throw new SecurityException("account " + actorId + " does not act as planning staff");
        }
        return actor;
    }

    /** The account, if it acts as the administrator in this request; 403 otherwise. */
    public Account requireAdmin(long actorId) {
        Account actor = actor(actorId);
        if (!acting.acts(actorId, Role.ADMIN)) {
            throw new SecurityException("account " + actorId + " does not act as administrator");
        }
        return actor;
    }

    /** Whether the account acts as a guardian of the household: it acts as PARENT and is a guardian of it. */
    public boolean isGuardianOf(long actorId, long householdId) {
        return ownHousehold(actorId).map(h -> h == householdId).orElse(false);
    }

    /** The household the actor acts as guardian of: empty unless it acts as PARENT in this request. */
    public Optional<Long> ownHousehold(long actorId) {
        return acting.acts(actorId, Role.PARENT) ? householdOf(actorId) : Optional.empty();
    }

    /** The household the account is guardian of (a fact of the database, whoever asks). */
    public Optional<Long> householdOf(long accountId) {
        List<?> rows = em.createNativeQuery("select household_id from guardian where account_id = ?1")
                .setParameter(1, accountId).getResultList();
        return rows.stream().findFirst().map(r -> ((Number) r).longValue());
    }

    /** The household, if the actor may see it: staff, or a guardian of it. */
    public Household household(long actorId, long householdId) {
        if (!isPlanningStaff(actorId) && !isGuardianOf(actorId, householdId)) {
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
