package fr.marelle.family.control;

import fr.marelle.identity.entity.AccountStatus;

import java.util.List;
import java.util.Objects;

/**
 * The rules of a household's guardians, without a database: who may be invited, who may leave,
 * and who receives the invoices after a guardian left.
 */
public final class GuardianRules {

    /** Guardians of one household, counting the invitations still pending. */
    public static final int MAX_GUARDIANS = 4;

    private GuardianRules() {
    }

    /**
     * What is known of the invited e-mail: no account yet, or an account with its status, whether it
     * is a parent account (not staff), the household it is guardian of, and whether it is invited already.
     */
    public record Invitee(boolean exists, AccountStatus status, boolean parentOnly, Long householdId,
                          boolean alreadyInvited) {

        public static Invitee newPerson() {
            return new Invitee(false, null, true, null, false);
        }
    }

    /**
     * The message key why the invitation is refused, or null when it may be sent. The answer about
     * an account guardian elsewhere says only that a person has one household at most: not which.
     */
    public static String invitationRefusal(long householdId, int guardians, int pendingInvitations, Invitee invitee) {
        if (invitee.exists()) {
            if (Objects.equals(invitee.householdId(), householdId)) {
                return "guardian.invite.alreadyGuardian";
            }
            if (invitee.householdId() != null) {
                return "guardian.invite.guardianElsewhere";
            }
            if (!invitee.parentOnly() || invitee.status() == AccountStatus.DEACTIVATED) {
                return "guardian.invite.unavailable";
            }
            if (invitee.alreadyInvited()) {
                return "guardian.invite.alreadyInvited";
            }
        }
        if (guardians + pendingInvitations >= MAX_GUARDIANS) {
            return "guardian.invite.tooMany";
        }
        return null;
    }

    /** The message key why the invitee cannot join now, or null when they can. */
    public static String joinRefusal(Long inviteeHouseholdId, int guardians) {
        if (inviteeHouseholdId != null) {
            return "guardian.join.guardianElsewhere";
        }
        if (guardians >= MAX_GUARDIANS) {
            return "guardian.invite.tooMany";
        }
        return null;
    }

    /** The last guardian cannot leave: the household would have nobody. */
    public static boolean mayLeave(int guardians) {
        return guardians >= 2;
    }

    /**
     * The billing contact once the leaver is gone: unchanged unless it was the leaver, then the
     * guardian who joined first among those staying.
     */
    public static Long billingAfterLeaving(List<Long> guardiansByJoining, long leaver, Long billing) {
        if (billing != null && billing != leaver) {
            return billing;
        }
        return guardiansByJoining.stream().filter(id -> id != leaver).findFirst().orElse(null);
    }
}
