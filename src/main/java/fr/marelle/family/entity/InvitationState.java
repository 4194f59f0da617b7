package fr.marelle.family.entity;

public enum InvitationState {
    PENDING,
    ACCEPTED,
    /** Declined by the invitee. */
    DECLINED,
    /** Withdrawn by a guardian of the household. */
    CANCELLED
}
