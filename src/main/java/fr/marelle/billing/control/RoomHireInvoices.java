package fr.marelle.billing.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.billing.entity.Invoice;
import fr.marelle.billing.entity.InvoiceLine;
import fr.marelle.billing.entity.InvoiceRun;
import fr.marelle.family.entity.Household;
import fr.marelle.planning.entity.Regie;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * The invoice of an accepted room hire, in the régie of room hire: published at once, numbered in that
 * régie's series, in a validated run of its own (one invoice) so that exports, dockets and payments treat
 * it like any other. Called inside the decision's transaction.
 */
@ApplicationScoped
public class RoomHireInvoices {

    public static final String REGIE = "LOCATION_SALLES";

    /** What is invoiced: the hirer, the room and slot in words, the day of the hire, the amount. */
    public record Hire(long roomHireId, long householdId, String hirer, String what, LocalDate day, int amountCents,
                       boolean resident) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentCounters counters;

    @Inject
    InvoiceRuns runs;

    @Inject
    BillingMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public Invoice issue(long actorId, Hire hire) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(hire.day());
        InvoiceRun run = new InvoiceRun(REGIE, month, actorId, now);
        em.persist(run);
        em.flush();
        Household household = em.find(Household.class, hire.householdId());
        int number = counters.reserve(DocumentNumbers.Series.INVOICE, today.getYear(), REGIE, 1);
        Invoice invoice = new Invoice(DocumentNumbers.format(DocumentNumbers.Series.INVOICE, today.getYear(), REGIE, number),
                run.getId(), REGIE, month, hire.householdId(), household.getName(), household.getBillingAccountId(),
                today, today.plusDays(runs.dueDays()), hire.amountCents(), now);
        em.persist(invoice);
        em.flush();
        em.persist(InvoiceLine.roomHire(invoice.getId(), 1, hire.householdId(), hire.roomHireId(), hire.hirer(),
                hire.what(), hire.day(), hire.amountCents(), hire.resident()));
        run.validated(actorId, now, 1, hire.amountCents());
        em.flush();
        audit.record("billing.invoice.publish", "invoice", invoice.getId(), null, invoice.auditView());
        Regie regie = em.find(Regie.class, REGIE);
        mails.published(invoice, household, regie == null ? REGIE : regie.getName());
        return invoice;
    }
}
