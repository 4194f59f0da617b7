package fr.marelle.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Direct reads and writes of the test database, for arranging data and checking what was stored. */
final class Sql {

    private Sql() {
    }

    /** The portal's "now" as an SQL literal (the tests never use the database's own now()). */
    static String now() {
        return "'" + OffsetDateTime.now(ItEnvironment.clock()) + "'::timestamptz";
    }

    /** The portal's today as an SQL literal (never the database's current_date). */
    static String today() {
        return "'" + ItEnvironment.today() + "'::date";
    }

    /**
     * One connection kept for these one-statement reads and writes (auto-commit, as a new connection each time was):
     * opening one costs a PostgreSQL backend and a password exchange, and the tests make thousands of such calls.
     * Used by one thread at a time; the connections of {@link ItEnvironment#database()} stay for transactions.
     */
    private static Connection shared;

    private static synchronized <T> T onShared(String sql, SqlWork<T> work) {
        try {
            if (shared == null || shared.isClosed()) {
                shared = ItEnvironment.database();
            }
            if (!shared.getAutoCommit()) {
                throw new IllegalStateException("the shared connection left out of auto-commit");
            }
            return work.on(shared);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private interface SqlWork<T> {
        T on(Connection db) throws SQLException;
    }

    /** The first column of the first row (a count, an id). */
    static long count(String sql) {
        return onShared(sql, db -> one(db, sql));
    }

    /** The first column of the first row as text (a name, a number). */
    static String text(String sql) {
        return onShared(sql, db -> {
            try (PreparedStatement s = db.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "no row: " + sql);
                return rs.getString(1);
            }
        });
    }

    static void update(String sql) {
        onShared(sql, db -> {
            update(db, sql);
            return null;
        });
    }

    static long one(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            assertTrue(rs.next(), "no row: " + sql);
            return rs.getLong(1);
        }
    }

    static void update(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }
}
