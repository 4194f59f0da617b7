package fr.marelle.identity.control;

import fr.marelle.platform.control.ServerBusyException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A bounded pool for password checks. Each check is a PBKDF2 hash of 210,000 iterations (tens of
 * milliseconds of one core, by design): a sign-in storm before registration opens would otherwise take
 * every core and every database connection from the parents already signed in who are booking. So at
 * most {@code MARELLE_PASSWORD_CHECKS} checks run at once (default: the cores less one, at least one),
 * at most {@code MARELLE_PASSWORD_CHECK_QUEUE} wait for their turn (default 16), none longer than
 * {@link #MAX_WAIT_MILLIS}; the others are told at once to retry a moment later ({@link ServerBusyException}).
 * Callers enter the gate before their transaction begins, so a waiting sign-in holds no connection.
 */
@ApplicationScoped
public class PasswordCheckGate {

    static final long MAX_WAIT_MILLIS = 3_000;
    static final int RETRY_AFTER_SECONDS = 2;

    @Inject
    @ConfigProperty(name = "marelle.password-checks")
    Optional<Integer> configuredChecks;

    @Inject
    @ConfigProperty(name = "marelle.password-check-queue", defaultValue = "16")
    int queueLimit;

    private Semaphore running;
    private final AtomicInteger waiting = new AtomicInteger();

    @PostConstruct
    void init() {
        running = new Semaphore(configuredChecks.filter(n -> n > 0)
                .orElse(Math.max(1, Runtime.getRuntime().availableProcessors() - 1)), true);
    }

    /** Runs the check when a slot is free within the wait, or refuses it with the time to wait. */
    public <T> T through(Supplier<T> check) {
        if (waiting.incrementAndGet() > queueLimit) {
            waiting.decrementAndGet();
            throw new ServerBusyException(RETRY_AFTER_SECONDS);
        }
        boolean entered;
        try {
            entered = running.tryAcquire(MAX_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        } finally {
            waiting.decrementAndGet();
        }
        if (!entered) {
            throw new ServerBusyException(RETRY_AFTER_SECONDS);
        }
        try {
            return check.get();
        } finally {
            running.release();
        }
    }
}
