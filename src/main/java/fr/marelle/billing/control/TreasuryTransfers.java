package fr.marelle.billing.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.billing.entity.Invoice;
import fr.marelle.identity.entity.Account;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Settings;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finance staff hand unpaid invoices to the public treasury once the delay after their due date
 * has passed; all or nothing. The transfer is its own record: the invoice row never changes.
 */
@ApplicationScoped
public class TreasuryTransfers {

    @PersistenceContext
    EntityManager em;

    @Inject
    FinanceAccess finance;

    @Inject
    Invoices invoices;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public int send(long actorId, List<Long> invoiceIds, String reference) {
        Account actor = finance.require(actorId);
        if (invoiceIds == null || invoiceIds.isEmpty()) {
            throw RuleViolationException.of("invoiceIds", "billing.treasury.required");
        }
        LocalDate today = LocalDate.now(clock);
        int delay = delayDays();
        List<Violation> v = new ArrayList<>();
        List<Invoice> toSend = new ArrayList<>();
        for (int i = 0; i < invoiceIds.size(); i++) {
            String field = "invoiceIds[" + i + "]";
            Long id = invoiceIds.get(i);
            // one transfer per invoice at a time (the primary key also refuses a second one)
            List<?> locked = id == null ? List.of()
                    : em.createNativeQuery("select id from invoice where id = ?1 for update").setParameter(1, id).getResultList();
            if (locked.isEmpty()) {
                v.add(Violation.of(field, "billing.treasury.unknown"));
                continue;
            }
            Invoices.Summary s = invoices.summaryOf(id);
            TreasuryRules.refusal(field, s.invoice().getNumber(), s.status(), s.invoice().getDueOn(), delay, today)
                    .ifPresentOrElse(v::add, () -> toSend.add(s.invoice()));
        }
        RuleViolationException.throwIfAny(v);
        String ref = reference == null || reference.isBlank() ? null : reference.strip();
        for (Invoice invoice : toSend) {
            em.createNativeQuery("insert into invoice_treasury_transfer (invoice_id, sent_on, sent_by, sent_at, reference)"
                            + " values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, invoice.getId()).setParameter(2, today).setParameter(3, actor.getId())
                    .setParameter(4, OffsetDateTime.now(clock)).setParameter(5, ref).executeUpdate();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("number", invoice.getNumber());
            after.put("sentOn", today.toString());
            after.put("reference", ref);
            audit.record("billing.invoice.treasury", "invoice", invoice.getId(), null, after);
        }
        return toSend.size();
    }

    /**
     * The invoices that may be sent today: not settled, not sent already, due more than the delay
     * ago; oldest due date first, at most {@link Invoices#SEARCH_LIMIT}.
     */
    public List<Invoices.Summary> eligible(long actorId) {
        finance.require(actorId);
        LocalDate today = LocalDate.now(clock);
        int delay = delayDays();
        List<Invoice> late = em.createQuery("select i from Invoice i where i.dueOn < :d and not exists"
                        + " (select t from TreasuryTransfer t where t.invoiceId = i.id) order by i.dueOn, i.number", Invoice.class)
                .setParameter("d", today.minusDays(delay)).getResultList();
        List<Invoices.Summary> eligible = new ArrayList<>();
        for (Invoice invoice : late) {
            Invoices.Summary s = invoices.summaryOf(invoice.getId());
            if (TreasuryRules.refusal("", invoice.getNumber(), s.status(), invoice.getDueOn(), delay, today).isEmpty()) {
                eligible.add(s);
                if (eligible.size() == Invoices.SEARCH_LIMIT) {
                    break;
                }
            }
        }
        return eligible;
    }

    int delayDays() {
        return settings.get(TreasuryRules.DELAY_DAYS).map(String::strip).filter(s -> s.matches("\\d{1,3}"))
                .map(Integer::parseInt).orElse(TreasuryRules.DEFAULT_DELAY_DAYS);
    }
}
