package fr.marelle.rooms.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A household's hire of a room for one slot, with the price quoted when asked (kept as it was), the
 * decision, the invoice of an accepted hire and what became of its deposit.
 */
@Entity
@Table(name = "room_hire")
public class RoomHire {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "room_id")
    private long roomId;
    @Column(name = "household_id")
    private long householdId;
    @Column(name = "requested_by")
    private Long requestedBy;
    @Column(name = "starts_at")
    private OffsetDateTime startsAt;
    @Column(name = "ends_at")
    private OffsetDateTime endsAt;
    private String purpose;
    private int attendance;
    @Enumerated(EnumType.STRING)
    private HireStatus status;
    @Enumerated(EnumType.STRING)
    private PriceCategory category;
    @Column(name = "rent_cents")
    private int rentCents;
    @Column(name = "cleaning_cents")
    private int cleaningCents;
    @Column(name = "deposit_cents")
    private int depositCents;
    @Column(name = "insurance_required")
    private boolean insuranceRequired;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "insurance_file")
    private byte[] insuranceFile;
    @Column(name = "insurance_type")
    private String insuranceType;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Column(name = "refusal_reason")
    private String refusalReason;
    @Column(name = "decision_signatory")
    private String decisionSignatory;
    @Column(name = "invoice_id")
    private Long invoiceId;
    @Enumerated(EnumType.STRING)
    @Column(name = "deposit_status")
    private DepositStatus depositStatus = DepositStatus.NONE;
    @Column(name = "deposit_reason")
    private String depositReason;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Version
    private long version;

    protected RoomHire() {
    }

    public RoomHire(long roomId, long householdId, Long requestedBy, OffsetDateTime startsAt, OffsetDateTime endsAt,
                    String purpose, int attendance, OffsetDateTime now) {
        this.roomId = roomId;
        this.householdId = householdId;
        this.requestedBy = requestedBy;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.purpose = purpose;
        this.attendance = attendance;
        this.status = HireStatus.REQUESTED;
        this.createdAt = now;
    }

    public void price(PriceCategory category, int rentCents, int cleaningCents, int depositCents) {
        this.category = category;
        this.rentCents = rentCents;
        this.cleaningCents = cleaningCents;
        this.depositCents = depositCents;
    }

    public void moveTo(OffsetDateTime startsAt, OffsetDateTime endsAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public void decided(HireStatus status, Long by, OffsetDateTime at, String refusalReason, String signatory) {
        this.status = status;
        this.decidedBy = by;
        this.decidedAt = at;
        this.refusalReason = refusalReason;
        this.decisionSignatory = signatory;
    }

    /**
     * The household takes a proposed slot (REQUESTED again) or withdraws: a withdrawal is dated like a decision, as
     * the retention period of the hire's free text runs from then.
     */
    public void changeStatus(HireStatus status, OffsetDateTime at) {
        this.status = status;
        if (status == HireStatus.WITHDRAWN) {
            decidedAt = at;
        }
    }

    public void insurance(byte[] file, String type) {
        this.insuranceFile = file;
        this.insuranceType = type;
    }

    public void deposit(DepositStatus status, String reason) {
        this.depositStatus = status;
        this.depositReason = reason;
    }

    public int totalCents() {
        return rentCents + cleaningCents;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("roomId", roomId);
        view.put("householdId", householdId);
        view.put("startsAt", String.valueOf(startsAt));
        view.put("endsAt", String.valueOf(endsAt));
        view.put("purpose", purpose);
        view.put("attendance", attendance);
        view.put("status", status.name());
        view.put("category", category == null ? null : category.name());
        view.put("rentCents", rentCents);
        view.put("cleaningCents", cleaningCents);
        view.put("depositCents", depositCents);
        view.put("insuranceRequired", insuranceRequired);
        view.put("insuranceUploaded", insuranceType != null);
        view.put("refusalReason", refusalReason);
        view.put("invoiceId", invoiceId);
        view.put("depositStatus", depositStatus.name());
        view.put("depositReason", depositReason);
        return view;
    }

    public Long getId() { return id; }
    public long getRoomId() { return roomId; }
    public long getHouseholdId() { return householdId; }
    public Long getRequestedBy() { return requestedBy; }
    public OffsetDateTime getStartsAt() { return startsAt; }
    public OffsetDateTime getEndsAt() { return endsAt; }
    public String getPurpose() { return purpose; }
    public int getAttendance() { return attendance; }
    public HireStatus getStatus() { return status; }
    public PriceCategory getCategory() { return category; }
    public int getRentCents() { return rentCents; }
    public int getCleaningCents() { return cleaningCents; }
    public int getDepositCents() { return depositCents; }
    public boolean isInsuranceRequired() { return insuranceRequired; }
    public void setInsuranceRequired(boolean insuranceRequired) { this.insuranceRequired = insuranceRequired; }
    public boolean isInsuranceUploaded() { return insuranceType != null; }
    public byte[] getInsuranceFile() { return insuranceFile; }
    public String getInsuranceType() { return insuranceType; }
    public Long getDecidedBy() { return decidedBy; }
    public OffsetDateTime getDecidedAt() { return decidedAt; }
    public String getRefusalReason() { return refusalReason; }
    public String getDecisionSignatory() { return decisionSignatory; }
    public Long getInvoiceId() { return invoiceId; }
    public void setInvoiceId(Long invoiceId) { this.invoiceId = invoiceId; }
    public DepositStatus getDepositStatus() { return depositStatus; }
    public String getDepositReason() { return depositReason; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
