package fr.marelle.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** Money of a payment put on an invoice (&gt; 0) or taken back off it (&lt; 0). Never changed. */
@Entity
@Table(name = "payment_allocation")
public class PaymentAllocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "payment_id")
    private long paymentId;
    @Column(name = "invoice_id")
    private long invoiceId;
    @Column(name = "amount_cents")
    private long amountCents;
    @Column(name = "allocated_by")
    private Long allocatedBy;
    @Column(name = "allocated_at")
    private OffsetDateTime allocatedAt;

    protected PaymentAllocation() {
    }

    public PaymentAllocation(long paymentId, long invoiceId, long amountCents, Long allocatedBy, OffsetDateTime allocatedAt) {
        this.paymentId = paymentId;
        this.invoiceId = invoiceId;
        this.amountCents = amountCents;
        this.allocatedBy = allocatedBy;
        this.allocatedAt = allocatedAt;
    }

    public Long getId() { return id; }
    public long getPaymentId() { return paymentId; }
    public long getInvoiceId() { return invoiceId; }
    public long getAmountCents() { return amountCents; }
    public Long getAllocatedBy() { return allocatedBy; }
    public OffsetDateTime getAllocatedAt() { return allocatedAt; }
}
