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
 * milliseconds of one core, by design): unbounded, a sign-in storm before registration opens runs as many
 * hashes as requests, each holding a database connection, and takes the cores and the pool from the parents
 * already signed in who are booking. So at most {@code MARELLE_PASSWORD_CHECKS} checks run at once (default:
 * the number of cores, so sign-ins keep their full rate on an idle machine while the scheduler shares the
 * cores with the many booking threads), at most {@code MARELLE_PASSWORD_CHECK_QUEUE} wait for their turn
 * (default 16), none longer than {@link #MAX_WAIT_MILLIS}; the others are told at once to retry a moment
 * later ({@link ServerBusyException}: 503 with Retry-After). Callers enter the gate before their transaction
 * begins, so a waiting sign-in holds no connection.
 */
@ApplicationScoped
public class PasswordCheckGate {

    static final long MAX_WAIT_MILLIS = 10_000;
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
                .orElse(Runtime.getRuntime().availableProcessors()), true);
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
