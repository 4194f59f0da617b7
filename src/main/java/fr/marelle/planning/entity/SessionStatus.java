package fr.marelle.planning.entity;

/** OPEN: can be booked within the rules; CLOSED: no new booking (e.g. closure day); CANCELLED: will not take place. */
public enum SessionStatus {
    OPEN, CLOSED, CANCELLED
}
