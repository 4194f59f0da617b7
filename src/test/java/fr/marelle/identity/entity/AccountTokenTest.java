package fr.marelle.identity.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTokenTest {

    private static final OffsetDateTime ISSUED = OffsetDateTime.of(2026, 3, 29, 1, 30, 0, 0, ZoneOffset.UTC);
    private final Account account = new Account("lea@example.net", "Léa", "Moreau", AccountStatus.ACTIVE,
            Set.of(Role.PARENT), ISSUED);

    @Test
    void aPasswordResetLinkWorksForOneHourExactly() {
        AccountToken token = new AccountToken(account, TokenPurpose.PASSWORD_RESET, "hash", ISSUED);
        assertFalse(token.isExpired(ISSUED.plusMinutes(59).plusSeconds(59)));
        assertTrue(token.isExpired(ISSUED.plusHours(1)));
    }

    @Test
    void anActivationLinkWorksFor48HoursAndAnInvitationFor7Days() {
        assertEquals(Duration.ofHours(48), TokenPurpose.ACTIVATION.validity());
        assertEquals(Duration.ofDays(7), TokenPurpose.INVITATION.validity());
        AccountToken invitation = new AccountToken(account, TokenPurpose.INVITATION, "hash", ISSUED);
        assertFalse(invitation.isExpired(ISSUED.plusDays(7).minusSeconds(1)));
        assertTrue(invitation.isExpired(ISSUED.plusDays(7)));
    }

    @Test
    void aTokenIsUsedOnce() {
        AccountToken token = new AccountToken(account, TokenPurpose.ACTIVATION, "hash", ISSUED);
        assertFalse(token.isUsed());
        token.use(ISSUED.plusMinutes(5));
        assertTrue(token.isUsed());
    }

    @Test
    void aDeactivatedAccountComesBackToTheStateItHadBefore() {
        Account invited = new Account("new@example.net", "Noé", "Roux", AccountStatus.INVITED, Set.of(Role.PARENT), ISSUED);
        invited.deactivate();
        invited.reactivate();
        assertEquals(AccountStatus.INVITED, invited.getStatus());

        account.activate(ISSUED);
        account.deactivate();
        assertEquals(AccountStatus.DEACTIVATED, account.getStatus());
        account.reactivate();
        assertEquals(AccountStatus.ACTIVE, account.getStatus());
    }

    @Test
    void theAuditViewNeverHoldsThePasswordHash() {
        account.setPasswordHash("PBKDF2WithHmacSHA256:210000:salt:hash");
        assertFalse(account.auditView().toString().contains("PBKDF2"));
        assertEquals("lea@example.net", account.auditView().get("email"));
    }
}
