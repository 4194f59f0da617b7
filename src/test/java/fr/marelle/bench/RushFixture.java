package fr.marelle.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * All the SQL of the booking-rush benchmark, in one place: the simulated parents (bench1..N@example.net,
 * each with a household and one child, password copied from the demo parent so the demo password
 * logs them in), the contested sessions, and the counts read back after the rush.
 */
final class RushFixture {

    /** A parent to simulate: login and the child to book. */
    record Parent(String email, long childId) {
    }

    /** A contested session and whether its activity keeps a waiting list. */
    record RushSession(long id, String name, int capacity, boolean waitingList) {
    }

    /** What the database says after the rush. */
    record Counts(int confirmedRows, int waitingRows, int counterConfirmed, int capacity, int counterWaiting,
                  int confirmedWithoutMail) {
    }

    private RushFixture() {
    }

    /** Creates the parents that do not exist yet (idempotent), and returns the first {@code n}. */
    static List<Parent> parents(Connection c, int n) throws SQLException {
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("create temporary table bench_n on commit drop as"
                    + " select 'bench' || g || '@example.net' as email, g from generate_series(1, " + n + ") g");
            s.executeUpdate("insert into account (email, first_name, last_name, password_hash, status, language,"
                    + " terms_version, terms_accepted_at, activated_at, created_at)"
                    + " select b.email, 'Parent', 'Bench' || b.g, (select password_hash from account"
                    + " where email = 'parent@example.org'), 'ACTIVE', 'fr', (select version from terms_of_use where in_force_on <= current_date order by in_force_on desc, published_at desc limit 1),"
                    + " now(), now(), now() from bench_n b where not exists (select 1 from account a where lower(a.email) = b.email)");
            s.executeUpdate("insert into account_role (account_id, role) select a.id, 'PARENT' from account a"
                    + " join bench_n b on b.email = a.email on conflict do nothing");
            s.executeUpdate("insert into household (name, postcode, city, billing_account_id, created_at)"
                    + " select a.last_name, '49100', 'Marelle', a.id, now() from account a join bench_n b on b.email = a.email"
                    + " where not exists (select 1 from guardian g where g.account_id = a.id)");
            s.executeUpdate("insert into guardian (account_id, household_id, joined_at) select h.billing_account_id, h.id, now()"
                    + " from household h join account a on a.id = h.billing_account_id join bench_n b on b.email = a.email"
                    + " where not exists (select 1 from guardian g where g.account_id = a.id)");
            // one child of 8 per household, without school level (the bench activities are open to all)
            s.execute("create temporary table bench_child on commit drop as"
                    + " select nextval(pg_get_serial_sequence('child', 'id')) as child_id, g.household_id, a.last_name"
                    + " from guardian g join account a on a.id = g.account_id join bench_n b on b.email = a.email"
                    + " where not exists (select 1 from household_child hc where hc.household_id = g.household_id)");
            s.executeUpdate("insert into child (id, first_name, last_name, birth_date, created_at)"
                    + " select child_id, 'Enfant', last_name, current_date - 8 * 365, now() from bench_child");
            s.executeUpdate("insert into household_child (household_id, child_id, linked_at) select household_id, child_id, now() from bench_child");
            c.commit();
            c.setAutoCommit(true);
        }
        List<Parent> parents = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select a.email, min(hc.child_id) from account a"
                + " join guardian g on g.account_id = a.id join household_child hc on hc.household_id = g.household_id"
                + " where a.email like 'bench%@example.net' and substring(a.email from 6 for position('@' in a.email) - 6)::int <= ?"
                + " group by a.email order by a.email")) {
            s.setInt(1, n);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    parents.add(new Parent(rs.getString(1), rs.getLong(2)));
                }
            }
        }
        return parents;
    }

    /**
     * New contested sessions in 20 days, bookable by any child without deadline: {@code sessions}
     * sessions of {@code capacity} places; the first ones keep a waiting list, the last one does not.
     */
    static List<RushSession> sessions(Connection c, int sessions, int capacity) throws SQLException {
        List<RushSession> list = new ArrayList<>();
        String stamp = java.time.LocalTime.now().withNano(0).toString();
        for (int i = 1; i <= sessions; i++) {
            boolean waitingList = i < sessions || sessions == 1;
            String name = "Rush " + stamp + " #" + i + (waitingList ? " (liste d’attente)" : " (sans liste d’attente)");
            long activity;
            try (PreparedStatement s = c.prepareStatement("insert into activity (name, type, site_id, regie_code,"
                    + " start_time, end_time, default_capacity, waiting_list, created_at)"
                    + " select ?, 'WEDNESDAY_CENTRE', id, 'LOISIRS', '09:00', '17:00', ?, ?, now()"
                    + " from site where kind = 'LEISURE_CENTRE' order by id limit 1 returning id")) {
                s.setString(1, name);
                s.setInt(2, capacity);
                s.setBoolean(3, waitingList);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no leisure centre in the database: is it the demo town?");
                    }
                    activity = rs.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("insert into activity_session (activity_id, day, start_time,"
                    + " end_time, capacity) values (?, ?, '09:00', '17:00', ?) returning id")) {
                s.setLong(1, activity);
                s.setObject(2, LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(20));
                s.setInt(3, capacity);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    list.add(new RushSession(rs.getLong(1), name, capacity, waitingList));
                }
            }
        }
        return list;
    }

    /**
     * Live bookings by state, the session's own counters and capacity, and the confirmed bookings whose
     * parent has no booking mail naming the session's activity in the outbox.
     */
    static Counts counts(Connection c, long sessionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select"
                + " (select count(*) from booking b where b.session_id = s.id and b.status = 'CONFIRMED'),"
                + " (select count(*) from booking b where b.session_id = s.id and b.status = 'WAITING'),"
                + " s.confirmed, s.capacity, s.waiting,"
                + " (select count(*) from booking b join household h on h.id = b.household_id"
                + "  join account acc on acc.id = h.billing_account_id"
                + "  where b.session_id = s.id and b.status = 'CONFIRMED' and not exists (select 1 from outbox_mail m"
                + "  where m.recipient = acc.email and m.template = 'booking-done'"
                + "  and m.body like '%' || split_part(a.name, ' (', 1) || ' (%'))"
                + " from activity_session s join activity a on a.id = s.activity_id where s.id = ?")) {
            s.setLong(1, sessionId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6));
            }
        }
    }

    /** Whether the demo town is loaded (the portal loads it once at its first start). */
    static boolean demoLoaded(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select 1 from account where email = 'parent@example.org'"
                     + " and exists (select 1 from setting where name = 'demo.loaded')")) {
            return rs.next();
        }
    }
}
