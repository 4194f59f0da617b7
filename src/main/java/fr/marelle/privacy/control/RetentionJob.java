package fr.marelle.privacy.control;

import fr.marelle.platform.control.NativeQueries;
import fr.marelle.observability.control.JobRuns;
import fr.marelle.audit.control.AuditTrail;
import fr.marelle.notification.control.Outbox;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PortalLinks;
import fr.marelle.platform.control.SqlInstants;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the promises of the privacy notice, every night at 02:30 (Paris, by the portal's clock):
 * blanks closed household requests, registrations, school enrolment requests (and deletes their documents) and
 * closed room hires (and deletes their insurance certificates) after {@code requestsDays}; warns unused
 * parent accounts a year, two months and a week before they are erased after
 * {@code accountsMonths}; deletes sent mails and audit entries older than their period; blanks the
 * names in invoices, credit notes and payments {@code invoicesYears} after their financial year.
 * Every step is idempotent and each account is erased in its own transaction under its row lock,
 * so several nodes may run it at once. While the policy is held, it only counts.
 */
@ApplicationScoped
public class RetentionJob {

    static final LocalTime NIGHTLY = LocalTime.of(2, 30);
    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    /** What one run did (or, held, would have done). */
    public record Report(long id, OffsetDateTime startedAt, boolean held, int requestsAnonymised,
                         int registrationsAnonymised, int warningsSent, int accountsErased, int accountsKept,
                         int mailsPurged, int auditEntriesPurged, int invoicesAnonymised, int enrolmentsAnonymised,
                         int roomHiresAnonymised) {
    }

    /** A parent account idle since a given instant. */
    public record IdleAccount(long id, String email, String firstName, String language, OffsetDateTime idleSince) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RetentionSettings settings;

    @Inject
    AccountErasure erasure;

    @Inject
    Outbox outbox;

    @Inject
    PortalLinks links;

    @Inject
    AuditTrail audit;

    @Inject
    RetentionJob self;

    @Inject
    JobRuns runs;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    fr.marelle.platform.control.JobClaims claims;

    private ScheduledFuture<?> schedule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ClockProducer.PARIS));
        ZonedDateTime next = now.with(NIGHTLY).isAfter(now) ? now.with(NIGHTLY) : now.plusDays(1).with(NIGHTLY);
        schedule = executor.scheduleAtFixedRate(() -> {
            try {
                // every node schedules the night; the first to claim it runs it
                if (!claims.claim("retention", LocalDate.now(clock.withZone(ClockProducer.PARIS)).toString())) {
                    return;
                }
                Report report = self.run(null);
                runs.succeeded(JobRuns.RETENTION);
                LOG.info(() -> "Retention: " + report);
            } catch (RuntimeException e) {
                runs.failed(JobRuns.RETENTION);
                LOG.log(Level.WARNING, "Retention job failed: " + e.getMessage(), e);
            }
        }, Duration.between(now, next).toMinutes(), TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    /** One run now, by the portal's clock; {@code triggeredBy} is the administrator who asked, null for the night job. */
    public Report run(Long triggeredBy) {
        RetentionPolicy policy = settings.current();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int[] requests = self.anonymiseClosedRequests(policy, now);
        int[] accounts = idleAccounts(policy, now);
        int[] purged = self.purge(policy, now);
        int invoices = self.anonymiseOldInvoices(policy, now);
        int[] services = self.anonymiseClosedEnrolmentsAndHires(policy, now);
        return self.record(new Report(0, now, policy.held(), requests[0], requests[1], accounts[0], accounts[1],
                accounts[2], purged[0], purged[1], invoices, services[0], services[1]), triggeredBy);
    }

    /** Household requests and registrations closed for longer than the period lose their free text. */
    @Transactional
    public int[] anonymiseClosedRequests(RetentionPolicy policy, OffsetDateTime now) {
        OffsetDateTime cutoff = now.minusDays(policy.requestsDays());
        String requests = "select id from household_request where state in ('ACCEPTED', 'REFUSED') and decided_at < ?1"
                + " and anonymised_at is null";
        String registrations = "select id from registration where anonymised_at is null and"
                + " ((state in ('REFUSED', 'CLOSED') and decided_at < ?1) or (state = 'ACCEPTED' and valid_to < ?2))";
        LocalDate cutoffDay = cutoff.atZoneSameInstant(ClockProducer.PARIS).toLocalDate();
        if (policy.held()) {
            return new int[]{count("select count(*) from (" + requests + ") r", cutoff, null),
                    count("select count(*) from (" + registrations + ") r", cutoff, cutoffDay)};
        }
        update("update household_request_message set author_name = case when from_staff then author_name else ?2 end,"
                + " body = ?2 where request_id in (" + requests + ")", cutoff, PersonalTraces.ERASED);
        int r = update("update household_request set person_first_name = null, person_last_name = null, relation = null,"
                + " other_parent_name = null, other_parent_email = null, child_first_name = null, child_last_name = null,"
                + " child_birth_date = null, note = null, decision_message = null, proof = null, proof_type = null,"
                + " proof_size = null, anonymised_at = ?2, version = version + 1 where id in (" + requests + ")", cutoff, now);
        update("update registration_message set author_name = case when kind = 'FAMILY' then ?3 else author_name end,"
                + " text = ?3 where registration_id in (" + registrations + ")", cutoff, cutoffDay, PersonalTraces.ERASED);
        int g = update("update registration set anonymised_at = ?3 where id in (" + registrations + ")", cutoff, cutoffDay, now);
        return new int[]{r, g};
    }

    /**
     * School enrolment requests decided or withdrawn, and room hires refused, withdrawn or accepted and over with their
     * deposit settled, for longer than the period, lose their free text (the family's messages and names, the
     * dérogation's and refusal's reasons, a hire's purpose and deposit reason) and their files (the enrolment's
     * documents, the hire's insurance certificate). The decisions, schools, prices and invoices stay. A blanked hire is
     * known by its purpose (the erasure mark), a blanked enrolment by {@code anonymised_at}: a second run finds nothing.
     */
    @Transactional
    public int[] anonymiseClosedEnrolmentsAndHires(RetentionPolicy policy, OffsetDateTime now) {
        OffsetDateTime cutoff = now.minusDays(policy.requestsDays());
        String enrolments = "select id from school_enrolment where anonymised_at is null"
                + " and state in ('ACCEPTED', 'REFUSED', 'WITHDRAWN') and decided_at < ?1";
        String hires = "select id from room_hire where purpose <> ?2 and ((status in ('REFUSED', 'WITHDRAWN')"
                + " and coalesce(decided_at, created_at) < ?1) or (status = 'ACCEPTED' and ends_at < ?1"
                + " and deposit_status <> 'HELD'))";
        if (policy.held()) {
            return new int[]{count("select count(*) from (" + enrolments + ") e", cutoff, null),
                    count("select count(*) from (" + hires + ") h", cutoff, PersonalTraces.ERASED)};
        }
        update("delete from school_enrolment_document where enrolment_id in (" + enrolments + ")", cutoff);
        update("update school_enrolment_message set author_name = case when from_staff then author_name else ?2 end,"
                + " body = ?2 where enrolment_id in (" + enrolments + ")", cutoff, PersonalTraces.ERASED);
        int e = update("update school_enrolment set derogation_reason = case when derogation_reason is null then null else ?2 end,"
                + " refusal_reason = case when refusal_reason is null then null else ?2 end, anonymised_at = ?3,"
                + " version = version + 1 where id in (" + enrolments + ")", cutoff, PersonalTraces.ERASED, now);
        int h = update("update room_hire set purpose = ?2, refusal_reason = case when refusal_reason is null then null else ?2 end,"
                + " deposit_reason = case when deposit_reason is null then null else ?2 end, insurance_file = null,"
                + " version = version + 1 where id in (" + hires + ")", cutoff, PersonalTraces.ERASED);
        return new int[]{e, h};
    }

    /** Warnings sent, accounts erased, accounts kept although due (something to settle). */
    int[] idleAccounts(RetentionPolicy policy, OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(ClockProducer.PARIS).toLocalDate();
        int warned = 0;
        int erased = 0;
        int kept = 0;
        for (IdleAccount account : self.idleSince(now.minusMonths(policy.accountsMonths() - 12L))) {
            LocalDate idleSince = account.idleSince().atZoneSameInstant(ClockProducer.PARIS).toLocalDate();
            Map<IdleAccountRules.Stage, LocalDate> sent = self.warningsSent(account);
            var due = IdleAccountRules.warningDue(idleSince, policy.accountsMonths(), sent, today);
            if (due.isPresent()) {
                if (policy.held() || self.warn(account, due.get(), idleSince, policy.accountsMonths(), now)) {
                    warned++;
                }
                continue;
            }
            var erasable = IdleAccountRules.erasableFrom(idleSince, policy.accountsMonths(), sent);
            if (erasable.isEmpty() || today.isBefore(erasable.get())) {
                continue;
            }
            if (policy.held()) {
                erased++;
                continue;
            }
            try {
                erasure.erase(account.id(), AccountErasure.Reason.INACTIVITY);
                erased++;
            } catch (ErasureRefusedException e) {
                kept++;
                LOG.info(() -> "Retention: account " + account.id() + " is due for deletion but kept: " + e.getMessage());
            } catch (IllegalStateException e) {
                // erased meanwhile, by another node or by its holder
            }
        }
        return new int[]{warned, erased, kept};
    }

    /** Parent accounts (no staff role) whose last sign-in, activation, creation, token use and booking are all older than {@code before}. */
    @Transactional
    public List<IdleAccount> idleSince(OffsetDateTime before) {
        String lastActivity = "greatest(a.created_at, a.activated_at, a.last_login_at,"
                + " (select max(t.last_used_at) from api_token t where t.account_id = a.id),"
                + " (select max(b.requested_at) from booking b join guardian g on g.household_id = b.household_id"
                + " where g.account_id = a.id))";
        List<?> rows = em.createNativeQuery("select a.id, a.email, a.first_name, a.language, " + lastActivity
                        + " from account a where a.erased_at is null and not exists (select 1 from account_role r"
                        + " where r.account_id = a.id and r.role <> 'PARENT') and " + lastActivity + " < ?1 order by a.id")
                .setParameter(1, before).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new IdleAccount(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], (String) r[3], SqlInstants.paris(r[4]))).toList();
    }

    @Transactional
    public Map<IdleAccountRules.Stage, LocalDate> warningsSent(IdleAccount account) {
        Map<IdleAccountRules.Stage, LocalDate> sent = new EnumMap<>(IdleAccountRules.Stage.class);
        for (Object row : em.createNativeQuery("select stage, sent_at from retention_warning where account_id = ?1 and idle_since = ?2")
                .setParameter(1, account.id()).setParameter(2, account.idleSince()).getResultList()) {
            Object[] r = (Object[]) row;
            sent.put(IdleAccountRules.Stage.valueOf((String) r[0]),
                    SqlInstants.paris(r[1]).atZoneSameInstant(ClockProducer.PARIS).toLocalDate());
        }
        return sent;
    }

    /** Records and mails one warning; false when another run recorded it first. */
    @Transactional
    public boolean warn(IdleAccount account, IdleAccountRules.Stage stage, LocalDate idleSince, int months, OffsetDateTime now) {
        LocalDate deletion = IdleAccountRules.announcedDeletion(idleSince, months, stage,
                now.atZoneSameInstant(ClockProducer.PARIS).toLocalDate());
        int inserted = update("insert into retention_warning (account_id, stage, idle_since, sent_at, deletion_on)"
                + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing", account.id(), stage.name(), account.idleSince(), now, deletion);
        if (inserted == 0) {
            return false;
        }
        var locale = Messages.forLanguage(account.language());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("firstName", account.firstName());
        values.put("deletionDay", deletion.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)));
        values.put("link", links.to("/login.xhtml"));
        outbox.queue(account.email(), account.language(), "account-idle-warning", values);
        return true;
    }

    /** Sent or failed mails and audit entries older than their period. */
    @Transactional
    public int[] purge(RetentionPolicy policy, OffsetDateTime now) {
        String mails = "from outbox_mail where status <> 'PENDING' and created_at < ?1";
        String entries = "from audit_entry where at < ?1";
        OffsetDateTime mailsCutoff = now.minusMonths(policy.mailsMonths());
        OffsetDateTime logsCutoff = now.minusMonths(policy.logsMonths());
        if (policy.held()) {
            return new int[]{count("select count(*) " + mails, mailsCutoff, null), count("select count(*) " + entries, logsCutoff, null)};
        }
        return new int[]{update("delete " + mails, mailsCutoff), update("delete " + entries, logsCutoff)};
    }

    /**
     * Invoices of a financial year (the calendar year) that ended {@code invoicesYears} ago or more lose
     * the household's and children's names, and their credit notes and payments their free text; the
     * amounts, numbers and dates stay. The documents' immutability trigger lets only this transaction
     * update them.
     */
    @Transactional
    public int anonymiseOldInvoices(RetentionPolicy policy, OffsetDateTime now) {
        LocalDate before = LocalDate.of(now.atZoneSameInstant(ClockProducer.PARIS).getYear() - policy.invoicesYears(), 1, 1);
        String invoices = "select id from invoice where issued_on < ?1 and household_name <> ?2";
        if (policy.held()) {
            return ((Number) em.createNativeQuery("select count(*) from (" + invoices + ") i").setParameter(1, before)
                    .setParameter(2, PersonalTraces.ERASED).getSingleResult()).intValue();
        }
        em.createNativeQuery("select set_config('marelle.retention', 'anonymise', true)").getSingleResult();
        update("update invoice_line set child_name = ?2 where invoice_id in (select id from invoice where issued_on < ?1)"
                + " and child_name <> ?2", before, PersonalTraces.ERASED);
        update("update credit_note set reason = ?2 where invoice_id in (select id from invoice where issued_on < ?1)"
                + " and reason <> ?2", before, PersonalTraces.ERASED);
        update("update payment set cheque_number = case when cheque_number is null then null else ?2 end, bank = null,"
                + " note = null where received_on < ?1 and (bank is not null or note is not null or cheque_number <> ?2)",
                before, PersonalTraces.ERASED);
        update("update payment_attempt set payer_email = ?2 where created_at < ?3 and payer_email <> ?2", before,
                PersonalTraces.ERASED, before.atStartOfDay(ClockProducer.PARIS).toOffsetDateTime());
        int done = update("update invoice set household_name = ?2 where issued_on < ?1 and household_name <> ?2",
                before, PersonalTraces.ERASED);
        em.createNativeQuery("select set_config('marelle.retention', '', true)").getSingleResult();
        return done;
    }

    @Transactional
    public Report record(Report r, Long triggeredBy) {
        Number id = (Number) em.createNativeQuery("insert into retention_run (started_at, held, requests_anonymised,"
                        + " registrations_anonymised, warnings_sent, accounts_erased, accounts_kept, mails_purged,"
                        + " audit_entries_purged, invoices_anonymised, triggered_by, enrolments_anonymised, room_hires_anonymised)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) returning id")
                .setParameter(1, r.startedAt()).setParameter(2, r.held()).setParameter(3, r.requestsAnonymised())
                .setParameter(4, r.registrationsAnonymised()).setParameter(5, r.warningsSent())
                .setParameter(6, r.accountsErased()).setParameter(7, r.accountsKept()).setParameter(8, r.mailsPurged())
                .setParameter(9, r.auditEntriesPurged()).setParameter(10, r.invoicesAnonymised()).setParameter(11, triggeredBy)
                .setParameter(12, r.enrolmentsAnonymised()).setParameter(13, r.roomHiresAnonymised())
                .getSingleResult();
        if (triggeredBy != null || r.held() || r.requestsAnonymised() + r.registrationsAnonymised() + r.warningsSent()
                + r.accountsErased() + r.mailsPurged() + r.auditEntriesPurged() + r.invoicesAnonymised()
                + r.enrolmentsAnonymised() + r.roomHiresAnonymised() > 0) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("held", r.held());
            after.put("requestsAnonymised", r.requestsAnonymised());
            after.put("registrationsAnonymised", r.registrationsAnonymised());
            after.put("enrolmentsAnonymised", r.enrolmentsAnonymised());
            after.put("roomHiresAnonymised", r.roomHiresAnonymised());
            after.put("warningsSent", r.warningsSent());
            after.put("accountsErased", r.accountsErased());
            after.put("accountsKept", r.accountsKept());
            after.put("mailsPurged", r.mailsPurged());
            after.put("auditEntriesPurged", r.auditEntriesPurged());
            after.put("invoicesAnonymised", r.invoicesAnonymised());
            audit.record("RETENTION_RUN", "retention_run", id, null, after);
        }
        return new Report(id.longValue(), r.startedAt(), r.held(), r.requestsAnonymised(), r.registrationsAnonymised(),
                r.warningsSent(), r.accountsErased(), r.accountsKept(), r.mailsPurged(), r.auditEntriesPurged(),
                r.invoicesAnonymised(), r.enrolmentsAnonymised(), r.roomHiresAnonymised());
    }

    /** The latest runs, newest first. */
    public List<Report> latest(int limit) {
        List<?> rows = em.createNativeQuery("select id, started_at, held, requests_anonymised, registrations_anonymised,"
                + " warnings_sent, accounts_erased, accounts_kept, mails_purged, audit_entries_purged, invoices_anonymised,"
                + " enrolments_anonymised, room_hires_anonymised from retention_run"
                + " order by started_at desc, id desc limit ?1").setParameter(1, limit).getResultList();
        return rows.stream().map(x -> (Object[]) x).map(r -> new Report(((Number) r[0]).longValue(),
                SqlInstants.paris(r[1]), (Boolean) r[2], n(r[3]), n(r[4]), n(r[5]),
                n(r[6]), n(r[7]), n(r[8]), n(r[9]), n(r[10]), n(r[11]), n(r[12]))).toList();
    }

    private static int n(Object value) {
        return ((Number) value).intValue();
    }

    private int count(String sql, Object first, Object second) {
        var query = em.createNativeQuery(sql).setParameter(1, first);
        if (second != null) {
            query.setParameter(2, second);
        }
        return ((Number) query.getSingleResult()).intValue();
    }

    private int update(String sql, Object... parameters) {
        return NativeQueries.bound(em, sql, parameters).executeUpdate();
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
