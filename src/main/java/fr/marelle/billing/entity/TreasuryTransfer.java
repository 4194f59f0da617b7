package fr.marelle.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An invoice handed to the public treasury (read-only here: written by TreasuryTransfers with SQL). */
@Entity
@Table(name = "invoice_treasury_transfer")
public class TreasuryTransfer {

    @Id
    @Column(name = "invoice_id")
    private Long invoiceId;
    @Column(name = "sent_on")
    private LocalDate sentOn;
    @Column(name = "sent_by")
    private Long sentBy;
    @Column(name = "sent_at")
    private OffsetDateTime sentAt;
    private String reference;

    protected TreasuryTransfer() {
    }

    public Long getInvoiceId() { return invoiceId; }
    public LocalDate getSentOn() { return sentOn; }
    public Long getSentBy() { return sentBy; }
    public OffsetDateTime getSentAt() { return sentAt; }
    public String getReference() { return reference; }
}
