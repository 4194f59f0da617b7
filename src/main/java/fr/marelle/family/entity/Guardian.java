package fr.marelle.family.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** An account's membership of a household: an account is guardian of one household at most. */
@Entity
@Table(name = "guardian")
public class Guardian {

    @Id
    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "household_id")
    private Long householdId;
    @Column(name = "joined_at")
    private OffsetDateTime joinedAt;
    /** Null: not given (the PES file then carries none). */
    @Enumerated(EnumType.STRING)
    private Civility civility;

    protected Guardian() {
    }

    public Guardian(long accountId, long householdId, OffsetDateTime now) {
        this.accountId = accountId;
        this.householdId = householdId;
        this.joinedAt = now;
    }

    public Long getAccountId() { return accountId; }
    public Long getHouseholdId() { return householdId; }
    public OffsetDateTime getJoinedAt() { return joinedAt; }
    public Civility getCivility() { return civility; }
    public void setCivility(Civility civility) { this.civility = civility; }
}
