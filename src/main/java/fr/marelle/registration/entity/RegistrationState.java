package fr.marelle.registration.entity;

/**
 * Where a registration request stands: submitted by the family, taken in review by an agent,
 * then accepted, refused or closed (without action by an agent, or withdrawn by the family).
 */
public enum RegistrationState {
    SUBMITTED, IN_REVIEW, ACCEPTED, REFUSED, CLOSED;

    /** Still waiting for an agent's decision. */
    public boolean isOpen() {
        return this == SUBMITTED || this == IN_REVIEW;
    }

    /** Open or accepted: at most one such request per child, activity and school year. */
    public boolean isLive() {
        return isOpen() || this == ACCEPTED;
    }
}
