package fr.marelle.platform.control;

import fr.marelle.observability.control.LogFormat;
import fr.marelle.identity.control.IdentityHousekeeping;
import fr.marelle.notification.control.MailSenderJob;
import fr.marelle.payment.control.PaymentPoller;
import fr.marelle.payment.control.PayfipEndpoint;
import fr.marelle.payment.control.PayfipSettings;
import fr.marelle.payment.control.SimulatorSafety;
import fr.marelle.payment.simulator.control.SimulatorNotifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.Logger;

/** What happens once when the portal starts, in this order: schema, demo data, background jobs. */
@ApplicationScoped
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

    @Inject
    PortalConfig config;

    @Inject
    Clock clock;

    @Inject
    DatabaseMigration migration;

    @Inject
    LogFormat logFormat;

    @Inject
    DemoTown demoTown;

    @Inject
    MailSenderJob mailSender;

    @Inject
    IdentityHousekeeping identityHousekeeping;

    @Inject
    PaymentPoller paymentPoller;

    @Inject
    PayfipSettings payfip;

    @Inject
    SimulatorNotifier payfipSimulatorNotifier;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        logFormat.apply();
        if (System.getProperty("marelle.db.url") == null && System.getenv("MARELLE_DB_URL") == null) {
            StartupFailure.stop("no database configured: set MARELLE_DB_URL, MARELLE_DB_USER and MARELLE_DB_PASSWORD"
                    + " (or start the portal with the README's run command, which starts an embedded PostgreSQL).", null);
            return;
        }
        if (config.baseUrl().isEmpty()) {
            LOG.warning("MARELLE_BASE_URL is not set: links in e-mails will point to http://localhost:8080");
        }
        checkClock();
        checkPayfip();
        try (AutoCloseable turn = migration.startupTurn()) {
            migration.migrate();
            if (config.demo() && migration.isMigrated()) {
                demoTown.loadOnce();
            }
        } catch (Exception e) {
            StartupFailure.stop("the database is unreachable or start-up failed: " + e, e);
            return;
        }
        try {
            mailSender.start();
            identityHousekeeping.start();
            paymentPoller.start();
            if (payfip.simulatorEnabled()) {
                payfipSimulatorNotifier.start();
            }
        } catch (RuntimeException e) {
            StartupFailure.stop("start-up failed: " + e, e);
        }
        LOG.info(() -> "Marelle started for " + config.townName() + (config.demo() ? " (demo mode)" : ""));
    }

    /**
     * The PayFiP settings must be readable, and the simulator, which pays without paying, runs only
     * where SimulatorSafety allows it. An explicit simulator address while the simulator is off is
     * said, since every payment then goes to whatever answers there.
     */
    private void checkPayfip() {
        PayfipEndpoint endpoint;
        try {
            endpoint = payfip.endpoint();
        } catch (IllegalArgumentException e) {
            StartupFailure.stop("the PayFiP settings are not usable: " + e.getMessage(), null);
            return;
        }
        if (payfip.simulatorEnabled()) {
            SimulatorSafety.refusal(config.demo(), payfip.simulatorTest(), config.baseUrl().orElse(PortalLinks.DEFAULT_BASE), endpoint)
                    .ifPresent(reason -> StartupFailure.stop(reason, null));
            LOG.warning(() -> "The PayFiP simulator is on: online payments are simulated (" + endpoint.service() + ")");
        } else if (SimulatorSafety.namesASimulator(endpoint)) {
            LOG.warning(() -> "The PayFiP simulator of this portal is off, but the PayFiP settings name a simulator's address ("
                    + endpoint.service() + ", " + endpoint.paymentPage() + "): online payments go there, not to PayFiP");
        }
    }

    /** A clock moved to another day is for demos, training and tests: refused elsewhere unless allowed. */
    private void checkClock() {
        if (config.today().isEmpty()) {
            return;
        }
        String day = config.today().get();
        PortalClock.refusal(day, config.demo(), config.todayAllowed()).ifPresent(reason -> StartupFailure.stop(reason, null));
        String now = LocalDateTime.now(clock)
                .format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm", Locale.FRENCH));
        LOG.warning(() -> "MARELLE_TODAY=" + day + ": the portal runs as of " + now + " (Europe/Paris), not the real date");
    }
}
