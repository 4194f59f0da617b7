package fr.marelle.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The SQL statements PostgreSQL ran during the rush, from pg_stat_statements (loaded by the embedded
 * PostgreSQL): how many per booking request, and the most frequent ones, to see an N+1 at a glance.
 */
final class Statements {

    private Statements() {
    }

    /** Starts counting; false when pg_stat_statements is not loaded (an external PostgreSQL without it). */
    static boolean reset(Connection db) {
        try (Statement s = db.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
            s.execute("select pg_stat_statements_reset()");
            return true;
        } catch (SQLException e) {
            System.out.println("pg_stat_statements not available: statements not counted (" + e.getMessage().strip() + ")");
            return false;
        }
    }

    /** The portal's statements since {@link #reset}, per booking request, and the ten most frequent. */
    static String perRequest(Connection db, int requests) throws SQLException {
        StringBuilder r = new StringBuilder();
        String portal = " from pg_stat_statements s join pg_roles u on u.oid = s.userid"
                + " where s.query not ilike '%pg_stat_statements%' and s.query not ilike '%count(*) from booking%'";
        try (Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("select coalesce(sum(calls), 0)" + portal)) {
                rs.next();
                r.append(String.format("SQL statements      %.1f per booking request (pg_stat_statements, commits included)%n",
                        rs.getLong(1) / (double) requests));
            }
            try (ResultSet rs = s.executeQuery("select calls, round(mean_exec_time::numeric, 3),"
                    + " left(regexp_replace(query, '\\s+', ' ', 'g'), 110)" + portal + " order by calls desc limit " + Integer.getInteger("bench.statements", 10))) {
                while (rs.next()) {
                    r.append(String.format("  %7d x %7s ms  %s%n", rs.getLong(1), rs.getBigDecimal(2), rs.getString(3)));
                }
            }
        }
        return r.toString();
    }
}
