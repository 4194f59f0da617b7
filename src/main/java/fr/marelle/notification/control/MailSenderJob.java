package fr.marelle.notification.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
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
 * Sends queued mails: every few seconds, and right after a transaction that queued one commits.
 * Runs are never concurrent on one node; across nodes the row locks of {@link MailDelivery} keep
 * each mail to one sender.
 */
@ApplicationScoped
public class MailSenderJob {

    private static final Logger LOG = Logger.getLogger(MailSenderJob.class.getName());
    private static final int BATCH = 50;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    MailDelivery delivery;

    @Inject
    @ConfigProperty(name = "marelle.mail.poll-seconds", defaultValue = "10")
    int pollSeconds;

    private final AtomicBoolean running = new AtomicBoolean();
    /** Set when a wake-up comes while a run is going on, so that run looks again before it ends. */
    private final AtomicBoolean again = new AtomicBoolean();
    private ScheduledFuture<?> schedule;

    public void start() {
        schedule = executor.scheduleWithFixedDelay(this::run, 2, pollSeconds, TimeUnit.SECONDS);
    }

    void wakeUp(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.MailQueued queued) {
        executor.execute(this::run);
    }

    void run() {
        again.set(true);
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (again.getAndSet(false)) {
                for (int i = 0; i < BATCH && delivery.deliverNext(); i++) {
                    // one mail per transaction
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail sender run failed: " + e.getMessage(), e);
        } finally {
            running.set(false);
        }
        if (again.get()) {
            run(); // a wake-up came in between the last look and the release
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
