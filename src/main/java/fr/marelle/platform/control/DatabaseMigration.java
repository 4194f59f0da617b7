package fr.marelle.platform.control;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * The portal's one data source (configured by MARELLE_DB_URL, MARELLE_DB_USER, MARELLE_DB_PASSWORD)
 * and the Flyway run that brings its schema up to date before anything uses JPA.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/marelle",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=marelle.db.url}",
        user = "${MPCONFIG=marelle.db.user}",
        password = "${MPCONFIG=marelle.db.password}",
        minPoolSize = 1,
        maxPoolSize = DatabaseMigration.MAX_POOL_SIZE,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                "fish.payara.fail-all-connections=true",
                // names the portal's connections in pg_stat_activity (the pool gauges count them there)
                "ApplicationName=" + DatabaseMigration.APPLICATION_NAME
        })
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
    /**
     * Sized for a 2-core node: more connections than the cores can serve only queue inside PostgreSQL
     * (the run command and the cluster launcher give Payara 32 HTTP threads, see the README's Benchmark).
     */
    public static final int MAX_POOL_SIZE = 16;
    public static final String APPLICATION_NAME = "Marelle";
    /** Key of the advisory lock nodes take in turn while they migrate the schema and load the demo town. */
    static final long STARTUP_LOCK = 21_000_001L;

    @Resource(lookup = "java:app/jdbc/marelle")
    DataSource dataSource;

    private volatile boolean migrated;

    /** Applies the pending migrations of sql/ or stops the portal with the reason. */
    public void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            String description = safeDescription(connection);
            LOG.info(() -> "Database: " + description);
        } catch (SQLException | RuntimeException e) {
            StartupFailure.stop("the database is unreachable (" + rootMessage(e)
                    + "). Check MARELLE_DB_URL, MARELLE_DB_USER and MARELLE_DB_PASSWORD.", e);
            return;
        }
        try {
            MigrateResult result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                    + " (" + result.migrationsExecuted + " migration(s) applied now)");
            migrated = true;
        } catch (RuntimeException e) {
            StartupFailure.stop("a database migration failed: " + rootMessage(e), e);
        }
    }

    /**
     * Holds a PostgreSQL advisory lock (on a connection of its own) until closed: nodes starting at once
     * take turns for the schema and the demo town, the second finding the work done. Flyway also locks
     * its history table; this lock covers the demo data too and says so in the log.
     */
    public AutoCloseable startupTurn() throws SQLException {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException | RuntimeException e) {
            return () -> { }; // migrate() says the database is unreachable, as it did before
        }
        try (var lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, STARTUP_LOCK);
            try (var rs = lock.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    LOG.info("Another node is migrating the database: waiting for it");
                    try (var wait = connection.prepareStatement("select pg_advisory_lock(?)")) {
                        wait.setLong(1, STARTUP_LOCK);
                        wait.execute();
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return () -> {
            try (connection; var unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, STARTUP_LOCK);
                unlock.execute();
            }
        };
    }

    public boolean isMigrated() {
        return migrated;
    }

    /** True when a connection can be taken and answers a trivial query. */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String safeDescription(Connection connection) throws SQLException {
        var meta = connection.getMetaData();
        return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
    }
}
