package fr.marelle.notification.control;

import fr.marelle.observability.control.JobRuns;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends queued mails: every few seconds, and within half a second after a transaction that
 * queued one commits. The commit only raises a flag that the job's own ticks read: a task
 * submitted from a request would share the request's persistence context bookkeeping, which
 * Payara then closes twice. Ticks never overlap; across nodes the claims of
 * {@link MailDelivery} keep each mail to one sender.
 */
@ApplicationScoped
public class MailSenderJob {

    private static final Logger LOG = Logger.getLogger(MailSenderJob.class.getName());
    private static final int BATCH = 50;
    private static final long TICK_MILLIS = 500;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    MailDelivery delivery;

    @Inject
    JobRuns runs;

    @Inject
    @ConfigProperty(name = "marelle.mail.poll-seconds", defaultValue = "10")
    int pollSeconds;

    private final AtomicBoolean wanted = new AtomicBoolean(true);
    private volatile long nextPoll;
    private ScheduledFuture<?> schedule;

    public void start() {
        schedule = executor.scheduleWithFixedDelay(this::tick, 1000, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    void wakeUp(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.MailQueued queued) {
        wanted.set(true);
    }

    void tick() {
        long now = System.nanoTime();
        if (!wanted.getAndSet(false) && now < nextPoll) {
            return;
        }
        nextPoll = now + TimeUnit.SECONDS.toNanos(pollSeconds);
        try {
            delivery.releaseAbandoned();
            for (int i = 0; i < BATCH && delivery.deliverNext(); i++) {
                // one mail per transaction
            }
            runs.succeeded(JobRuns.MAIL_SENDER);
        } catch (RuntimeException e) {
            runs.failed(JobRuns.MAIL_SENDER);
            LOG.log(Level.WARNING, "Mail sender run failed: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
