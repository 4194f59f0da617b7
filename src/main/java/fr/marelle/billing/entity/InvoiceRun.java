package fr.marelle.billing.entity;

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
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/** The invoicing of one régie's month: a draft finance previews, then validates once. */
@Entity
@Table(name = "invoice_run")
public class InvoiceRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "regie_code")
    private String regieCode;
    private LocalDate month;
    @Enumerated(EnumType.STRING)
    private RunStatus status;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "validated_by")
    private Long validatedBy;
    @Column(name = "validated_at")
    private OffsetDateTime validatedAt;
    private Integer invoices;
    @Column(name = "total_cents")
    private Long totalCents;
    @Version
    private long version;

    protected InvoiceRun() {
    }

    public InvoiceRun(String regieCode, YearMonth month, Long createdBy, OffsetDateTime now) {
        this.regieCode = regieCode;
        this.month = month.atDay(1);
        this.status = RunStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void validated(Long by, OffsetDateTime at, int invoices, long totalCents) {
        this.status = RunStatus.VALIDATED;
        this.validatedBy = by;
        this.validatedAt = at;
        this.invoices = invoices;
        this.totalCents = totalCents;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("regie", regieCode);
        m.put("month", YearMonth.from(month).toString());
        m.put("status", status.name());
        if (invoices != null) {
            m.put("invoices", invoices);
            m.put("totalCents", totalCents);
        }
        return m;
    }

    public Long getId() { return id; }
    public String getRegieCode() { return regieCode; }
    public YearMonth getYearMonth() { return YearMonth.from(month); }
    public RunStatus getStatus() { return status; }
    public Long getCreatedBy() { return createdBy; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public Long getValidatedBy() { return validatedBy; }
    public OffsetDateTime getValidatedAt() { return validatedAt; }
    public Integer getInvoices() { return invoices; }
    public Long getTotalCents() { return totalCents; }
}
