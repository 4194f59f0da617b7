package fr.marelle.platform.control;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stops the portal with one clear message when it cannot start safely (database unreachable,
 * migration failed, missing configuration). Payara Micro would otherwise stay up and answer
 * 404 to everything, which hides the cause from whoever started it.
 */
public final class StartupFailure {

    private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());

    private StartupFailure() {
    }

    public static void stop(String message, Throwable cause) {
        LOG.log(Level.SEVERE, "MARELLE CANNOT START: {0}", message);
        if (cause != null) {
            LOG.log(Level.WARNING, "Details of the start-up failure", cause);
        }
        boolean exit = Boolean.parseBoolean(System.getProperty("marelle.exit-on-startup-failure",
                System.getenv().getOrDefault("MARELLE_EXIT_ON_STARTUP_FAILURE", "true")));
        if (exit) {
            // the server's own shutdown hooks may wait for this deployment thread: exit from another
            // thread, and halt if that has not ended the process within ten seconds
            Thread exiting = new Thread(() -> System.exit(3), "marelle-startup-failure");
            exiting.setDaemon(true);
            exiting.start();
            try {
                exiting.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(3);
        }
        throw new IllegalStateException(message, cause);
    }
}
