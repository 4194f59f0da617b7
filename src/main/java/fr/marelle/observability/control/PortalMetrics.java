package fr.marelle.observability.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Duration;
import java.util.Set;

/**
 * The portal's application metrics, in MicroProfile Metrics' application registry (served by
 * {@code /metrics} in the Prometheus text format): HTTP latency per route, bookings and online
 * payments by outcome. Gauges read at scrape time live in {@link PortalGauges}, job runs in
 * {@link JobRuns}. Tag values are bounded sets (route templates, enum names), never raw input.
 */
@ApplicationScoped
public class PortalMetrics {

    static final Metadata HTTP = Metadata.builder().withName("marelle_http_requests")
            .withDescription("Time to answer an HTTP request, per route template, method and status class")
            .withUnit(MetricUnits.SECONDS).build();
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
        registry.timer(HTTP, new Tag("method", METHODS.contains(method) ? method : "other"), new Tag("route", route), new Tag("status", status / 100 + "xx"))
                .update(took);
    }

    public void booking(String outcome) {
        registry.counter(BOOKINGS, new Tag("outcome", outcome)).inc();
    }

    public void payment(String outcome) {
        registry.counter(PAYMENTS, new Tag("outcome", outcome)).inc();
    }
}
