package fr.marelle.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A credit note (avoir) correcting lines of one invoice; numbered in its own series, immutable. */
@Entity
@Table(name = "credit_note")
public class CreditNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    @Column(name = "invoice_id")
    private long invoiceId;
    @Column(name = "regie_code")
    private String regieCode;
    @Column(name = "household_id")
    private long householdId;
    private String reason;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Column(name = "total_cents")
    private long totalCents;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected CreditNote() {
    }

    public CreditNote(String number, long invoiceId, String regieCode, long householdId, String reason, LocalDate issuedOn,
                      long totalCents, Long createdBy, OffsetDateTime createdAt) {
        this.number = number;
        this.invoiceId = invoiceId;
        this.regieCode = regieCode;
        this.householdId = householdId;
        this.reason = reason;
        this.issuedOn = issuedOn;
        this.totalCents = totalCents;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("invoice", invoiceId);
        m.put("totalCents", totalCents);
        m.put("reason", reason);
        return m;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public long getInvoiceId() { return invoiceId; }
    public String getRegieCode() { return regieCode; }
    public long getHouseholdId() { return householdId; }
    public String getReason() { return reason; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public long getTotalCents() { return totalCents; }
}
