package fr.marelle.billing.control;

import fr.marelle.platform.control.PageRequest;
import fr.marelle.platform.control.NativeQueries;
import fr.marelle.billing.entity.CreditNote;
import fr.marelle.billing.entity.Invoice;
import fr.marelle.billing.entity.InvoiceLine;
import fr.marelle.billing.entity.InvoiceStatus;
import fr.marelle.billing.entity.Payment;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.identity.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading invoices: a parent their own household's (another's answers 404), finance staff and
 * the administrator any. The status is derived, never stored: from credit notes, allocated
 * payments and the transfer to the treasury.
 */
@ApplicationScoped
public class Invoices {

    /** An invoice with what was credited on it and its status. */
    public record Summary(Invoice invoice, long creditedCents, long paidCents, InvoiceStatus status) {
        public long remainingCents() {
            return InvoiceStatus.remaining(invoice.getTotalCents(), creditedCents, paidCents);
        }
    }

    /** A line with what credit notes took off it. */
    public record Line(InvoiceLine line, long creditedCents) {
        public long remainingCents() {
            return line.getAmountCents() - creditedCents;
        }
    }

    public record Detail(Summary summary, List<Line> lines, List<CreditNote> creditNotes) {
    }

    /** A credit note with the invoice lines it corrects and by how much. */
    public record CreditNoteDetail(CreditNote note, Invoice invoice, List<CreditedLine> lines) {
    }

    public record CreditedLine(InvoiceLine line, int amountCents) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HouseholdAccess access;

    @Inject
    FinanceAccess finance;

    /** The invoices of the actor's household, newest first (none when the account has no household). */
    public List<Summary> mine(long actorId) {
        access.actor(actorId);
        return access.ownHousehold(actorId).map(h -> ofHousehold(h)).orElse(List.of());
    }

    public List<Summary> ofHousehold(long householdId) {
        List<Invoice> invoices = em.createQuery("select i from Invoice i where i.householdId = :h"
                        + " order by i.issuedOn desc, i.id desc", Invoice.class)
                .setParameter("h", householdId).getResultList();
        return summaries(invoices);
    }

    /** What finance staff search invoices by; every criterion optional. */
    public record Search(String number, String household, YearMonth month, String regieCode, InvoiceStatus status) {
    }

    /** A found invoice and how many days it is past its due date (0 when not due yet or settled). */
    public record Found(Summary summary, long daysOverdue) {
    }

    /** What the finance API gives at most in one answer. */
    public static final int SEARCH_LIMIT = 200;

    /** Columns a page of invoices may be sorted by, as the finance page names them. */
    private static final Map<String, String> SORTABLE = Map.of("number", "i.number", "household", "i.household_name",
            "issuedOn", "i.issued_on", "dueOn", "i.due_on", "total", "i.total_cents");

    /**
     * One page of the invoices matching the criteria (finance staff), newest first unless sorted otherwise.
     * The status, derived from credit notes, payments and the transfer to the treasury, is filtered by the
     * database too, so pages and counts are exact.
     */
    public List<Found> search(long actorId, Search criteria, LocalDate today, PageRequest page) {
        requireFinance(actorId);
        List<Object> params = new ArrayList<>();
        String where = where(criteria, params);
        List<Long> ids = NativeQueries.bound(em, "select i.id from invoice i" + where
                        + page.orderBy(SORTABLE, "i.issued_on desc", "i.number desc"), params.toArray())
                .getResultList().stream().map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Invoice> byId = new HashMap<>();
        em.createQuery("select i from Invoice i where i.id in :ids", Invoice.class).setParameter("ids", ids)
                .getResultList().forEach(i -> byId.put(i.getId(), i));
        return summaries(ids.stream().map(byId::get).toList()).stream()
                .map(s -> new Found(s, s.remainingCents() == 0 || !today.isAfter(s.invoice().getDueOn()) ? 0
                        : ChronoUnit.DAYS.between(s.invoice().getDueOn(), today)))
                .toList();
    }

    /** How many invoices {@link #search(long, Search, LocalDate, PageRequest)} pages through. */
    public long count(long actorId, Search criteria) {
        requireFinance(actorId);
        List<Object> params = new ArrayList<>();
        String sql = "select count(*) from invoice i" + where(criteria, params);
        return ((Number) NativeQueries.bound(em, sql, params.toArray()).getSingleResult()).longValue();
    }

    private void requireFinance(long actorId) {
        if (!finance.isFinanceStaff(actorId)) {
            throw new SecurityException("account " + actorId + " is not finance staff");
        }
    }

    /** " where …" for the criteria, parameters numbered in order; the status as {@link InvoiceStatus#of} derives it. */
    private static String where(Search criteria, List<Object> params) {
        StringBuilder sql = new StringBuilder(" where true");
        if (criteria.number() != null && !criteria.number().isBlank()) {
            params.add("%" + criteria.number().strip().toUpperCase() + "%");
            sql.append(" and upper(i.number) like ?").append(params.size());
        }
        if (criteria.household() != null && !criteria.household().isBlank()) {
            params.add("%" + criteria.household().strip().toLowerCase() + "%");
            sql.append(" and lower(i.household_name) like ?").append(params.size());
        }
        if (criteria.month() != null) {
            params.add(criteria.month().atDay(1));
            sql.append(" and i.month = ?").append(params.size());
        }
        if (criteria.regieCode() != null && !criteria.regieCode().isBlank()) {
            params.add(criteria.regieCode().strip());
            sql.append(" and i.regie_code = ?").append(params.size());
        }
        if (criteria.status() != null) {
            String sent = "exists (select 1 from invoice_treasury_transfer t where t.invoice_id = i.id)";
            String paid = "coalesce((select sum(a.amount_cents) from payment_allocation a where a.invoice_id = i.id), 0)";
            String remaining = "i.total_cents - coalesce((select sum(c.total_cents) from credit_note c where c.invoice_id = i.id), 0)"
                    + " - " + paid;
            sql.append(" and ").append(switch (criteria.status()) {
                case SENT_TO_TREASURY -> sent;
                case PAID -> "not " + sent + " and " + remaining + " <= 0";
                case PARTLY_PAID -> "not " + sent + " and " + remaining + " > 0 and " + paid + " > 0";
                case UNPAID -> "not " + sent + " and " + remaining + " > 0 and " + paid + " = 0";
            });
        }
        return sql.toString();
    }

    private Map<Long, Long> creditedOf(List<Long> invoiceIds) {
        return sumPerInvoice("select c.invoiceId, sum(c.totalCents) from CreditNote c where c.invoiceId in :ids"
                + " group by c.invoiceId", invoiceIds);
    }

    private Map<Long, Long> paidOf(List<Long> invoiceIds) {
        return sumPerInvoice("select a.invoiceId, sum(a.amountCents) from PaymentAllocation a where a.invoiceId in :ids"
                + " group by a.invoiceId", invoiceIds);
    }

    private Map<Long, Long> sumPerInvoice(String jpql, List<Long> invoiceIds) {
        Map<Long, Long> sums = new HashMap<>();
        if (invoiceIds.isEmpty()) {
            return sums;
        }
        for (Object row : em.createQuery(jpql, Object[].class).setParameter("ids", invoiceIds).getResultList()) {
            Object[] r = (Object[]) row;
            sums.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return sums;
    }

    /** The account statement of the actor's household (empty without a household). */
    public AccountStatement myStatement(long actorId) {
        access.actor(actorId);
        return access.ownHousehold(actorId).map(h -> statement(actorId, h)).orElse(AccountStatement.of(List.of(), List.of()));
    }

    /** A household's account statement (finance staff, or a guardian of the household). */
    public AccountStatement statement(long actorId, long householdId) {
        Account actor = access.actor(actorId);
        if (!finance.isFinanceStaff(actorId) && !access.isGuardianOf(actorId, householdId)) {
            throw new UnknownRecordException("household", householdId);
        }
        List<Invoice> all = em.createQuery("select i from Invoice i where i.householdId = :h", Invoice.class)
                .setParameter("h", householdId).getResultList();
        List<CreditNote> notes = em.createQuery("select c from CreditNote c where c.householdId = :h", CreditNote.class)
                .setParameter("h", householdId).getResultList();
        List<Payment> payments = em.createQuery("select p from Payment p where p.householdId = :h", Payment.class)
                .setParameter("h", householdId).getResultList();
        return AccountStatement.of(all, notes, payments);
    }

    /** The invoices a run published, by number (finance staff). */
    public List<Invoice> ofRun(long actorId, long runId) {
        if (!finance.isFinanceStaff(actorId)) {
            throw new SecurityException("account " + actorId + " is not finance staff");
        }
        return em.createQuery("select i from Invoice i where i.runId = :r order by i.number", Invoice.class)
                .setParameter("r", runId).getResultList();
    }

    /** One invoice, if the actor may read it. */
    public Detail get(long actorId, long invoiceId) {
        Invoice invoice = readable(actorId, invoiceId);
        List<InvoiceLine> lines = em.createQuery("select l from InvoiceLine l where l.invoiceId = :i order by l.position",
                InvoiceLine.class).setParameter("i", invoiceId).getResultList();
        Map<Long, Long> creditedPerLine = new HashMap<>();
        for (Object row : em.createNativeQuery("select cl.invoice_line_id, sum(cl.amount_cents) from credit_note_line cl"
                + " join invoice_line l on l.id = cl.invoice_line_id where l.invoice_id = ?1 group by 1")
                .setParameter(1, invoiceId).getResultList()) {
            Object[] r = (Object[]) row;
            creditedPerLine.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        List<CreditNote> notes = em.createQuery("select c from CreditNote c where c.invoiceId = :i order by c.id",
                CreditNote.class).setParameter("i", invoiceId).getResultList();
        return new Detail(summaries(List.of(invoice)).get(0),
                lines.stream().map(l -> new Line(l, creditedPerLine.getOrDefault(l.getId(), 0L))).toList(), notes);
    }

    /** A credit note of the invoice, if the actor may read the invoice. */
    public CreditNoteDetail creditNote(long actorId, long invoiceId, long creditNoteId) {
        Invoice invoice = readable(actorId, invoiceId);
        CreditNote note = em.find(CreditNote.class, creditNoteId);
        if (note == null || note.getInvoiceId() != invoice.getId()) {
            throw new UnknownRecordException("credit note", creditNoteId);
        }
        List<CreditedLine> lines = new ArrayList<>();
        for (Object row : em.createNativeQuery("select invoice_line_id, amount_cents from credit_note_line"
                + " where credit_note_id = ?1 order by id").setParameter(1, creditNoteId).getResultList()) {
            Object[] r = (Object[]) row;
            lines.add(new CreditedLine(em.find(InvoiceLine.class, ((Number) r[0]).longValue()), ((Number) r[1]).intValue()));
        }
        return new CreditNoteDetail(note, invoice, List.copyOf(lines));
    }

    Invoice readable(long actorId, long invoiceId) {
        Account actor = access.actor(actorId);
        Invoice invoice = em.find(Invoice.class, invoiceId);
        if (invoice == null) {
            throw new UnknownRecordException("invoice", invoiceId);
        }
        if (!finance.isFinanceStaff(actorId)
                && !access.isGuardianOf(actorId, invoice.getHouseholdId())) {
            throw new UnknownRecordException("invoice", invoiceId);
        }
        return invoice;
    }

    /** One invoice's summary, without access check (callers check). */
    Summary summaryOf(long invoiceId) {
        return summaries(List.of(em.find(Invoice.class, invoiceId))).get(0);
    }

    /** Summaries of several invoices, without access check (callers check), in the same order. */
    public List<Summary> summariesOf(List<Long> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Invoice> byId = new HashMap<>();
        em.createQuery("select i from Invoice i where i.id in :ids", Invoice.class).setParameter("ids", invoiceIds)
                .getResultList().forEach(i -> byId.put(i.getId(), i));
        return summaries(invoiceIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
    }

    /** Which of the invoices were handed to the treasury. */
    private Set<Long> sentOf(List<Long> invoiceIds) {
        if (invoiceIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select t.invoiceId from TreasuryTransfer t where t.invoiceId in :ids",
                Long.class).setParameter("ids", invoiceIds).getResultList());
    }

    // Credit notes, payments (allocations) and the transfer to the treasury are read from their own
    // tables, never written on the invoice.
    private List<Summary> summaries(List<Invoice> invoices) {
        List<Long> ids = invoices.stream().map(Invoice::getId).toList();
        Map<Long, Long> credited = creditedOf(ids);
        Map<Long, Long> paid = paidOf(ids);
        Set<Long> sent = sentOf(ids);
        return invoices.stream().map(i -> {
            long c = credited.getOrDefault(i.getId(), 0L);
            long p = paid.getOrDefault(i.getId(), 0L);
            return new Summary(i, c, p, InvoiceStatus.of(i.getTotalCents(), c, p, sent.contains(i.getId())));
        }).toList();
    }
}
