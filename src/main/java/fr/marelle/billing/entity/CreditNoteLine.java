package fr.marelle.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How much a credit note takes off one invoice line. */
@Entity
@Table(name = "credit_note_line")
public class CreditNoteLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "credit_note_id")
    private long creditNoteId;
    @Column(name = "invoice_line_id")
    private long invoiceLineId;
    @Column(name = "amount_cents")
    private int amountCents;

    protected CreditNoteLine() {
    }

    public CreditNoteLine(long creditNoteId, long invoiceLineId, int amountCents) {
        this.creditNoteId = creditNoteId;
        this.invoiceLineId = invoiceLineId;
        this.amountCents = amountCents;
    }

    public Long getId() { return id; }
    public long getCreditNoteId() { return creditNoteId; }
    public long getInvoiceLineId() { return invoiceLineId; }
    public int getAmountCents() { return amountCents; }
}
