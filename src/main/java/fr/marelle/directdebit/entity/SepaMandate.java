package fr.marelle.directdebit.entity;

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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A household's SEPA direct-debit mandate (TREASURY.md §2.2); its rules are in {@code MandateRules}. The signature
 * (day, how, the signed copy) is written with SQL by {@code SepaMandates}: the copy, up to 5 MB, is never loaded
 * with the mandate.
 */
@Entity
@Table(name = "sepa_mandate")
public class SepaMandate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "household_id")
    private long householdId;
    private String rum;
    @Column(name = "creditor_ics")
    private String creditorIcs;
    @Column(name = "creditor_name")
    private String creditorName;
    @Enumerated(EnumType.STRING)
    private MandateStatus status;
    private String holder;
    private String iban;
    private String bic;
    @Column(name = "next_sequence")
    private String nextSequence;
    @Column(name = "requested_at")
    private OffsetDateTime requestedAt;
    @Column(name = "requested_by")
    private Long requestedBy;
    @Column(name = "signed_on")
    private LocalDate signedOn;
    private String signature;
    @Column(name = "signed_copy_type")
    private String signedCopyType;
    @Column(name = "activated_at")
    private OffsetDateTime activatedAt;
    @Column(name = "activated_by")
    private Long activatedBy;
    @Column(name = "ended_at")
    private OffsetDateTime endedAt;
    @Column(name = "ended_by")
    private Long endedBy;
    @Column(name = "last_collection_on")
    private LocalDate lastCollectionOn;
    @Column(name = "amended_from_iban")
    private String amendedFromIban;
    @Column(name = "amended_new_bank")
    private boolean amendedNewBank;
    @Version
    private int version;

    protected SepaMandate() {
    }

    public SepaMandate(long householdId, String rum, String creditorIcs, String creditorName, String holder, String iban,
                       String bic, OffsetDateTime now, Long requestedBy) {
        this.householdId = householdId;
        this.rum = rum;
        this.creditorIcs = creditorIcs;
        this.creditorName = creditorName;
        this.status = MandateStatus.REQUESTED;
        this.holder = holder;
        this.iban = iban;
        this.bic = bic;
        this.nextSequence = "FRST";
        this.requestedAt = now;
        this.requestedBy = requestedBy;
    }

    /** What the history and the audit trail show of it: the IBAN masked (the audit trail is read by administrators). */
    public Map<String, Object> historyView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("rum", rum);
        view.put("status", status.name());
        view.put("holder", holder);
        view.put("iban", fr.marelle.directdebit.control.MandateRules.masked(iban));
        view.put("bic", bic);
        view.put("signedOn", signedOn);
        view.put("signature", signature);
        return view;
    }

    public void activated(OffsetDateTime at, long by) {
        this.status = MandateStatus.ACTIVE;
        if (activatedAt == null) {
            this.activatedAt = at;
            this.activatedBy = by;
        }
    }

    public void ended(MandateStatus finalStatus, OffsetDateTime at, Long by) {
        this.status = finalStatus;
        this.endedAt = at;
        this.endedBy = by;
    }

    /** Stopped by the bank's rejects: finance staff may activate it again once the family has fixed its account. */
    public void suspended() {
        this.status = MandateStatus.SUSPENDED;
    }

    /** New account details; once in use the next debit announces the change (same bank: the old IBAN; other bank: SMNDA, FRST). */
    public void amended(String holder, String newIban, String newBic, boolean sameBank) {
        if (status == MandateStatus.ACTIVE || status == MandateStatus.SUSPENDED) {
            if (sameBank) {
                if (amendedFromIban == null && !amendedNewBank) {
                    amendedFromIban = iban;
                }
            } else {
                amendedFromIban = null;
                amendedNewBank = true;
                nextSequence = "FRST";
            }
        }
        this.holder = holder;
        this.iban = newIban;
        this.bic = newBic;
    }

    public Long getId() { return id; }
    public long getHouseholdId() { return householdId; }
    public String getRum() { return rum; }
    public String getCreditorIcs() { return creditorIcs; }
    public String getCreditorName() { return creditorName; }
    public MandateStatus getStatus() { return status; }
    public String getHolder() { return holder; }
    public String getIban() { return iban; }
    public String getBic() { return bic; }
    public String getNextSequence() { return nextSequence; }
    public OffsetDateTime getRequestedAt() { return requestedAt; }
    public LocalDate getSignedOn() { return signedOn; }
    public String getSignature() { return signature; }
    public String getSignedCopyType() { return signedCopyType; }
    public OffsetDateTime getActivatedAt() { return activatedAt; }
    public OffsetDateTime getEndedAt() { return endedAt; }
    public LocalDate getLastCollectionOn() { return lastCollectionOn; }
    public String getAmendedFromIban() { return amendedFromIban; }
    public boolean isAmendedNewBank() { return amendedNewBank; }
}
