package fr.marelle.rooms.control;

import fr.marelle.rooms.entity.PriceCategory;

/**
 * The price of a slot from a room's grid for one kind of hirer: the cheapest of the hourly price (per
 * started hour), the half-day price (up to {@value #HALF_DAY_MINUTES} minutes) and the day price, plus
 * the cleaning fee. A unit without price is not offered; a grid of zeros (cleaning too) is free hire.
 */
public final class RoomPricing {

    public static final int HALF_DAY_MINUTES = 4 * 60;

    /** A room's prices for one category, in cents; null: not offered. */
    public record Grid(PriceCategory category, Integer hourCents, Integer halfDayCents, Integer dayCents, int cleaningCents) {
    }

    public enum Unit { HOUR, HALF_DAY, DAY }

    /** The price of a slot: rent (how many units of which kind) and the cleaning fee. */
    public record Quote(PriceCategory category, Unit unit, int units, int rentCents, int cleaningCents, int depositCents) {
        /** What is invoiced: rent and cleaning; the deposit is held apart. */
        public int totalCents() {
            return rentCents + cleaningCents;
        }
    }

    private RoomPricing() {
    }

    /** Associations pay the association grid; residents (private persons) the resident one; everyone else the standard one. */
    public static PriceCategory category(boolean association, boolean company, boolean resident) {
        if (association) {
            return PriceCategory.ASSOCIATION;
        }
        return resident && !company ? PriceCategory.RESIDENT : PriceCategory.STANDARD;
    }

    public static Quote quote(Grid grid, long minutes, int depositCents) {
        if (minutes <= 0) {
            throw new IllegalArgumentException("a slot lasts: " + minutes);
        }
        Quote best = null;
        if (grid.hourCents() != null) {
            int hours = (int) ((minutes + 59) / 60);
            best = cheaper(best, new Quote(grid.category(), Unit.HOUR, hours, Math.multiplyExact(hours, grid.hourCents()),
                    0, 0));
        }
        if (grid.halfDayCents() != null && minutes <= HALF_DAY_MINUTES) {
            best = cheaper(best, new Quote(grid.category(), Unit.HALF_DAY, 1, grid.halfDayCents(), 0, 0));
        }
        if (grid.dayCents() != null) {
            best = cheaper(best, new Quote(grid.category(), Unit.DAY, 1, grid.dayCents(), 0, 0));
        }
        if (best == null) {
            return null;
        }
        return new Quote(grid.category(), best.unit(), best.units(), best.rentCents(), grid.cleaningCents(), depositCents);
    }

    private static Quote cheaper(Quote a, Quote b) {
        return a == null || b.rentCents() < a.rentCents() ? b : a;
    }
}
