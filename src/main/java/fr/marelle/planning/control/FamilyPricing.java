package fr.marelle.planning.control;

/**
 * What the price depends on in the family file, given by the caller: the family quotient in euros
 * (null when unknown or expired: the highest band applies), whether the household lives in the
 * town, and the child's rank among the household's children booked for the same session
 * (1 for the first; the sibling reduction applies from 2). The household capability fills it.
 */
public record FamilyPricing(Integer quotient, boolean resident, int childRank) {

    public FamilyPricing {
        if (quotient != null && quotient < 0) {
            throw new IllegalArgumentException("quotient below 0: " + quotient);
        }
        childRank = Math.max(1, childRank);
    }

    /** No known quotient, non-resident, first child: the highest price. */
    public static final FamilyPricing UNKNOWN = new FamilyPricing(null, false, 1);
}
