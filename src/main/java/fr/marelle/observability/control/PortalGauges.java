package fr.marelle.observability.control;

import fr.marelle.platform.control.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gauges read when /metrics is scraped: the outbox (mails waiting, retrying after a failure,
 * given up, age of the oldest waiting) and the portal's PostgreSQL connections by state, as
 * PostgreSQL sees them (pg_stat_activity, under the pool's application name: every node of the
 * portal together), beside the pool's maximum per node. One query answers them all, at most once
 * every few seconds, whatever the number of gauges and scrapers.
 */
@ApplicationScoped
public class PortalGauges {

    private static final Logger LOG = Logger.getLogger(PortalGauges.class.getName());
    private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final String SNAPSHOT = "select"
            + " (select count(*) from outbox_mail where status = 'PENDING'),"
            + " (select count(*) from outbox_mail where status = 'PENDING' and attempts > 0),"
            + " (select count(*) from outbox_mail where status = 'FAILED'),"
            + " (select min(created_at) from outbox_mail where status = 'PENDING'),"
            + " (select count(*) from pg_stat_activity where datname = current_database() and application_name = ? and state = 'active'),"
            + " (select count(*) from pg_stat_activity where datname = current_database() and application_name = ? and state = 'idle'),"
            + " (select count(*) from pg_stat_activity where datname = current_database() and application_name = ?"
            + "  and state like 'idle in transaction%')";

    /** What one query read. */
    record Snapshot(long pending, long retrying, long failed, long oldestPendingSeconds, long active, long idle,
                    long idleInTransaction) {
        static final Snapshot NONE = new Snapshot(0, 0, 0, 0, 0, 0, 0);
    }

    @Inject
    MetricRegistry registry;

    @Inject
    Clock clock;

    @Resource(lookup = "java:app/jdbc/marelle")
    DataSource dataSource;

    private volatile Snapshot last = Snapshot.NONE;
    private volatile long readAt;

    void register(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        outbox("pending", "Mails waiting to be sent", Snapshot::pending);
        outbox("retrying", "Mails waiting to be sent again after a failed attempt", Snapshot::retrying);
        outbox("failed", "Mails given up after their last attempt (an administrator may send them again)", Snapshot::failed);
        registry.gauge(Metadata.builder().withName("marelle_outbox_oldest_pending_age")
                .withDescription("Age of the oldest mail waiting to be sent (0: none waiting)").withUnit(MetricUnits.SECONDS)
                .build(), this, g -> g.snapshot().oldestPendingSeconds());
        Metadata connections = Metadata.builder().withName("marelle_db_connections")
                .withDescription("The portal's PostgreSQL connections by state, all nodes together (pg_stat_activity)").build();
        connection(connections, "active", Snapshot::active);
        connection(connections, "idle", Snapshot::idle);
        connection(connections, "idle_in_transaction", Snapshot::idleInTransaction);
        registry.gauge(Metadata.builder().withName("marelle_db_pool_max_connections")
                .withDescription("Largest number of connections the pool of one node opens").build(),
                this, g -> DatabaseMigration.MAX_POOL_SIZE);
    }

    private void outbox(String status, String description, ToLongFunction<Snapshot> value) {
        registry.gauge(Metadata.builder().withName("marelle_outbox_mails").withDescription("Mails of the outbox by status: "
                        + "pending (waiting), retrying (waiting after a failure), failed (given up)").build(),
                this, g -> value.applyAsLong(g.snapshot()), new Tag("status", status));
    }

    private void connection(Metadata metadata, String state, ToLongFunction<Snapshot> value) {
        registry.gauge(metadata, this, g -> value.applyAsLong(g.snapshot()), new Tag("state", state));
    }

    Snapshot snapshot() {
        long now = System.nanoTime();
        if (now - readAt > FRESH_NANOS) {
            last = read();
            readAt = now;
        }
        return last;
    }

    private Snapshot read() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SNAPSHOT)) {
            for (int i = 1; i <= 3; i++) {
                s.setString(i, DatabaseMigration.APPLICATION_NAME);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                Timestamp oldest = rs.getTimestamp(4);
                long age = oldest == null ? 0 : Math.max(0, clock.instant().getEpochSecond() - oldest.toInstant().getEpochSecond());
                return new Snapshot(rs.getLong(1), rs.getLong(2), rs.getLong(3), age, rs.getLong(5), rs.getLong(6), rs.getLong(7));
            }
        } catch (SQLException | RuntimeException e) {
            // a scrape must not fail for the database: the gauges keep their last values, the log says why
            LOG.log(Level.WARNING, "Metrics: the outbox and connection gauges could not be read: " + e.getMessage());
            return last;
        }
    }
}
