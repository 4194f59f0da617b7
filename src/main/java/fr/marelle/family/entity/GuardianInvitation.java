package fr.marelle.family.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * A guardian's invitation to another adult to become guardian of the household too. The invitee
 * has an account (a new e-mail gets an INVITED one); the invitation expires after {@link #VALIDITY}.
 */
@Entity
@Table(name = "guardian_invitation")
public class GuardianInvitation {

    public static final Duration VALIDITY = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "household_id")
    private Long householdId;
    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "invited_by")
    private Long invitedBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;
    @Enumerated(EnumType.STRING)
    private InvitationState state = InvitationState.PENDING;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Version
    private long version;

    protected GuardianInvitation() {
    }

    public GuardianInvitation(long householdId, long accountId, long invitedBy, OffsetDateTime now) {
        this.householdId = householdId;
        this.accountId = accountId;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    /** Pending and not expired: it can still be accepted. */
    public boolean isOpen(OffsetDateTime now) {
        return state == InvitationState.PENDING && now.isBefore(expiresAt);
    }

    public void close(InvitationState outcome, OffsetDateTime now) {
        this.state = outcome;
        this.decidedAt = now;
    }

    public Long getId() { return id; }
    public Long getHouseholdId() { return householdId; }
    public Long getAccountId() { return accountId; }
    public Long getInvitedBy() { return invitedBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public OffsetDateTime getExpiresAt() { return expiresAt; }
    public InvitationState getState() { return state; }
    public OffsetDateTime getDecidedAt() { return decidedAt; }
}
