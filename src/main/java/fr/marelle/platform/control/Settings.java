package fr.marelle.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Named settings of the town kept in the database (table setting). Every request reads several of them
 * (the resident postcodes, the overdue rule, the legal footer), so each node keeps what it read for a few
 * seconds: a change made on this node is seen at once, on another node within {@link #FRESH_NANOS}.
 */
@ApplicationScoped
public class Settings {

    static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(5);

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private record Read(Object value, long at) {
        boolean fresh(long now) {
            return now - at < FRESH_NANOS;
        }
    }

    private final Map<String, Read> read = new ConcurrentHashMap<>();

    public Optional<String> get(String name) {
        return Optional.ofNullable((String) cached("=" + name, () -> {
            List<?> rows = em.createNativeQuery("select value from setting where name = ?1")
                    .setParameter(1, name).getResultList();
            return rows.stream().findFirst().map(Object::toString).orElse(null);
        }));
    }

    /** Every setting whose name starts with the prefix, by name (e.g. {@code legal.}). */
    @SuppressWarnings("unchecked")
    public Map<String, String> startingWith(String prefix) {
        return (Map<String, String>) cached("*" + prefix, () -> {
            Map<String, String> byName = new LinkedHashMap<>();
            for (Object row : em.createNativeQuery("select name, value from setting where name like ?1 order by name")
                    .setParameter(1, prefix.replace("%", "\\%").replace("_", "\\_") + "%").getResultList()) {
                Object[] columns = (Object[]) row;
                byName.put(columns[0].toString(), columns[1].toString());
            }
            return Map.copyOf(byName);
        });
    }

    @Transactional
    public void put(String name, String value) {
        em.createNativeQuery("insert into setting (name, value) values (?1, ?2) "
                        + "on conflict (name) do update set value = excluded.value")
                .setParameter(1, name).setParameter(2, value).executeUpdate();
        forget();
        // a read later in this transaction sees the new value: forget again once it commits or rolls back
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                forget();
            }
        });
    }

    /** Forgets what this node read (every write goes through {@link #put}). */
    private void forget() {
        read.clear();
    }

    private Object cached(String key, java.util.function.Supplier<Object> load) {
        long now = System.nanoTime();
        Read known = read.get(key);
        if (known != null && known.fresh(now)) {
            return known.value();
        }
        Object value = load.get();
        read.put(key, new Read(value, now));
        return value;
    }
}
