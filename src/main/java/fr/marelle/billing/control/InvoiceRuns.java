package fr.marelle.billing.control;

import fr.marelle.attendance.control.AttendanceLocks;
import fr.marelle.audit.control.AuditTrail;
import fr.marelle.billing.entity.Invoice;
import fr.marelle.billing.entity.InvoiceLine;
import fr.marelle.billing.entity.InvoiceRun;
import fr.marelle.billing.entity.RunStatus;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.family.entity.Household;
import fr.marelle.identity.entity.Account;
import fr.marelle.planning.entity.Regie;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Monthly invoicing runs per régie: finance creates a draft, previews what would be invoiced
 * (per household, with the anomalies to look at), then validates it. Validation is one
 * transaction: invoices numbered without gaps, published, the attendance month locked, the
 * billing contacts mailed; a run is validated once. A later run of the same month bills only
 * what earlier runs did not (see {@link Rebilling}).
 */
@ApplicationScoped
public class InvoiceRuns {

    /** Days between issue and due date (setting), 30 when not set. */
    public static final String DUE_DAYS = "billing.due-days";
    static final int DEFAULT_DUE_DAYS = 30;

    /** What a household would be invoiced. */
    public record HouseholdBill(long householdId, String householdName, List<Rebilling.Billable> lines) {
        public long totalCents() {
            return Rebilling.total(lines);
        }
    }

    /** The run with what it would invoice now. */
    public record Preview(InvoiceRun run, String regieName, List<HouseholdBill> households,
                          List<ChargeRules.Anomaly> anomalies, Map<Long, String> householdNames) {
        public long totalCents() {
            return households.stream().mapToLong(HouseholdBill::totalCents).sum();
        }

        public long unmarked() {
            return anomalies.stream().filter(a -> a.kind() == ChargeRules.AnomalyKind.ATTENDANCE_NOT_MARKED).count();
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    FinanceAccess finance;

    @Inject
    ChargeSources sources;

    @Inject
    DocumentCounters counters;

    @Inject
    AttendanceLocks attendanceLocks;

    @Inject
    BillingMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    public List<Regie> regies() {
        return em.createQuery("select r from Regie r order by r.name", Regie.class).getResultList();
    }

    /** A draft for the régie's month (a finished month); the existing draft when there is one. */
    @Transactional
    public InvoiceRun create(long actorId, String regieCode, YearMonth month) {
        Account actor = finance.require(actorId);
        if (regieCode == null || regieCode.isBlank() || em.find(Regie.class, regieCode.strip()) == null) {
            throw RuleViolationException.of("regieCode", "billing.run.unknownRegie");
        }
        if (month == null) {
            throw RuleViolationException.of("month", "billing.run.monthRequired");
        }
        if (!month.isBefore(YearMonth.now(clock))) {
            throw RuleViolationException.of("month", "billing.run.monthNotOver");
        }
        String regie = regieCode.strip();
        lockMonth(regie, month);
        List<InvoiceRun> drafts = em.createQuery("select r from InvoiceRun r where r.regieCode = :r and r.month = :m"
                        + " and r.status = :s", InvoiceRun.class)
                .setParameter("r", regie).setParameter("m", month.atDay(1)).setParameter("s", RunStatus.DRAFT).getResultList();
        if (!drafts.isEmpty()) {
            return drafts.get(0);
        }
        InvoiceRun run = new InvoiceRun(regie, month, actor.getId(), OffsetDateTime.now(clock));
        em.persist(run);
        em.flush();
        audit.record("billing.run.create", "invoice_run", run.getId(), null, run.auditView());
        return run;
    }

    /** The most recent runs, newest first. */
    public List<InvoiceRun> recent(long actorId, int limit) {
        finance.require(actorId);
        return em.createQuery("select r from InvoiceRun r order by r.createdAt desc, r.id desc", InvoiceRun.class)
                .setMaxResults(limit).getResultList();
    }

    public InvoiceRun require(long actorId, long runId) {
        finance.require(actorId);
        InvoiceRun run = em.find(InvoiceRun.class, runId);
        if (run == null) {
            throw new UnknownRecordException("invoice run", runId);
        }
        return run;
    }

    /** What the draft would invoice now; for a validated run, what a new run of the month would add. */
    public Preview preview(long actorId, long runId) {
        return compute(require(actorId, runId));
    }

    /**
     * Validates the draft in one transaction. Refused when it is already validated, or when
     * attendance is not marked everywhere and finance did not confirm billing those sessions as booked.
     */
    @Transactional
    public InvoiceRun validate(long actorId, long runId, boolean confirmUnmarked) {
        Account actor = finance.require(actorId);
        InvoiceRun run = em.find(InvoiceRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new UnknownRecordException("invoice run", runId);
        }
        if (run.getStatus() != RunStatus.DRAFT) {
            throw RuleViolationException.of("run", "billing.run.alreadyValidated");
        }
        lockMonth(run.getRegieCode(), run.getYearMonth());
        Preview preview = compute(run);
        if (preview.unmarked() > 0 && !confirmUnmarked) {
            throw RuleViolationException.of("confirmUnmarked", "billing.run.unmarked", preview.unmarked());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock);
        LocalDate due = today.plusDays(dueDays());
        List<HouseholdBill> bills = preview.households();
        int next = bills.isEmpty() ? 0
                : counters.reserve(DocumentNumbers.Series.INVOICE, today.getYear(), run.getRegieCode(), bills.size());
        for (HouseholdBill bill : bills) {
            Household household = em.find(Household.class, bill.householdId());
            String number = DocumentNumbers.format(DocumentNumbers.Series.INVOICE, today.getYear(), run.getRegieCode(), next++);
            Invoice invoice = new Invoice(number, run.getId(), run.getRegieCode(), run.getYearMonth(), bill.householdId(),
                    household.getName(), household.getBillingAccountId(), today, due, bill.totalCents(), now);
            em.persist(invoice);
            em.flush();
            int position = 1;
            for (Rebilling.Billable b : bill.lines()) {
                ChargeRules.Source s = b.charge().source();
                em.persist(new InvoiceLine(invoice.getId(), position++, s.householdId(), s.sessionId(), s.childId(),
                        s.bookingId(), s.childName(), s.activityName(), s.day(), b.charge().unmarked(), b.amountCents(),
                        b.charge().price(), b.charge().childRank(), b.adjustment()));
            }
            audit.record("billing.invoice.publish", "invoice", invoice.getId(), null, invoice.auditView());
            mails.published(invoice, household, preview.regieName());
        }
        em.flush();
        attendanceLocks.lock(run.getRegieCode(), run.getYearMonth(), "Facturation " + run.getRegieCode() + " "
                + run.getYearMonth() + " (run " + run.getId() + ")");
        var before = run.auditView();
        run.validated(actor.getId(), now, bills.size(), preview.totalCents());
        audit.record("billing.run.validate", "invoice_run", run.getId(), before, run.auditView());
        return run;
    }

    int dueDays() {
        return settings.get(DUE_DAYS).map(String::strip).filter(v -> v.matches("\\d{1,3}")).map(Integer::parseInt)
                .orElse(DEFAULT_DUE_DAYS);
    }

    /** One writer per régie and month at a time (create, validate) until commit. */
    private void lockMonth(String regieCode, YearMonth month) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "billing:" + regieCode + ":" + month).getSingleResult();
    }

    private Preview compute(InvoiceRun run) {
        Regie regie = em.find(Regie.class, run.getRegieCode());
        Map<ChargeRules.SourceKey, Long> invoiced = sources.invoiced(run.getRegieCode(), run.getYearMonth());
        List<HouseholdBill> bills = new ArrayList<>();
        List<ChargeRules.Anomaly> anomalies = new ArrayList<>();
        Map<Long, String> names = new java.util.HashMap<>();
        for (Map.Entry<Long, List<ChargeRules.Source>> e : sources.of(run.getRegieCode(), run.getYearMonth()).entrySet()) {
            long householdId = e.getKey();
            ChargeRules.Result result = ChargeRules.charge(e.getValue(), sources.pricingOf(householdId));
            List<Rebilling.Billable> bill = Rebilling.toBill(result.charges(), invoiced);
            Set<ChargeRules.SourceKey> billed = new HashSet<>();
            bill.forEach(b -> billed.add(b.charge().source().key()));
            boolean invoicedNow = Rebilling.total(bill) > 0;
            Household household = em.find(Household.class, householdId);
            String name = household == null ? "#" + householdId : household.getName();
            names.put(householdId, name);
            if (invoicedNow) {
                bills.add(new HouseholdBill(householdId, name, bill));
            }
            for (ChargeRules.Anomaly a : result.anomalies()) {
                boolean pending = switch (a.kind()) {
                    case NO_PRICE_GRID -> !invoiced.containsKey(new ChargeRules.SourceKey(householdId, a.sessionId(), a.childId()));
                    case MISSING_QUOTIENT -> invoicedNow;
                    case ATTENDANCE_NOT_MARKED -> invoicedNow
                            && billed.contains(new ChargeRules.SourceKey(householdId, a.sessionId(), a.childId()));
                };
                if (pending) {
                    anomalies.add(a);
                }
            }
        }
        bills.sort(Comparator.comparing(HouseholdBill::householdName, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(HouseholdBill::householdId));
        return new Preview(run, regie == null ? run.getRegieCode() : regie.getName(), List.copyOf(bills),
                List.copyOf(anomalies), names);
    }
}
