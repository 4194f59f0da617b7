package fr.marelle.payment.control;

import fr.marelle.observability.control.JobRuns;
import fr.marelle.payment.entity.PaymentAttempt;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Notifications are not guaranteed: every few seconds, each attempt still waiting is checked with
 * the provider until it is settled or given up. Several nodes may poll the same attempt; the
 * attempt's row lock makes the second one change nothing.
 */
@ApplicationScoped
public class PaymentPoller {

    private static final Logger LOG = Logger.getLogger(PaymentPoller.class.getName());
    private static final int BATCH = 100;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    AttemptStore store;

    @Inject
    OnlinePayments payments;

    @Inject
    JobRuns runs;

    @Inject
    @ConfigProperty(name = "marelle.payment.poll-seconds", defaultValue = "60")
    int pollSeconds;

    private ScheduledFuture<?> schedule;

    public void start() {
        schedule = executor.scheduleWithFixedDelay(this::tick, pollSeconds, Math.max(1, pollSeconds), TimeUnit.SECONDS);
    }

    void tick() {
        try {
            for (PaymentAttempt attempt : store.waiting(BATCH)) {
                payments.poll(attempt);
            }
            runs.succeeded(JobRuns.PAYMENT_POLLER);
        } catch (RuntimeException e) {
            runs.failed(JobRuns.PAYMENT_POLLER);
            LOG.log(Level.WARNING, "Payment poller run failed: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
