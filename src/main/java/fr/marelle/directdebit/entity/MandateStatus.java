package fr.marelle.directdebit.entity;

/**
 * Life of a SEPA mandate: REQUESTED (form generated, waiting for its signature), ACTIVE (can be debited), SUSPENDED
 * (stopped by rejects, finance may activate it again), REVOKED and LAPSED (36 months unused) are final.
 */
public enum MandateStatus {
    REQUESTED, ACTIVE, SUSPENDED, REVOKED, LAPSED;

    public boolean isLive() {
        return this == REQUESTED || this == ACTIVE || this == SUSPENDED;
    }
}
