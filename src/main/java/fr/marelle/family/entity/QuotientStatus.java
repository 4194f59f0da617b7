package fr.marelle.family.entity;

/** A declared family quotient waits for an agent, who accepts or refuses it. */
public enum QuotientStatus {
    PENDING, ACCEPTED, REFUSED
}
