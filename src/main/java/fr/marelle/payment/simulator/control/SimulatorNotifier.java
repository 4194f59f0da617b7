package fr.marelle.payment.simulator.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the simulator's notifications when they are due: like PayFiP, a POST to urlnotif with only
 * {@code idOp} in a form body, once. The payment page only writes when the notification is due
 * (never a task submitted from a request: Payara would close the request's persistence context
 * twice); this job's ticks send it, one node per notification thanks to the row lock.
 */
@ApplicationScoped
public class SimulatorNotifier {

    private static final Logger LOG = Logger.getLogger(SimulatorNotifier.class.getName());
    private static final long TICK_MILLIS = 250;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    PayfipSimulator simulator;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private ScheduledFuture<?> schedule;

    public void start() {
        schedule = executor.scheduleWithFixedDelay(this::tick, 1000, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    void tick() {
        try {
            for (int i = 0; i < 20; i++) {
                Optional<PayfipSimulator.DueNotification> due = simulator.claimDueNotification();
                if (due.isEmpty()) {
                    return;
                }
                simulator.notified(due.get().idOp(), send(due.get()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "PayFiP simulator notifications failed: " + e.getMessage(), e);
        }
    }

    private String send(PayfipSimulator.DueNotification due) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(due.urlnotif()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(due.idOp())))
                    .build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return "HTTP " + status;
        } catch (IOException | IllegalArgumentException e) {
            LOG.info(() -> "PayFiP simulator could not notify " + due.urlnotif() + ": " + e);
            return "failed: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The notification's form body: PayFiP sends only the operation id, named {@code idOp}. */
    static String form(String idOp) {
        return "idOp=" + URLEncoder.encode(idOp, StandardCharsets.UTF_8);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
