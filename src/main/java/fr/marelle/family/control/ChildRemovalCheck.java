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
}
