package fr.marelle.rooms.entity;

/**
 * REQUESTED by the hirer; PROPOSED: an agent offered another slot, which the hirer takes (REQUESTED again)
 * or not (WITHDRAWN); ACCEPTED or REFUSED by an agent. The first three hold the slot.
 */
public enum HireStatus {
    REQUESTED, PROPOSED, ACCEPTED, REFUSED, WITHDRAWN;

    public boolean holdsSlot() {
        return this == REQUESTED || this == PROPOSED || this == ACCEPTED;
    }
}
