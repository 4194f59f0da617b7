package fr.marelle.directdebit.control;

import fr.marelle.observability.control.JobRuns;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.JobClaims;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Direct debit's night, by the portal's clock (Paris): pending debits whose due date has come become payments in the
 * ledger (with receipts) and mandates unused for 36 months lapse. Once per night across nodes: from 01:00, the first node
 * to claim the day ({@code job_claim}) runs it; a day missed (every node down) is caught up by the next one, since both
 * steps take everything due by then. Idempotent: a debit is settled under its row lock, once.
 */
@ApplicationScoped
public class DirectDebitNightlyJob {

    static final String JOB = "direct-debit-night";
    /** The night's work starts at this Paris time; the job looks every TICK_SECONDS whether a new night has come. */
    static final LocalTime STARTS_AT = LocalTime.of(1, 0);
    static final long TICK_SECONDS = 20;

    private static final Logger LOG = Logger.getLogger(DirectDebitNightlyJob.class.getName());

    /** What one night did. */
    public record Night(LocalDate day, int settled, int lapsed) {
    }

    @Inject
    DebitRuns runs;

    @Inject
    SepaMandates mandates;

    @Inject
    JobClaims claims;

    @Inject
    JobRuns jobRuns;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService executor;

    /** The last day this node saw claimed (by itself or another): no database round trip until the next one. */
    private final AtomicReference<LocalDate> lastClaimed = new AtomicReference<>();

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        executor.scheduleWithFixedDelay(() -> {
            try {
                Night night = runIfDue();
                if (night != null) {
                    jobRuns.succeeded(JOB);
                    LOG.info(() -> "Direct-debit night " + night.day() + ": " + night.settled() + " debits settled, "
                            + night.lapsed() + " mandates lapsed");
                }
            } catch (RuntimeException e) {
                jobRuns.failed(JOB);
                LOG.log(Level.WARNING, "Direct-debit night failed: " + e.getMessage(), e);
            }
        }, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
    }

    /** Runs the night's work if its time has come by the portal's clock and no node has claimed it yet; null otherwise. */
    public Night runIfDue() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ClockProducer.PARIS));
        LocalDate day = now.toLocalDate();
        if (now.toLocalTime().isBefore(STARTS_AT) || day.equals(lastClaimed.get())) {
            return null;
        }
        boolean mine = claims.claim(JOB, day.toString());
        lastClaimed.set(day);
        if (!mine) {
            return null;
        }
        int settled = runs.settleDue();
        int lapsed = mandates.lapseDue();
        return new Night(day, settled, lapsed);
    }
}
