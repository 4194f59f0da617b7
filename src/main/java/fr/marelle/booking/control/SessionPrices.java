package fr.marelle.booking.control;

import fr.marelle.family.control.FamilyQuotients;
import fr.marelle.family.entity.FamilyQuotient;
import fr.marelle.planning.control.FamilyPricing;
import fr.marelle.planning.control.Prices;
import fr.marelle.planning.entity.PriceGrid;
import fr.marelle.planning.entity.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a booked session costs a household: the activity's grid in force on the session's day, the
 * household's quotient valid that day, resident or not. The same price the calendar shows, the page
 * adds up and the booking mail totals.
 */
@ApplicationScoped
public class SessionPrices {

    @PersistenceContext
    EntityManager em;

    @Inject
    FamilyQuotients quotients;

    /** Prices for one household, reading each activity's grids once. */
    public final class ForHousehold {

        private final long householdId;
        private final boolean resident;
        private final Map<Long, List<PriceGrid>> grids = new HashMap<>();

        ForHousehold(long householdId, boolean resident) {
            this.householdId = householdId;
            this.resident = resident;
        }

        /** The price of a booking on that session, or null when the activity has no grid that day. */
        public Prices.Price of(Session session) {
            List<PriceGrid> activityGrids = grids.computeIfAbsent(session.getActivity().getId(), id ->
                    em.createQuery("select g from PriceGrid g where g.activity.id = :a order by g.validFrom", PriceGrid.class)
                            .setParameter("a", id).getResultList());
            Integer quotient = quotients.valid(householdId, session.getDay()).map(FamilyQuotient::getAmount).orElse(null);
            return Prices.gridOn(activityGrids, session.getDay())
                    .map(grid -> Prices.price(grid, new FamilyPricing(quotient, resident, 1), Prices.Charge.BOOKED))
                    .orElse(null);
        }

        /** How many sessions and what they cost together. */
        public BookingTotal total(Collection<Session> sessions) {
            long cents = 0;
            for (Session session : sessions) {
                Prices.Price price = of(session);
                cents += price == null ? 0 : price.cents();
            }
            return new BookingTotal(sessions.size(), cents);
        }
    }

    public ForHousehold forHousehold(long householdId, boolean resident) {
        return new ForHousehold(householdId, resident);
    }
}
