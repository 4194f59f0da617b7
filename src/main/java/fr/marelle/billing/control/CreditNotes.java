package fr.marelle.billing.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.billing.entity.CreditNote;
import fr.marelle.billing.entity.CreditNoteLine;
import fr.marelle.billing.entity.Invoice;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.entity.Account;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Credit notes (avoirs) correct published invoices: each line takes an amount off one invoice
 * line, never more than remains of it. Numbered without gaps in their own series per year and
 * régie, immutable like invoices, mailed to the billing contact.
 */
@ApplicationScoped
public class CreditNotes {

    @PersistenceContext
    EntityManager em;

    @Inject
    FinanceAccess finance;

    @Inject
    DocumentCounters counters;

    @Inject
    BillingMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    PaymentLedger ledger;

    @Inject
    Clock clock;

    @Transactional
    public CreditNote issue(long actorId, Long invoiceId, String reason, List<CreditRules.Item> items) {
        Account actor = finance.require(actorId);
        if (invoiceId == null) {
            throw RuleViolationException.of("invoiceId", "billing.credit.invoiceRequired");
        }
        // credit notes of one invoice one at a time: what remains of its lines is read after the lock
        List<?> locked = em.createNativeQuery("select id from invoice where id = ?1 for update")
                .setParameter(1, invoiceId).getResultList();
        if (locked.isEmpty()) {
            throw new UnknownRecordException("invoice", invoiceId);
        }
        Invoice invoice = em.find(Invoice.class, invoiceId);
        Map<Long, CreditRules.LineFacts> lines = new HashMap<>();
        for (Object row : em.createNativeQuery("select l.id, l.amount_cents, coalesce((select sum(c.amount_cents)"
                + " from credit_note_line c where c.invoice_line_id = l.id), 0) from invoice_line l where l.invoice_id = ?1")
                .setParameter(1, invoiceId).getResultList()) {
            Object[] r = (Object[]) row;
            lines.put(((Number) r[0]).longValue(),
                    new CreditRules.LineFacts(invoiceId, ((Number) r[1]).intValue(), ((Number) r[2]).longValue()));
        }
        RuleViolationException.throwIfAny(CreditRules.check(invoiceId, reason, items, lines));
        LocalDate today = LocalDate.now(clock);
        int number = counters.reserve(DocumentNumbers.Series.CREDIT_NOTE, today.getYear(), invoice.getRegieCode(), 1);
        long total = items.stream().mapToLong(CreditRules.Item::amountCents).sum();
        CreditNote note = new CreditNote(DocumentNumbers.format(DocumentNumbers.Series.CREDIT_NOTE, today.getYear(),
                invoice.getRegieCode(), number), invoice.getId(), invoice.getRegieCode(), invoice.getHouseholdId(), reason.strip(), today, total, actor.getId(), OffsetDateTime.now(clock));
        em.persist(note);
        em.flush();
        for (CreditRules.Item item : items) {
            em.persist(new CreditNoteLine(note.getId(), item.invoiceLineId(), item.amountCents()));
        }
        em.flush();
        ledger.releaseOverpayment(actor.getId(), invoice.getId());
        audit.record("billing.creditnote.issue", "credit_note", note.getId(), null, note.auditView());
        mails.creditNote(note, invoice, em.find(Household.class, invoice.getHouseholdId()));
        return note;
    }
}
