package fr.marelle.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 17 started from the binaries on Maven Central (no installation), listening
 * on 127.0.0.1 only. Used by the run command (data kept in ./var) and by the integration tests
 * (fresh data under target/).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "marelle";
    public static final String USER = "postgres";
    /** The embedded server trusts local connections; a non-empty value keeps MicroProfile Config happy. */
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts on the given port (0: any free port) with its data in {@code dataDirectory}, kept if {@code keep}. */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean keep) throws IOException, SQLException {
        Files.createDirectories(dataDirectory.getParent());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(!keep)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("timezone", "Europe/Paris")
                .setServerConfig("max_connections", "100")
                // statements counted per query shape (the benchmark prints the queries per booking)
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
        database.createDatabaseIfMissing();
        return database;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!rs.next()) {
                s.execute("create database " + DATABASE);
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
