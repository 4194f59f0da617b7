package fr.marelle.billing.control;

import fr.marelle.observability.control.JobRuns;
import fr.marelle.billing.entity.Invoice;
import fr.marelle.family.entity.Household;
import fr.marelle.platform.control.Settings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reminds billing contacts of unpaid invoices (first and second reminder, see {@link ReminderRules}),
 * every few hours; each reminder is recorded with its date. Recording and mailing happen in one
 * transaction, and the record's primary key makes a second node's attempt change nothing.
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    FinanceAccess finance;

    @Inject
    Invoices invoices;

    @Inject
    BillingMails mails;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Reminders self;

    @Inject
    JobRuns runs;

    private ScheduledFuture<?> schedule;

    /** Starts with the application, after the start-up sequence had time to migrate the schema. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        schedule = executor.scheduleWithFixedDelay(() -> {
            try {
                int sent = self.sendDue().size();
                runs.succeeded(JobRuns.INVOICE_REMINDERS);
                if (sent > 0) {
                    LOG.info(() -> "Invoice reminders sent: " + sent);
                }
            } catch (RuntimeException e) {
                runs.failed(JobRuns.INVOICE_REMINDERS);
                LOG.log(Level.WARNING, "Invoice reminders failed: " + e.getMessage(), e);
            }
        }, 10, 4 * 60, TimeUnit.MINUTES);
    }

    /** A reminder sent: which invoice, to which household, first (1) or second (2), what remained to pay. */
    public record Sent(long invoiceId, String number, String householdName, int level, long remainingCents) {
    }

    /** Finance staff send the reminders due today now, without waiting for the job. */
    public List<Sent> sendDueNow(long actorId) {
        finance.require(actorId);
        return self.sendDue();
    }

    /** Sends the reminders due today; those sent, in invoice order. */
    @Transactional
    public List<Sent> sendDue() {
        LocalDate today = LocalDate.now(clock);
        int first = days(ReminderRules.FIRST_DAYS, ReminderRules.DEFAULT_FIRST_DAYS);
        int second = days(ReminderRules.SECOND_DAYS, ReminderRules.DEFAULT_SECOND_DAYS);
        List<Invoice> candidates = em.createQuery("select i from Invoice i where i.dueOn < :d and not exists"
                        + " (select t from TreasuryTransfer t where t.invoiceId = i.id) order by i.id", Invoice.class)
                .setParameter("d", today.minusDays(first - 1L)).getResultList();
        Map<Long, LocalDate> firstSent = new HashMap<>();
        Map<Long, Boolean> secondSent = new HashMap<>();
        for (Object row : em.createNativeQuery("select invoice_id, level, sent_on from invoice_reminder").getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            if (((Number) r[1]).intValue() == 1) {
                firstSent.put(id, ChargeSources.date(r[2]));
            } else {
                secondSent.put(id, true);
            }
        }
        List<Sent> sent = new ArrayList<>();
        for (Invoice invoice : candidates) {
            Invoices.Summary s = invoices.summaryOf(invoice.getId());
            var level = ReminderRules.due(s.status(), invoice.getDueOn(), firstSent.get(invoice.getId()),
                    secondSent.getOrDefault(invoice.getId(), false), first, second, today);
            if (level.isEmpty()) {
                continue;
            }
            int inserted = em.createNativeQuery("insert into invoice_reminder (invoice_id, level, sent_on, sent_at)"
                            + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                    .setParameter(1, invoice.getId()).setParameter(2, level.get()).setParameter(3, today)
                    .setParameter(4, OffsetDateTime.now(clock)).executeUpdate();
            if (inserted > 0) {
                mails.reminder(invoice, em.find(Household.class, invoice.getHouseholdId()), level.get(), s.remainingCents());
                sent.add(new Sent(invoice.getId(), invoice.getNumber(), invoice.getHouseholdName(), level.get(),
                        s.remainingCents()));
            }
        }
        return sent;
    }

    private int days(String setting, int fallback) {
        return settings.get(setting).map(String::strip).filter(v -> v.matches("\\d{1,3}")).map(Integer::parseInt)
                .orElse(fallback);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
