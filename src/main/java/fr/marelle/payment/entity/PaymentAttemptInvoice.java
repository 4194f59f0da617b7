package fr.marelle.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** An invoice an attempt pays, and how much of it was left to pay when the family chose it. */
@Entity
@Table(name = "payment_attempt_invoice")
@IdClass(PaymentAttemptInvoice.Key.class)
public class PaymentAttemptInvoice {

    /** The primary key (a plain class: the JPA provider sets its fields). */
    public static class Key implements Serializable {
        private long attemptId;
        private long invoiceId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.attemptId == attemptId && k.invoiceId == invoiceId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(attemptId) * 31 + Long.hashCode(invoiceId);
        }
    }

    @Id
    @Column(name = "attempt_id")
    private long attemptId;
    @Id
    @Column(name = "invoice_id")
    private long invoiceId;
    @Column(name = "amount_cents")
    private long amountCents;

    protected PaymentAttemptInvoice() {
    }

    public long getAttemptId() { return attemptId; }
    public long getInvoiceId() { return invoiceId; }
    public long getAmountCents() { return amountCents; }
}
