package fr.marelle.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** One redirection of a family to the online payment provider for some invoices of one régie. */
@Entity
@Table(name = "payment_attempt")
public class PaymentAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    private String provider;
    @Column(name = "regie_code")
    private String regieCode;
    @Column(name = "household_id")
    private long householdId;
    @Column(name = "amount_cents")
    private long amountCents;
    @Column(name = "payer_email")
    private String payerEmail;
    @Enumerated(EnumType.STRING)
    private AttemptStatus status;
    @Column(name = "operation_id")
    private String operationId;
    @Column(name = "provider_code")
    private String providerCode;
    @Column(name = "superseded_by")
    private Long supersededBy;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "last_checked_at")
    private OffsetDateTime lastCheckedAt;
    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;
    @Version
    private long version;

    protected PaymentAttempt() {
    }

    public PaymentAttempt(String reference, String provider, String regieCode, long householdId, long amountCents,
                          String payerEmail, Long createdBy, OffsetDateTime createdAt) {
        this.reference = reference;
        this.provider = provider;
        this.regieCode = regieCode;
        this.householdId = householdId;
        this.amountCents = amountCents;
        this.payerEmail = payerEmail;
        this.status = AttemptStatus.NEW;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The provider accepted the operation: the family may now be sent there. */
    public void sent(String operationId) {
        this.operationId = operationId;
        this.status = AttemptStatus.PENDING;
    }

    public void checked(OffsetDateTime at, String providerCode) {
        this.lastCheckedAt = at;
        if (providerCode != null) {
            this.providerCode = providerCode;
        }
    }

    public void settle(AttemptStatus status, OffsetDateTime at) {
        this.status = status;
        this.resolvedAt = at;
    }

    /** A newer attempt for the same invoices replaces this one. */
    public void supersede(long byAttemptId, OffsetDateTime at) {
        this.supersededBy = byAttemptId;
        settle(AttemptStatus.EXPIRED, at);
    }

    public Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reference", reference);
        m.put("regie", regieCode);
        m.put("household", householdId);
        m.put("amountCents", amountCents);
        m.put("status", status);
        if (operationId != null) {
            m.put("operation", operationId);
        }
        if (providerCode != null) {
            m.put("providerCode", providerCode);
        }
        if (supersededBy != null) {
            m.put("supersededBy", supersededBy);
        }
        return m;
    }

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public String getProvider() { return provider; }
    public String getRegieCode() { return regieCode; }
    public long getHouseholdId() { return householdId; }
    public long getAmountCents() { return amountCents; }
    public String getPayerEmail() { return payerEmail; }
    public AttemptStatus getStatus() { return status; }
    public String getOperationId() { return operationId; }
    public String getProviderCode() { return providerCode; }
    public Long getSupersededBy() { return supersededBy; }
    public Long getCreatedBy() { return createdBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public OffsetDateTime getLastCheckedAt() { return lastCheckedAt; }
    public OffsetDateTime getResolvedAt() { return resolvedAt; }
}
