package fr.marelle.directdebit.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.billing.control.LedgerRules;
import fr.marelle.billing.control.PaymentLedger;
import fr.marelle.billing.entity.Payment;
import fr.marelle.billing.entity.PaymentKind;
import fr.marelle.billing.entity.PaymentMeans;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.identity.control.Acting;
import fr.marelle.planning.entity.Regie;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.SqlInstants;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Direct-debit runs of a régie (TREASURY.md §2.3–2.4): made for a due date that is a TARGET business day at least 14
 * days ahead (each family is mailed then, and its invoice says so), listing every unpaid invoice of a household with an active mandate;
 * the pain.008 file of the run; sending it (by D-1) makes its debits pending and moves the mandates on (RCUR, last
 * collection, amendment announced); the night of the due date the nightly job pays pending debits in the ledger. An invoice is in at most
 * one debit not rejected (a unique index), so runs made at the same time never debit it twice.
 */
@ApplicationScoped
public class DebitRuns {

    /** Days between the run and its due date, for the family's pre-notification (SEPA: 14 calendar days). */
    public static final int NOTICE_DAYS = 14;

    public record Run(long id, String regieCode, String regieName, LocalDate dueOn, String status, String messageId, int debits,
                      long totalCents, OffsetDateTime createdAt, OffsetDateTime sentAt, OffsetDateTime settledAt) {
    }

    public record Debit(long id, long invoiceId, String invoiceNumber, long householdId, String household, long mandateId, String rum,
                        LocalDate signedOn, long amountCents, String sequenceType, String holder, String iban, String bic,
                        String amendedFromIban, boolean amendedNewBank, String status, Long paymentId, String rejectCode) {
    }

    public record Detail(Run run, List<Debit> debits) {
    }

    /** A régie a run can be made for: it has a creditor with an account. */
    public record RegieChoice(String code, String name) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    SepaMandates mandates;

    @Inject
    SepaCreditor creditor;

    @Inject
    PaymentLedger ledger;

    @Inject
    DebitPreNotices preNotices;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** This bean through its proxy: each settlement in a transaction of its own. */
    @Inject
    DebitRuns self;

    @Transactional
    public Run create(long actorId, String regieCode, LocalDate dueOn) {
        acting.requireFinanceStaff();
        List<Violation> v = new ArrayList<>();
        boolean knownRegie = regieCode != null && em.find(Regie.class, regieCode) != null;
        if (!knownRegie) {
            v.add(Violation.of("regieCode", "directDebit.run.unknownRegie", String.valueOf(regieCode)));
        }
        LocalDate today = today();
        if (dueOn == null) {
            v.add(Violation.of("dueOn", "directDebit.run.dueOnRequired"));
        } else if (!TargetCalendar.isBusinessDay(dueOn)) {
            v.add(Violation.of("dueOn", "directDebit.run.notBusinessDay", DAY.format(dueOn),
                    DAY.format(TargetCalendar.onOrAfter(dueOn))));
        } else if (dueOn.isBefore(today.plusDays(NOTICE_DAYS))) {
            v.add(Violation.of("dueOn", "directDebit.run.tooSoon", NOTICE_DAYS,
                    DAY.format(TargetCalendar.onOrAfter(today.plusDays(NOTICE_DAYS)))));
        }
        Pain008Writer.Creditor account = knownRegie ? creditorAccount(regieCode) : null;
        if (knownRegie && account == null) {
            v.add(Violation.of("regieCode", "directDebit.run.noCreditor"));
        }
        RuleViolationException.throwIfAny(v);
        mandates.lapseDue();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = ((Number) em.createNativeQuery("insert into direct_debit_run (regie_code, due_on, status, message_id, created_by, created_at)"
                        + " values (?1, ?2, 'DRAFT', 'MARELLE-SDD-' || nextval('direct_debit_run_id_seq'), ?3, ?4) returning id")
                .setParameter(1, regieCode).setParameter(2, dueOn).setParameter(3, actorId).setParameter(4, now)
                .getSingleResult()).longValue();
        em.createNativeQuery("update direct_debit_run set message_id = 'MARELLE-SDD-' || id where id = ?1").setParameter(1, id).executeUpdate();
        // what remains of each unpaid invoice of a household with an active mandate signed for the régie's ICS; an invoice already in a live debit
        // (this or another run, even one being made now) is left out by the unique index
        em.createNativeQuery("insert into direct_debit (run_id, invoice_id, mandate_id, household_id, amount_cents, sequence_type,"
                        + " holder, iban, bic, amended_from_iban, amended_new_bank, status)"
                        + " select ?1, i.id, m.id, i.household_id, r.remaining, m.next_sequence, m.holder, m.iban, m.bic,"
                        + " m.amended_from_iban, m.amended_new_bank, 'PLANNED'"
                        + " from invoice i join sepa_mandate m on m.household_id = i.household_id and m.status = 'ACTIVE'"
                        + " and m.creditor_ics = ?3"
                        + " cross join lateral (select i.total_cents"
                        + "   - coalesce((select sum(c.total_cents) from credit_note c where c.invoice_id = i.id), 0)"
                        + "   - coalesce((select sum(a.amount_cents) from payment_allocation a where a.invoice_id = i.id), 0) as remaining) r"
                        + " where i.regie_code = ?2 and r.remaining > 0"
                        + " and not exists (select 1 from invoice_treasury_transfer t where t.invoice_id = i.id)"
                        + " order by i.id"
                        + " on conflict (invoice_id) where status <> 'REJECTED' do nothing")
                .setParameter(1, id).setParameter(2, regieCode).setParameter(3, account.ics()).executeUpdate();
        // one FRST per mandate in a file: the mandate's other invoices go as RCUR (allowed since the 2016 rulebook)
        em.createNativeQuery("update direct_debit d set sequence_type = 'RCUR' where d.run_id = ?1 and d.sequence_type = 'FRST'"
                + " and exists (select 1 from direct_debit o where o.run_id = d.run_id and o.mandate_id = d.mandate_id and o.id < d.id)")
                .setParameter(1, id).executeUpdate();
        Run run = run(id);
        audit.record("directDebit.run.created", "directDebitRun", id, null, auditView(run));
        preNotices.notify(run, account, debits(id));
        return run;
    }

    public List<Run> all() {
        acting.requireFinanceStaff();
        List<Run> runs = new ArrayList<>();
        for (Object id : em.createNativeQuery("select id from direct_debit_run order by due_on desc, id desc limit 200").getResultList()) {
            runs.add(run(((Number) id).longValue()));
        }
        return runs;
    }

    public Detail get(long runId) {
        acting.requireFinanceStaff();
        return new Detail(run(runId), debits(runId));
    }

    /** The régies whose creditor and account are set, by name. */
    public List<RegieChoice> regies() {
        acting.requireFinanceStaff();
        List<RegieChoice> regies = new ArrayList<>();
        for (Object row : em.createNativeQuery("select r.code, r.name from regie r join treasury_sepa_creditor c on c.regie_code = r.code"
                + " where c.iban is not null order by r.name").getResultList()) {
            Object[] r = (Object[]) row;
            regies.add(new RegieChoice((String) r[0], (String) r[1]));
        }
        return regies;
    }

    /** The first day a run made today may be due on: a TARGET business day at least 14 days ahead. */
    public LocalDate earliestDueOn() {
        return TargetCalendar.onOrAfter(today().plusDays(NOTICE_DAYS));
    }

    /** The run's pain.008.001.02, the debits not rejected, one PmtInf per sequence type. */
    public byte[] pain008(long runId) {
        Detail d = get(runId);
        return Pain008Writer.write(file(d), Pain008Writer.Version.V02);
    }

    static Pain008Writer.DebitFile file(Detail d, Pain008Writer.Creditor creditor, LocalDateTime createdAt) {
        Map<String, List<Pain008Writer.Debit>> bySequence = new LinkedHashMap<>();
        for (String seq : List.of("FRST", "RCUR", "OOFF", "FNAL")) {
            List<Pain008Writer.Debit> debits = d.debits().stream().filter(x -> seq.equals(x.sequenceType()) && !"REJECTED".equals(x.status()))
                    .map(x -> new Pain008Writer.Debit(x.invoiceNumber(), x.amountCents(), x.rum(), x.signedOn(), x.amendedFromIban(),
                            x.amendedNewBank(), x.holder(), x.iban(), x.bic(), "FACTURE " + x.invoiceNumber() + " " + d.run().regieName()))
                    .toList();
            if (!debits.isEmpty()) {
                bySequence.put(seq, debits);
            }
        }
        List<Pain008Writer.Batch> batches = new ArrayList<>();
        bySequence.forEach((seq, debits) -> batches.add(new Pain008Writer.Batch(d.run().messageId() + "-" + seq, seq, d.run().dueOn(), debits)));
        return new Pain008Writer.DebitFile(d.run().messageId(), createdAt, creditor, batches);
    }

    private Pain008Writer.DebitFile file(Detail d) {
        Pain008Writer.Creditor c = creditorAccount(d.run().regieCode());
        if (c == null) {
            throw RuleViolationException.of("regieCode", "directDebit.run.noCreditor");
        }
        if (d.debits().stream().allMatch(x -> "REJECTED".equals(x.status()))) {
            throw RuleViolationException.of("id", "directDebit.run.empty");
        }
        return file(d, c, d.run().createdAt().atZoneSameInstant(ClockProducer.PARIS).toLocalDateTime());
    }

    /**
     * The file is sent to the bank: by D-1 (the business day before the due date, by the portal's clock), its debits
     * become pending and each mandate moves on (next debit RCUR, last collection on the due date, amendment told).
     */
    @Transactional
    public Run send(long actorId, long runId) {
        acting.requireFinanceStaff();
        Run before = run(runId);
        if (!"DRAFT".equals(before.status())) {
            throw RuleViolationException.of("id", "directDebit.run.alreadySent");
        }
        if (before.debits() == 0) {
            throw RuleViolationException.of("id", "directDebit.run.empty");
        }
        if (TargetCalendar.previousBusinessDay(before.dueOn()).isBefore(today())) {
            throw RuleViolationException.of("id", "directDebit.run.tooLate", DAY.format(TargetCalendar.previousBusinessDay(before.dueOn())));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        em.createNativeQuery("update direct_debit_run set status = 'SENT', sent_by = ?2, sent_at = ?3 where id = ?1 and status = 'DRAFT'")
                .setParameter(1, runId).setParameter(2, actorId).setParameter(3, now).executeUpdate();
        em.createNativeQuery("update direct_debit set status = 'PENDING' where run_id = ?1 and status = 'PLANNED'")
                .setParameter(1, runId).executeUpdate();
        em.createNativeQuery("update sepa_mandate m set next_sequence = 'RCUR', last_collection_on = ?2, amended_from_iban = null,"
                        + " amended_new_bank = false, version = version + 1 where m.id in (select mandate_id from direct_debit where run_id = ?1)")
                .setParameter(1, runId).setParameter(2, before.dueOn()).executeUpdate();
        em.flush();
        em.clear();
        Run after = run(runId);
        audit.record("directDebit.run.sent", "directDebitRun", runId, auditView(before), auditView(after));
        return after;
    }

    /**
     * Called by the nightly job ({@link DirectDebitNightlyJob}). Pending debits whose due date has come are paid: one payment each in the ledger (a receipt for the family), put on
     * its invoice for what still remains of it (the rest, if the family paid meanwhile, stays as credit). Returns how many.
     */
    public int settleDue() {
        LocalDate today = today();
        List<Long> due = self.pendingDueBy(today);
        for (long id : due) {
            self.settle(id);
        }
        self.closeSettledRuns(today);
        return due.size();
    }

    /** The pending debits of sent runs due by that day (in a transaction: the job's thread has no other). */
    @Transactional
    public List<Long> pendingDueBy(LocalDate day) {
        return em.createNativeQuery("select d.id from direct_debit d join direct_debit_run r on r.id = d.run_id"
                        + " where d.status = 'PENDING' and r.status = 'SENT' and r.due_on <= ?1 order by d.id")
                .setParameter(1, day).getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Runs sent whose due date has come and that have no pending debit left are settled. */
    @Transactional
    public void closeSettledRuns(LocalDate today) {
        em.createNativeQuery("update direct_debit_run r set status = 'SETTLED', settled_at = ?2 where r.status = 'SENT' and r.due_on <= ?1"
                        + " and not exists (select 1 from direct_debit d where d.run_id = r.id and d.status = 'PENDING')")
                .setParameter(1, today).setParameter(2, OffsetDateTime.now(clock)).executeUpdate();
    }

    @Transactional
    public void settle(long debitId) {
        Object[] d = (Object[]) em.createNativeQuery("select d.household_id, r.regie_code, d.amount_cents, r.due_on, d.invoice_id, d.status,"
                        + " m.rum, r.message_id, d.mandate_id from direct_debit d join direct_debit_run r on r.id = d.run_id"
                        + " join sepa_mandate m on m.id = d.mandate_id where d.id = ?1 for update of d")
                .setParameter(1, debitId).getSingleResult();
        if (!"PENDING".equals(d[5])) {
            return;
        }
        long amount = ((Number) d[2]).longValue();
        Payment payment = ledger.receiveOnline(new Payment.Facts(((Number) d[0]).longValue(), (String) d[1], PaymentKind.PAYMENT,
                PaymentMeans.DIRECT_DEBIT, amount, day(d[3]), null, null, (String) d[6], null, null, (String) d[7]),
                List.of(new LedgerRules.Allocation(((Number) d[4]).longValue(), amount)));
        em.createNativeQuery("update direct_debit set status = 'PAID', payment_id = ?2 where id = ?1")
                .setParameter(1, debitId).setParameter(2, payment.getId()).executeUpdate();
        em.createNativeQuery("update sepa_mandate set rejects_in_a_row = 0 where id = ?1").setParameter(1, d[8]).executeUpdate();
        audit.record("directDebit.debit.paid", "directDebit", debitId, Map.of("status", "PENDING"),
                Map.of("status", "PAID", "payment", payment.getNumber()));
    }

    /** The day the invoice will be debited, when it is in a debit not rejected and not yet paid. */
    public java.util.Optional<LocalDate> debitDayOf(long invoiceId) {
        List<?> rows = em.createNativeQuery("select r.due_on from direct_debit d join direct_debit_run r on r.id = d.run_id"
                + " where d.invoice_id = ?1 and d.status in ('PLANNED', 'PENDING')").setParameter(1, invoiceId).getResultList();
        return rows.stream().findFirst().map(DebitRuns::day);
    }

    Run run(long id) {
        List<?> rows = em.createNativeQuery("select r.id, r.regie_code, g.name, r.due_on, r.status, r.message_id,"
                        + " (select count(*) from direct_debit d where d.run_id = r.id and d.status <> 'REJECTED'),"
                        + " (select coalesce(sum(amount_cents), 0) from direct_debit d where d.run_id = r.id and d.status <> 'REJECTED'),"
                        + " r.created_at, r.sent_at, r.settled_at from direct_debit_run r join regie g on g.code = r.regie_code where r.id = ?1")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new UnknownRecordException("direct-debit run", id);
        }
        Object[] r = (Object[]) rows.get(0);
        return new Run(((Number) r[0]).longValue(), (String) r[1], (String) r[2], day(r[3]), (String) r[4], (String) r[5],
                ((Number) r[6]).intValue(), ((Number) r[7]).longValue(), SqlInstants.paris(r[8]), SqlInstants.paris(r[9]),
                SqlInstants.paris(r[10]));
    }

    List<Debit> debits(long runId) {
        List<Debit> debits = new ArrayList<>();
        for (Object row : em.createNativeQuery("select d.id, d.invoice_id, i.number, d.household_id, i.household_name, d.mandate_id, m.rum,"
                        + " m.signed_on, d.amount_cents, d.sequence_type, d.holder, d.iban, d.bic, d.amended_from_iban, d.amended_new_bank,"
                        + " d.status, d.payment_id, d.reject_code from direct_debit d join invoice i on i.id = d.invoice_id"
                        + " join sepa_mandate m on m.id = d.mandate_id where d.run_id = ?1 order by i.number")
                .setParameter(1, runId).getResultList()) {
            Object[] r = (Object[]) row;
            debits.add(new Debit(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], ((Number) r[3]).longValue(),
                    (String) r[4], ((Number) r[5]).longValue(), (String) r[6], day(r[7]), ((Number) r[8]).longValue(),
                    (String) r[9], (String) r[10], (String) r[11], (String) r[12], (String) r[13], Boolean.TRUE.equals(r[14]),
                    (String) r[15], r[16] == null ? null : ((Number) r[16]).longValue(), (String) r[17]));
        }
        return debits;
    }

    /** The régie's creditor in the treasury settings: the account the debits are paid into, with its ICS (null: not set). */
    Pain008Writer.Creditor creditorAccount(String regieCode) {
        return creditor.ofRegie(regieCode).filter(c -> c.iban() != null).map(c -> {
            SepaCreditor.Town town = creditor.town(c);
            return new Pain008Writer.Creditor(town.name(), c.iban(), c.bic(), town.ics());
        }).orElse(null);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ClockProducer.PARIS));
    }

    private static Map<String, Object> auditView(Run run) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("regie", run.regieCode());
        view.put("dueOn", run.dueOn());
        view.put("status", run.status());
        view.put("debits", run.debits());
        view.put("totalCents", run.totalCents());
        return view;
    }

    /** A date column of a native query (java.sql.Date or LocalDate, depending on the driver's path). */
    static LocalDate day(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof LocalDate d) {
            return d;
        }
        if (column instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(column.toString().substring(0, 10));
    }

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
}
