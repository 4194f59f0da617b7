package fr.marelle.identity.control;

import fr.marelle.platform.control.ServerBusyException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>Fair to those told to retry: while sign-ins are being refused (a storm), half of the queue is kept for
 * the logins refused in the last minute, so a parent who waited as told gets in on the retry instead of
 * losing the race again and again to sign-ins that just arrived. The queue as a whole stays bounded (the
 * HTTP threads it may hold are the same), and without a storm a first try may use all of it. Per node: a
 * retry sent to another node counts there as a first try.
 */
@ApplicationScoped
public class PasswordCheckGate {

    static final long MAX_WAIT_MILLIS = 10_000;
    static final int RETRY_AFTER_SECONDS = 2;

    /** How long a refused login keeps its place in the retry lane. */
    static final long RETRY_LANE_NANOS = TimeUnit.SECONDS.toNanos(60);

    /** A storm is on while the last refusal is more recent than this. */
    static final long STORM_NANOS = TimeUnit.SECONDS.toNanos(5L * RETRY_AFTER_SECONDS);

    /** At most this many refused logins are remembered (a storm of made-up logins cannot grow the map). */
    static final int MAX_REMEMBERED = 20_000;

    @Inject
    @ConfigProperty(name = "marelle.password-checks")
    Optional<Integer> configuredChecks;

    @Inject
    @ConfigProperty(name = "marelle.password-check-queue", defaultValue = "16")
    int queueLimit;

    private Semaphore running;
    private final AtomicInteger waiting = new AtomicInteger();
    /** Login (lower case) → when it was first refused (System.nanoTime). */
    private final ConcurrentHashMap<String, Long> refused = new ConcurrentHashMap<>();
    private volatile long lastRefusal = System.nanoTime() - STORM_NANOS;

    @PostConstruct
    void init() {
        running = new Semaphore(configuredChecks.filter(n -> n > 0)
                .orElse(Runtime.getRuntime().availableProcessors()), true);
    }

    /**
     * Runs the check of the login when a slot is free within the wait, or refuses it with the time to wait.
     * A login refused in the last minute may use the whole queue; during a storm, a first try only its half.
     */
    public <T> T through(String login, Supplier<T> check) {
        String key = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        long now = System.nanoTime();
        Long firstRefused = refused.get(key);
        boolean retrying = firstRefused != null && now - firstRefused < RETRY_LANE_NANOS;
        long refusedSince = retrying ? firstRefused : now;
        boolean storm = now - lastRefusal < STORM_NANOS;
        int limit = retrying || !storm ? queueLimit : queueLimit - queueLimit / 2;
        if (waiting.incrementAndGet() > limit) {
            waiting.decrementAndGet();
            throw refuse(key, refusedSince);
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
            throw refuse(key, refusedSince);
        }
        refused.remove(key);
        try {
            return check.get();
        } finally {
            running.release();
        }
    }

    /** How many checks wait for a slot now (for the tests). */
    int queued() {
        return waiting.get();
    }

    private ServerBusyException refuse(String key, long firstRefused) {
        long now = System.nanoTime();
        lastRefusal = now;
        if (refused.size() >= MAX_REMEMBERED) {
            refused.values().removeIf(at -> now - at >= RETRY_LANE_NANOS);
        }
        if (refused.size() < MAX_REMEMBERED) {
            refused.put(key, firstRefused);
        }
        return new ServerBusyException(RETRY_AFTER_SECONDS);
    }
}
