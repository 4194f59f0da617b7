package fr.marelle.payment.entity;

/**
 * Where an online payment attempt stands. NEW: stored, not yet accepted by the provider; PENDING:
 * the family was sent to the provider; the others are settled by a server-side check, except
 * EXPIRED, which is also what a replaced or never-created attempt becomes.
 */
public enum AttemptStatus {
    NEW, PENDING, PAID, REFUSED, ABANDONED, EXPIRED, ERROR;

    /** Still waiting for the provider's word. */
    public boolean isOpen() {
        return this == NEW || this == PENDING;
    }
}
