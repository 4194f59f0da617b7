package fr.marelle.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The one clock of the portal, Europe/Paris: every "now" of the portal (rules, jobs, demo data,
 * pages, the instants given to SQL) comes from it, so that deadlines are testable and the whole
 * portal can run as of another day (MARELLE_TODAY, see {@link PortalClock}).
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    PortalConfig config;

    /** Only for the integration tests: the real instant at which the moved clock read MARELLE_TODAY. */
    @Inject
    @ConfigProperty(name = "marelle.today.anchor")
    Optional<Instant> anchor;

    /** Only for the integration tests, in demo mode: the clock may be moved while the portal runs ({@link ClockAdjustment}). */
    @Inject
    @ConfigProperty(name = "marelle.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    @Inject
    ClockAdjustment adjustment;

    @Produces
    @ApplicationScoped
    Clock clock() {
        Clock clock = PortalClock.of(config.today().orElse(null), anchor.orElse(null), Clock.systemUTC());
        return isAdjustable() ? adjustment.applyTo(clock) : clock;
    }

    /** Whether the tests may move the clock: asked for, and in demo mode (never on a real portal). */
    public boolean isAdjustable() {
        return adjustable && config.demo();
    }
}
