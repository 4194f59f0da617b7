package fr.marelle.booking.control;

import fr.marelle.family.control.ChildRemovalCheck;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A child booked (or waiting) on sessions still to come stays in the household: the family cancels
 * them first, so that no booking is left to a household the child no longer belongs to. A child
 * with a past (bookings, attendance, registrations, calendar feeds) is kept when it leaves its last
 * household, for that history.
 */
@ApplicationScoped
public class FutureBookingsKeepChild implements ChildRemovalCheck {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public Optional<Violation> refusal(long householdId, long childId) {
        Number count = (Number) em.createNativeQuery("select count(*) from booking b join activity_session s"
                        + " on s.id = b.session_id where b.household_id = ?1 and b.child_id = ?2"
                        + " and b.status in ('CONFIRMED', 'WAITING') and s.day >= ?3")
                .setParameter(1, householdId).setParameter(2, childId).setParameter(3, LocalDate.now(clock))
                .getSingleResult();
        return count.intValue() == 0 ? Optional.empty()
                : Optional.of(Violation.of("child", "child.remove.futureBookings", count.intValue()));
    }

    /** Past bookings and their attendance stay, for the family's history and for billing. */
    @Override
    public boolean holdsRecordsOf(long childId) {
        return !em.createNativeQuery("select 1 from booking where child_id = ?1 union all"
                        + " select 1 from attendance where child_id = ?1 union all"
                        + " select 1 from registration where child_id = ?1 union all"
                        + " select 1 from calendar_feed where child_id = ?1 limit 1")
                .setParameter(1, childId).getResultList().isEmpty();
    }
}
