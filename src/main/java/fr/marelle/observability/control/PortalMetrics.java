package fr.marelle.observability.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The portal's application metrics, in MicroProfile Metrics' application registry (served by
 * {@code /metrics} in the Prometheus text format): HTTP latency per route, bookings and online
 * payments by outcome.
 *
 * <p>HTTP latency is kept in counters (requests, total time, cumulative buckets with an {@code le}
 * label that Prometheus' {@code histogram_quantile} reads) rather than in a MicroProfile Timer:
 * Payara 6.2025.10 writes a timer's quantiles and maximum in nanoseconds under a name ending in
 * {@code _seconds}, and interleaves the lines of its families, which strict parsers misread. Gauges read at scrape time live in {@link PortalGauges}, job runs in
 * {@link JobRuns}. Tag values are bounded sets (route templates, enum names), never raw input.
 */
@ApplicationScoped
public class PortalMetrics {

    /** Upper bounds of the latency buckets, in seconds. */
    static final List<Double> BUCKETS = List.of(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0);
    static final Metadata HTTP_COUNT = Metadata.builder().withName("marelle_http_requests")
            .withDescription("HTTP requests answered, per route template, method and status class").build();
    static final Metadata HTTP_TIME = Metadata.builder().withName("marelle_http_request_duration_microseconds")
            .withDescription("Time spent answering HTTP requests, in microseconds, per route template, method and status class")
            .build();
    static final Metadata HTTP_BUCKETS = Metadata.builder().withName("marelle_http_request_duration_seconds_bucket")
            .withDescription("HTTP requests answered within le seconds (cumulative buckets for histogram_quantile),"
                    + " per route template, method and status class").build();
    static final Metadata BOOKINGS = Metadata.builder().withName("marelle_bookings")
            .withDescription("Booking and cancelling requests by outcome (CONFIRMED, WAITING, REFUSED, ALREADY_BOOKED, CANCELLED)")
            .build();
    static final Metadata PAYMENTS = Metadata.builder().withName("marelle_payments")
            .withDescription("Online payment attempts settled, by outcome (PAID, REFUSED, ABANDONED, EXPIRED, ERROR)")
            .build();

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");

    @Inject
    MetricRegistry registry;

    /** One answered request; {@code route} is a template such as {@code /api/v1/children/{id}}. */
    public void request(String method, String route, int status, Duration took) {
        Tag[] tags = {new Tag("method", METHODS.contains(method) ? method : "other"), new Tag("route", route),
                new Tag("status", status / 100 + "xx")};
        registry.counter(HTTP_COUNT, tags).inc();
        long micros = took.toNanos() / 1000;
        registry.counter(HTTP_TIME, tags).inc(micros);
        double seconds = micros / 1_000_000.0;
        for (Double bound : BUCKETS) {
            if (seconds <= bound) {
                registry.counter(HTTP_BUCKETS, with(tags, new Tag("le", bound.toString()))).inc();
            }
        }
    }

    private static Tag[] with(Tag[] tags, Tag more) {
        Tag[] all = java.util.Arrays.copyOf(tags, tags.length + 1);
        all[tags.length] = more;
        return all;
    }

    public void booking(String outcome) {
        registry.counter(BOOKINGS, new Tag("outcome", outcome)).inc();
    }

    public void payment(String outcome) {
        registry.counter(PAYMENTS, new Tag("outcome", outcome)).inc();
    }
}
