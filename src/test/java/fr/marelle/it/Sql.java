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

    /** The first column of the first row (a count, an id) on a connection of its own. */
    static long count(String sql) {
        try (Connection db = ItEnvironment.database()) {
            return one(db, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of the first row as text (a name, a number). */
    static String text(String sql) {
        try (Connection db = ItEnvironment.database(); PreparedStatement s = db.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            assertTrue(rs.next(), "no row: " + sql);
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static void update(String sql) {
        try (Connection db = ItEnvironment.database()) {
            update(db, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
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
