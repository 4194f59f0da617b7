package fr.marelle.family.control;

import fr.marelle.family.control.GuardianRules.Invitee;
import fr.marelle.identity.entity.AccountStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuardianRulesTest {

    private static Invitee account(AccountStatus status, boolean parentOnly, Long household, boolean invited) {
        return new Invitee(true, status, parentOnly, household, invited);
    }

    @Test
    void aNewPersonOrAnAccountWithoutHouseholdMayBeInvited() {
        assertNull(GuardianRules.invitationRefusal(1, 1, 0, Invitee.newPerson()));
        assertNull(GuardianRules.invitationRefusal(1, 1, 0, account(AccountStatus.ACTIVE, true, null, false)));
        assertNull(GuardianRules.invitationRefusal(1, 1, 0, account(AccountStatus.INVITED, true, null, false)));
    }

    @Test
    void aPersonIsGuardianOfOneHouseholdAtMost() {
        assertEquals("guardian.invite.guardianElsewhere",
                GuardianRules.invitationRefusal(1, 1, 0, account(AccountStatus.ACTIVE, true, 2L, false)));
        assertEquals("guardian.invite.alreadyGuardian",
                GuardianRules.invitationRefusal(1, 2, 0, account(AccountStatus.ACTIVE, true, 1L, false)));
        assertEquals("guardian.join.guardianElsewhere", GuardianRules.joinRefusal(7L, 1));
        assertNull(GuardianRules.joinRefusal(null, 1));
    }

    @Test
    void staffAndDeactivatedAccountsCannotBeInvitedAndTheAnswerSaysNoMore() {
        assertEquals("guardian.invite.unavailable",
                GuardianRules.invitationRefusal(1, 1, 0, account(AccountStatus.ACTIVE, false, null, false)));
        assertEquals("guardian.invite.unavailable",
                GuardianRules.invitationRefusal(1, 1, 0, account(AccountStatus.DEACTIVATED, true, null, false)));
    }

    @Test
    void onePendingInvitationPerPerson() {
        assertEquals("guardian.invite.alreadyInvited",
                GuardianRules.invitationRefusal(1, 1, 1, account(AccountStatus.INVITED, true, null, true)));
    }

    @Test
    void atMostFourGuardiansCountingPendingInvitations() {
        assertNull(GuardianRules.invitationRefusal(1, 2, 1, Invitee.newPerson()));
        assertEquals("guardian.invite.tooMany", GuardianRules.invitationRefusal(1, 2, 2, Invitee.newPerson()));
        assertEquals("guardian.invite.tooMany", GuardianRules.invitationRefusal(1, 4, 0, Invitee.newPerson()));
        assertEquals("guardian.invite.tooMany", GuardianRules.joinRefusal(null, GuardianRules.MAX_GUARDIANS));
    }

    @Test
    void theLastGuardianCannotLeave() {
        assertFalse(GuardianRules.mayLeave(1));
        assertTrue(GuardianRules.mayLeave(2));
    }

    @Test
    void theBillingContactMovesToTheFirstJoinedOfTheOthersOnlyWhenTheLeaverHadIt() {
        List<Long> byJoining = List.of(10L, 20L, 30L);
        assertEquals(20L, GuardianRules.billingAfterLeaving(byJoining, 10, 10L));
        assertEquals(10L, GuardianRules.billingAfterLeaving(byJoining, 20, 20L));
        assertEquals(30L, GuardianRules.billingAfterLeaving(byJoining, 10, 30L));
        assertEquals(20L, GuardianRules.billingAfterLeaving(byJoining, 10, null));
    }
}
