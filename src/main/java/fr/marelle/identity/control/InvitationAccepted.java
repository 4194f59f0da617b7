package fr.marelle.identity.control;

/** CDI event: an invited account chose its password (fired inside the transaction that activates it). */
public record InvitationAccepted(long accountId) {
}
