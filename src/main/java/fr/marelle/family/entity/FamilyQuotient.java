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

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A family quotient declared by the family with its validity dates. The proof file lives in the
 * same row (column proof, read and written by {@code FamilyQuotients} only, never loaded with
 * the entity) and is deleted once an agent has decided.
 */
@Entity
@Table(name = "family_quotient")
public class FamilyQuotient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "household_id")
    private Long householdId;
    private int amount;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Enumerated(EnumType.STRING)
    private QuotientStatus status = QuotientStatus.PENDING;
    @Column(name = "proof_type")
    private String proofType;
    @Column(name = "proof_size")
    private Integer proofSize;
    @Column(name = "submitted_by")
    private Long submittedBy;
    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Column(name = "decision_message")
    private String decisionMessage;
    /** Who signed the decision ("Name, title"), as the town named its signatory then (CRPA L.212-1). */
    @Column(name = "decision_signatory")
    private String decisionSignatory;
    @Version
    private long version;

    protected FamilyQuotient() {
    }

    public FamilyQuotient(long householdId, int amount, LocalDate validFrom, LocalDate validTo, String proofType,
                          int proofSize, long submittedBy, OffsetDateTime now) {
        this.householdId = householdId;
        this.amount = amount;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.proofType = proofType;
        this.proofSize = proofSize;
        this.submittedBy = submittedBy;
        this.submittedAt = now;
    }

    public void decide(QuotientStatus decision, long agentId, String message, OffsetDateTime now) {
        if (status != QuotientStatus.PENDING) {
            throw new IllegalStateException("already decided");
        }
        status = decision;
        decidedBy = agentId;
        decidedAt = now;
        decisionMessage = message;
        proofType = null;
        proofSize = null;
    }

    public boolean coversDay(LocalDate day) {
        return status == QuotientStatus.ACCEPTED && !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    public boolean hasProof() {
        return proofType != null;
    }

    public Long getId() { return id; }
    public Long getHouseholdId() { return householdId; }
    public int getAmount() { return amount; }
    public LocalDate getValidFrom() { return validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public QuotientStatus getStatus() { return status; }
    public String getProofType() { return proofType; }
    public Integer getProofSize() { return proofSize; }
    public Long getSubmittedBy() { return submittedBy; }
    public OffsetDateTime getSubmittedAt() { return submittedAt; }
    public Long getDecidedBy() { return decidedBy; }
    public OffsetDateTime getDecidedAt() { return decidedAt; }
    public String getDecisionMessage() { return decisionMessage; }

    public String getDecisionSignatory() { return decisionSignatory; }

    public void setDecisionSignatory(String decisionSignatory) { this.decisionSignatory = decisionSignatory; }
}
