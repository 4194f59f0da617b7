package fr.marelle.privacy.control;

import fr.marelle.privacy.entity.DataExport.AllocationData;
import fr.marelle.privacy.entity.DataExport.CreditNoteData;
import fr.marelle.privacy.entity.DataExport.CreditNoteLineData;
import fr.marelle.privacy.entity.DataExport.InvoiceData;
import fr.marelle.privacy.entity.DataExport.InvoiceLineData;
import fr.marelle.privacy.entity.DataExport.PaymentAttemptData;
import fr.marelle.privacy.entity.DataExport.PaymentData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;

import static fr.marelle.privacy.control.ExportRows.at;
import static fr.marelle.privacy.control.ExportRows.day;
import static fr.marelle.privacy.control.ExportRows.number;
import static fr.marelle.privacy.control.ExportRows.optionalInt;
import static fr.marelle.privacy.control.ExportRows.optionalYes;
import static fr.marelle.privacy.control.ExportRows.query;
import static fr.marelle.privacy.control.ExportRows.text;
import static fr.marelle.privacy.control.ExportRows.yes;

/** The export's money sections: invoices with lines, credit notes, payments with allocations, online attempts. */
@ApplicationScoped
public class MoneySections {

    @PersistenceContext
    EntityManager em;

    public List<InvoiceData> invoices(long householdId) {
        List<InvoiceData> invoices = new ArrayList<>();
        for (Object[] i : query(em, "select i.id, i.number, i.regie_code, to_char(i.month, 'YYYY-MM'), i.household_name,"
                + " i.issued_on, i.due_on, i.total_cents, i.published_at, t.sent_on from invoice i"
                + " left join invoice_treasury_transfer t on t.invoice_id = i.id where i.household_id = ?1"
                + " order by i.issued_on, i.id", householdId)) {
            long id = number(i[0]);
            List<InvoiceLineData> lines = query(em, "select position, child_name, activity_name, day, charge, amount_cents,"
                    + " price_cents, band, quotient_known, resident, reduction_pct from invoice_line where invoice_id = ?1"
                    + " order by position", id).stream()
                    .map(l -> new InvoiceLineData(optionalInt(l[0]), text(l[1]), text(l[2]), day(l[3]), text(l[4]),
                            optionalInt(l[5]), optionalInt(l[6]), optionalInt(l[7]), optionalYes(l[8]), yes(l[9]),
                            optionalInt(l[10]))).toList();
            List<java.time.LocalDate> reminders = query(em, "select sent_on from invoice_reminder where invoice_id = ?1"
                    + " order by level", id).stream().map(r -> day(r[0])).toList();
            invoices.add(new InvoiceData(id, text(i[1]), text(i[2]), text(i[3]), text(i[4]), day(i[5]), day(i[6]), number(i[7]),
                    at(i[8]), reminders, day(i[9]), lines));
        }
        return invoices;
    }

    public List<CreditNoteData> creditNotes(long householdId) {
        List<CreditNoteData> notes = new ArrayList<>();
        for (Object[] n : query(em, "select n.id, n.number, i.number, n.regie_code, n.reason, n.issued_on, n.total_cents"
                + " from credit_note n join invoice i on i.id = n.invoice_id where n.household_id = ?1 order by n.issued_on, n.id",
                householdId)) {
            List<CreditNoteLineData> lines = query(em, "select l.child_name, l.activity_name, l.day, cl.amount_cents"
                    + " from credit_note_line cl join invoice_line l on l.id = cl.invoice_line_id where cl.credit_note_id = ?1"
                    + " order by l.position", number(n[0])).stream()
                    .map(l -> new CreditNoteLineData(text(l[0]), text(l[1]), day(l[2]), optionalInt(l[3]))).toList();
            notes.add(new CreditNoteData(text(n[1]), text(n[2]), text(n[3]), text(n[4]), day(n[5]), number(n[6]), lines));
        }
        return notes;
    }

    public List<PaymentData> payments(long householdId) {
        List<PaymentData> payments = new ArrayList<>();
        for (Object[] p : query(em, "select id, number, regie_code, kind, means, amount_cents, received_on, cheque_number, bank,"
                + " reference, note, recorded_at from payment where household_id = ?1 order by recorded_at, id", householdId)) {
            List<AllocationData> allocations = query(em, "select i.number, a.amount_cents, a.allocated_at from payment_allocation a"
                    + " join invoice i on i.id = a.invoice_id where a.payment_id = ?1 order by a.id", number(p[0])).stream()
                    .map(a -> new AllocationData(text(a[0]), number(a[1]), at(a[2]))).toList();
            payments.add(new PaymentData(text(p[1]), text(p[2]), text(p[3]), text(p[4]), number(p[5]), day(p[6]), text(p[7]),
                    text(p[8]), text(p[9]), text(p[10]), at(p[11]), allocations));
        }
        return payments;
    }

    /** The attempts and the invoices each paid; the provider's raw answers (payment_attempt_event) stay out. */
    public List<PaymentAttemptData> onlineAttempts(long householdId) {
        List<PaymentAttemptData> attempts = new ArrayList<>();
        for (Object[] a : query(em, "select id, reference, provider, regie_code, amount_cents, payer_email, status, created_at,"
                + " resolved_at from payment_attempt where household_id = ?1 order by created_at, id", householdId)) {
            List<String> invoices = query(em, "select i.number from payment_attempt_invoice ai join invoice i on i.id = ai.invoice_id"
                    + " where ai.attempt_id = ?1 order by i.number", number(a[0])).stream().map(r -> text(r[0])).toList();
            attempts.add(new PaymentAttemptData(text(a[1]), text(a[2]), text(a[3]), number(a[4]), text(a[5]), text(a[6]),
                    at(a[7]), at(a[8]), invoices));
        }
        return attempts;
    }
}
