package fr.marelle.observability.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs of the background jobs (mail sender, payment poller, identity housekeeping, invoice
 * reminders, the nightly retention run): how many
 * succeeded or failed, and when the last one succeeded (seconds since 1970 on the portal's clock;
 * 0 until one has), so that an alert can say "no mail sent for 10 minutes".
 */
@ApplicationScoped
public class JobRuns {

    public static final String MAIL_SENDER = "mail-sender";
    public static final String PAYMENT_POLLER = "payment-poller";
    public static final String IDENTITY_HOUSEKEEPING = "identity-housekeeping";
    public static final String RETENTION = "retention";
    public static final String INVOICE_REMINDERS = "invoice-reminders";

    static final Metadata RUNS = Metadata.builder().withName("marelle_job_runs")
            .withDescription("Runs of a background job by outcome (success, failure)").build();
    static final Metadata LAST_SUCCESS = Metadata.builder().withName("marelle_job_last_success")
            .withDescription("When a background job last succeeded, in seconds since 1970 (0: not yet)")
            .withUnit(MetricUnits.SECONDS).build();

    @Inject
    MetricRegistry registry;

    @Inject
    Clock clock;

    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

    public void succeeded(String job) {
        registry.counter(RUNS, new Tag("job", job), new Tag("outcome", "success")).inc();
        last(job).set(clock.instant().getEpochSecond());
    }

    public void failed(String job) {
        registry.counter(RUNS, new Tag("job", job), new Tag("outcome", "failure")).inc();
        last(job);
    }

    private AtomicLong last(String job) {
        return lastSuccess.computeIfAbsent(job, name -> {
            AtomicLong value = new AtomicLong();
            registry.gauge(LAST_SUCCESS, value, AtomicLong::get, new Tag("job", name));
            return value;
        });
    }
}
