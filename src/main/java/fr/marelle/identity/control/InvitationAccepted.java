package fr.marelle.identity.control;

/**
 * CDI event: an invited account chose its password (fired inside the transaction that activates it).
 * {@code joinHousehold} is the person's explicit choice on the invitation page, after seeing the
 * household and who invited them; without it nothing is joined.
 */
public record InvitationAccepted(long accountId, boolean joinHousehold) {
}
