package fr.marelle.identity.control;

import fr.marelle.observability.control.JobRuns;
import fr.marelle.platform.control.RequestThrottle;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forgets what identity no longer needs: failed-login counters a day after the last failure
 * (once no lock is running), request throttle windows long over, and one-time tokens a month
 * after they expired or were used.
 * Deleting is idempotent, so several nodes may run it at once.
 */
@ApplicationScoped
public class IdentityHousekeeping {

    static final Duration FAILURES_KEPT = Duration.ofDays(1);
    static final Duration TOKENS_KEPT = Duration.ofDays(30);
    private static final Logger LOG = Logger.getLogger(IdentityHousekeeping.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RequestThrottle throttle;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    IdentityHousekeeping self;

    @Inject
    JobRuns runs;

    private ScheduledFuture<?> schedule;

    public void start() {
        schedule = executor.scheduleWithFixedDelay(() -> {
            try {
                self.run();
                runs.succeeded(JobRuns.IDENTITY_HOUSEKEEPING);
            } catch (RuntimeException e) {
                runs.failed(JobRuns.IDENTITY_HOUSEKEEPING);
                LOG.log(Level.WARNING, "Identity housekeeping failed: " + e.getMessage(), e);
            }
        }, 1, 6 * 60, TimeUnit.MINUTES);
    }

    @Transactional
    public void run() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int throttles = em.createNativeQuery("delete from login_throttle where last_failure_at < ?1"
                        + " and (locked_until is null or locked_until < ?2)")
                .setParameter(1, now.minus(FAILURES_KEPT)).setParameter(2, now).executeUpdate();
        int tokens = em.createNativeQuery("delete from account_token where expires_at < ?1 or used_at < ?1")
                .setParameter(1, now.minus(TOKENS_KEPT)).executeUpdate();
        int windows = throttle.purge();
        if (throttles + tokens + windows > 0) {
            LOG.info(() -> "Identity housekeeping: " + throttles + " failed-login counter(s), " + windows
                    + " throttle window(s), " + tokens + " token(s) removed");
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
