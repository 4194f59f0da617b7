package fr.marelle.enrolment.entity;

/** Where a school enrolment request stands: submitted, incomplete (a document asked for), decided or withdrawn. */
public enum EnrolmentState {
    SUBMITTED, INCOMPLETE, ACCEPTED, REFUSED, WITHDRAWN;

    /** Still waiting for the agents or the family: it may be withdrawn, completed or decided. */
    public boolean isOpen() {
        return this == SUBMITTED || this == INCOMPLETE;
    }
}
