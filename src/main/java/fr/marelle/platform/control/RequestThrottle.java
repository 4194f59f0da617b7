package fr.marelle.platform.control;

import fr.marelle.audit.control.AuditTrail;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts requests per action and key (client address, recipient, household) in fixed windows kept
 * in PostgreSQL, so that every node of the portal shares them. A count is committed on its own:
 * a request refused later (a rule broken, a rollback) still counts.
 */
@ApplicationScoped
public class RequestThrottle {

    /** Counters are kept this long after their window started (longer than any window in use). */
    static final Duration KEPT = Duration.ofDays(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private final Map<ThrottledAction, ThrottleLimit> limits = new EnumMap<>(ThrottledAction.class);

    @PostConstruct
    void readLimits() {
        var config = ConfigProvider.getConfig();
        for (ThrottledAction action : ThrottledAction.values()) {
            limits.put(action, config.getOptionalValue(action.property(), String.class)
                    .map(ThrottleLimit::parse).orElse(action.defaultLimit()));
        }
    }

    public ThrottleLimit limit(ThrottledAction action) {
        return limits.get(action);
    }

    /** Counts one request; throws when it is over the limit of its window (it still counts). */
    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = TooManyRequestsException.class)
    public void acquire(ThrottledAction action, String key) {
        Instant now = clock.instant();
        ThrottleWindow window = ThrottleWindow.containing(now, limit(action).window());
        int hits = count(action, key, window);
        if (hits > limit(action).count()) {
            if (hits == limit(action).count() + 1) {
                // once per window and key, not once per refused request
                audit.record("THROTTLE_LIMIT_REACHED", "throttle", action.name(), null,
                        Map.of("key", key, "limit", limit(action).count(), "until", window.end().toString()));
            }
            throw new TooManyRequestsException(action, window.secondsLeft(now));
        }
    }

    /** Counts one request without refusing it (e.g. a failed login, counted after the fact). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(ThrottledAction action, String key) {
        count(action, key, ThrottleWindow.containing(clock.instant(), limit(action).window()));
    }

    /** Whether the key has used up its limit in the current window; counts nothing. */
    public Optional<TooManyRequestsException> exhausted(ThrottledAction action, String key) {
        Instant now = clock.instant();
        ThrottleWindow window = ThrottleWindow.containing(now, limit(action).window());
        List<?> rows = em.createNativeQuery("select hits from request_throttle where action = ?1 and key = ?2"
                        + " and window_start = ?3")
                .setParameter(1, action.name()).setParameter(2, keyOf(key)).setParameter(3, at(window.start()))
                .getResultList();
        boolean over = !rows.isEmpty() && ((Number) rows.get(0)).intValue() >= limit(action).count();
        return over ? Optional.of(new TooManyRequestsException(action, window.secondsLeft(now))) : Optional.empty();
    }

    /** Throws when the key has used up its limit in the current window; counts nothing. */
    public void requireUnder(ThrottledAction action, String key) {
        var over = exhausted(action, key);
        if (over.isPresent()) {
            throw over.get();
        }
    }

    /** Removes the counters of windows long gone; returns how many. */
    @Transactional
    public int purge() {
        return em.createNativeQuery("delete from request_throttle where window_start < ?1")
                .setParameter(1, OffsetDateTime.now(clock).minus(KEPT)).executeUpdate();
    }

    private int count(ThrottledAction action, String key, ThrottleWindow window) {
        Number hits = (Number) em.createNativeQuery("insert into request_throttle (action, key, window_start, hits)"
                        + " values (?1, ?2, ?3, 1) on conflict (action, key, window_start)"
                        + " do update set hits = request_throttle.hits + 1 returning hits")
                .setParameter(1, action.name()).setParameter(2, keyOf(key)).setParameter(3, at(window.start()))
                .getSingleResult();
        return hits.intValue();
    }

    private static String keyOf(String key) {
        String k = key == null ? "" : key;
        return k.length() > 254 ? k.substring(0, 254) : k;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
