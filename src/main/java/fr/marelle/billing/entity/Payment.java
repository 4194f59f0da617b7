package fr.marelle.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One ledger entry of a household at a régie: a payment (amount &gt; 0), a refund of credit
 * (amount &lt; 0) or the reversal of another entry (its opposite). Numbered (receipt number) and
 * never changed or deleted, like invoices.
 */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    @Column(name = "regie_code")
    private String regieCode;
    @Column(name = "household_id")
    private long householdId;
    @Enumerated(EnumType.STRING)
    private PaymentKind kind;
    @Enumerated(EnumType.STRING)
    private PaymentMeans means;
    @Column(name = "amount_cents")
    private long amountCents;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    @Column(name = "cheque_number")
    private String chequeNumber;
    private String bank;
    private String reference;
    @Column(name = "reverses_id")
    private Long reversesId;
    @Column(name = "attempt_id")
    private Long attemptId;
    private String note;
    @Column(name = "recorded_by")
    private Long recordedBy;
    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    protected Payment() {
    }

    /** What a new entry says; the ledger numbers and dates it. */
    public record Facts(long householdId, String regieCode, PaymentKind kind, PaymentMeans means, long amountCents,
                        LocalDate receivedOn, String chequeNumber, String bank, String reference, Long reversesId,
                        Long attemptId, String note) {
    }

    public Payment(String number, Facts facts, Long recordedBy, OffsetDateTime recordedAt) {
        this.number = number;
        this.regieCode = facts.regieCode();
        this.householdId = facts.householdId();
        this.kind = facts.kind();
        this.means = facts.means();
        this.amountCents = facts.amountCents();
        this.receivedOn = facts.receivedOn();
        this.chequeNumber = facts.chequeNumber();
        this.bank = facts.bank();
        this.reference = facts.reference();
        this.reversesId = facts.reversesId();
        this.attemptId = facts.attemptId();
        this.note = facts.note();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("regie", regieCode);
        m.put("household", householdId);
        m.put("kind", kind);
        m.put("means", means);
        m.put("amountCents", amountCents);
        m.put("receivedOn", receivedOn);
        if (chequeNumber != null) {
            m.put("cheque", chequeNumber + (bank == null ? "" : " " + bank));
        }
        if (reference != null) {
            m.put("reference", reference);
        }
        if (reversesId != null) {
            m.put("reverses", reversesId);
        }
        if (attemptId != null) {
            m.put("attempt", attemptId);
        }
        if (note != null) {
            m.put("note", note);
        }
        return m;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public String getRegieCode() { return regieCode; }
    public long getHouseholdId() { return householdId; }
    public PaymentKind getKind() { return kind; }
    public PaymentMeans getMeans() { return means; }
    public long getAmountCents() { return amountCents; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getChequeNumber() { return chequeNumber; }
    public String getBank() { return bank; }
    public String getReference() { return reference; }
    public Long getReversesId() { return reversesId; }
    public Long getAttemptId() { return attemptId; }
    public String getNote() { return note; }
    public Long getRecordedBy() { return recordedBy; }
    public OffsetDateTime getRecordedAt() { return recordedAt; }
}
