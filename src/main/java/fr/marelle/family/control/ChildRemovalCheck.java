package fr.marelle.family.control;

import fr.marelle.platform.control.Violation;

import java.util.Optional;

/**
 * A capability that must keep a child in a household says why here: bookings (future bookings)
 * and billing (unpaid invoices) implement it as CDI beans; removal is refused with their reason.
 */
public interface ChildRemovalCheck {

    /** The reason the child cannot leave the household, if any (field "child"). */
    Optional<Violation> refusal(long householdId, long childId);

    /**
     * Whether the capability keeps records of the child (past bookings, attendance, requests...):
     * a child who leaves its last household is then kept, unlinked, instead of being deleted.
     */
    default boolean holdsRecordsOf(long childId) {
        return false;
    }
}
