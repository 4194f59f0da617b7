package fr.marelle.maintenance.control;

import fr.marelle.platform.control.ClockProducer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a maintenance window means at a given moment: nothing yet, a banner (from N days before the
 * start, counted in Paris days), or the window itself; and, during the window, which requests still go
 * through. Pure: the caller gives the window, the portal's clock, the path and whether staff asks.
 */
public final class MaintenanceRule {

    public enum Phase { NONE, ANNOUNCED, ONGOING }

    /** How a request is answered. */
    public enum Answer { PASS, MAINTENANCE_PAGE, MAINTENANCE_PROBLEM }

    /** The window as the rule sees it: [start, end), the banner from {@code announceDays} days before the start. */
    public record Window(Instant start, Instant end, int announceDays) {
    }

    /**
     * Paths that stay open to everybody during the window: staff must be able to sign in (and reset a
     * forgotten password), load balancers probe health, the payment provider's notifications must be
     * received (money must not be lost), the page's static resources load, anyone may ask until when.
     * The PayFiP simulator stands for the provider, which is not the portal.
     */
    /** Sign-in, money coming in, health, and the legal pages a public service must always show. */
    private static final List<String> OPEN_PATHS = List.of("/login.xhtml", "/password-forgotten.xhtml",
            "/password-reset.xhtml", "/api/v1/payments/notifications", "/api/v1/maintenance", "/favicon.ico", "/health",
            "/legal-notice.xhtml", "/privacy.xhtml", "/cookies.xhtml", "/accessibility.xhtml", "/contact.xhtml",
            "/terms.xhtml", "/api/v1/legal");
    private static final List<String> OPEN_PREFIXES = List.of("/jakarta.faces.resource/", "/resources/", "/health/",
            "/simulateur-payfip/");

    private MaintenanceRule() {
    }

    public static Phase phase(Optional<Window> window, Clock clock) {
        if (window.isEmpty()) {
            return Phase.NONE;
        }
        Window w = window.get();
        Instant now = clock.instant();
        if (!now.isBefore(w.end())) {
            return Phase.NONE;
        }
        if (!now.isBefore(w.start())) {
            return Phase.ONGOING;
        }
        Instant bannerFrom = w.start().atZone(ClockProducer.PARIS).minusDays(w.announceDays()).toInstant();
        return now.isBefore(bannerFrom) ? Phase.NONE : Phase.ANNOUNCED;
    }

    /** Seconds until the end of the window, rounded up, at least 1 (the value of Retry-After). */
    public static long retryAfterSeconds(Window window, Clock clock) {
        Duration left = Duration.between(clock.instant(), window.end());
        long seconds = left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /**
     * The answer to a request for {@code path} (inside the portal, without the context path) by staff
     * (AGENT, FINANCE or ADMIN) or not (a family or an anonymous visitor).
     */
    public static Answer answer(Optional<Window> window, Clock clock, String path, boolean staff) {
        if (phase(window, clock) != Phase.ONGOING || staff || isOpen(path)) {
            return Answer.PASS;
        }
        return path.startsWith("/api/") ? Answer.MAINTENANCE_PROBLEM : Answer.MAINTENANCE_PAGE;
    }

    static boolean isOpen(String path) {
        return OPEN_PATHS.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
