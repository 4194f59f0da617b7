package fr.marelle.booking.entity;

/** Who changed a booking, as the family reads it in the history. */
public enum ActorKind {
    FAMILY, STAFF, SYSTEM
}
