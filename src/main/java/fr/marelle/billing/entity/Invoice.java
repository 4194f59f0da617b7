package fr.marelle.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A published invoice of one household for one régie's month. Written once, never changed: the
 * database refuses updates and deletes. No setters, no version.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    @Column(name = "run_id")
    private long runId;
    @Column(name = "regie_code")
    private String regieCode;
    private LocalDate month;
    @Column(name = "household_id")
    private long householdId;
    @Column(name = "household_name")
    private String householdName;
    @Column(name = "billing_account_id")
    private Long billingAccountId;
    @Column(name = "issued_on")
    private LocalDate issuedOn;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "total_cents")
    private long totalCents;
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    protected Invoice() {
    }

    public Invoice(String number, long runId, String regieCode, YearMonth month, long householdId, String householdName,
                   Long billingAccountId, LocalDate issuedOn, LocalDate dueOn, long totalCents, OffsetDateTime publishedAt) {
        this.number = number;
        this.runId = runId;
        this.regieCode = regieCode;
        this.month = month.atDay(1);
        this.householdId = householdId;
        this.householdName = householdName;
        this.billingAccountId = billingAccountId;
        this.issuedOn = issuedOn;
        this.dueOn = dueOn;
        this.totalCents = totalCents;
        this.publishedAt = publishedAt;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("run", runId);
        m.put("household", householdId);
        m.put("totalCents", totalCents);
        m.put("dueOn", dueOn.toString());
        return m;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public long getRunId() { return runId; }
    public String getRegieCode() { return regieCode; }
    public YearMonth getYearMonth() { return YearMonth.from(month); }
    public long getHouseholdId() { return householdId; }
    public String getHouseholdName() { return householdName; }
    public Long getBillingAccountId() { return billingAccountId; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public long getTotalCents() { return totalCents; }
    public OffsetDateTime getPublishedAt() { return publishedAt; }
}
