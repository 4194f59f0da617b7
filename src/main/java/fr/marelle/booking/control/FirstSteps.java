package fr.marelle.booking.control;

import fr.marelle.family.control.Children;
import fr.marelle.family.control.FamilyQuotients;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.entity.Household;
import fr.marelle.family.entity.QuotientStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;

/**
 * A family's first steps on the portal, from the household file to the first booking, and how far it
 * got: the parent's home lists them as links, ticked when done, the first one left highlighted.
 */
@ApplicationScoped
public class FirstSteps {

    public enum Step { HOUSEHOLD, CHILDREN, QUOTIENT, BOOKING }

    /** DONE; WAITING: the family did its part, the town has to answer (a quotient to validate); NEXT: the one to do now. */
    public enum State { DONE, WAITING, NEXT, TO_DO }

    /** Where the family's quotient stands. */
    public enum Quotient { NONE, SENT, VALID }

    public record Progress(Step step, State state) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HouseholdAccess access;

    @Inject
    Children children;

    @Inject
    FamilyQuotients quotients;

    /** The steps of the actor's household, in order. */
    public List<Progress> of(long actorId, long householdId) {
        Household household = access.household(actorId, householdId);
        Quotient quotient = quotients.validToday(householdId).isPresent() ? Quotient.VALID
                : quotients.of(actorId, householdId).stream().anyMatch(q -> q.getStatus() == QuotientStatus.PENDING)
                ? Quotient.SENT : Quotient.NONE;
        boolean booked = em.createQuery("select count(b) from Booking b where b.householdId = :h", Long.class)
                .setParameter("h", householdId).getSingleResult() > 0;
        return progress(complete(household), !children.of(actorId, householdId).isEmpty(), quotient, booked);
    }

    /** What the household page asks before anything can be booked or invoiced: an address and a phone. */
    static boolean complete(Household h) {
        return present(h.getAddressLine1()) && present(h.getPostcode()) && present(h.getCity()) && present(h.getPhone());
    }

    /** The first step neither done nor waiting is the next one; a booking made counts whatever came before. */
    static List<Progress> progress(boolean householdComplete, boolean hasChildren, Quotient quotient, boolean booked) {
        List<Progress> steps = new ArrayList<>();
        boolean nextGiven = false;
        for (Step step : Step.values()) {
            State state = switch (step) {
                case HOUSEHOLD -> householdComplete ? State.DONE : null;
                case CHILDREN -> hasChildren ? State.DONE : null;
                case QUOTIENT -> quotient == Quotient.VALID ? State.DONE : quotient == Quotient.SENT ? State.WAITING : null;
                case BOOKING -> booked ? State.DONE : null;
            };
            if (state == null) {
                state = nextGiven ? State.TO_DO : State.NEXT;
                nextGiven = true;
            }
            steps.add(new Progress(step, state));
        }
        return steps;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
