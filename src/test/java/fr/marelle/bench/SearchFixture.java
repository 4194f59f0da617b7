package fr.marelle.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * All the SQL of the household-search benchmark: households added up to the wanted count
 * (guardian search&lt;n&gt;@example.net, a mobile phone, one to three children, French names with
 * accents, drawn in turn from short lists so that names repeat as in a real town), and the plan
 * PostgreSQL chooses for a search.
 */
final class SearchFixture {

    private static final String SURNAMES = "'Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand',"
            + "'Leroy','Moreau','Simon','Laurent','Lefèvre','Michel','Garcia','David','Bertrand','Roux','Vincent',"
            + "'Fournier','Morel','Girard','André','Mercier','Dupont','Lambert','Bonnet','François','Légaré','Bérard',"
            + "'Chevalier','Gauthier','Perrin','Rousseau','Blanchard','Guérin','Boyer','Faure','Noël','Lemaître',"
            + "'Côté','Bélanger','Hébert','Pelletier','Lévesque','Mégret','Ménard','Prévost','Thébault','Éluard',"
            + "'Le Goff','N’Diaye','D’Almeida','Da Silva','Nguyen','Benoît','Jérôme','Brûlé','Crépin','Barré'";
    private static final String FIRST_NAMES = "'Léa','Chloé','Zoé','Inès','Noé','Maël','Hélène','Bérénice','Jérôme',"
            + "'Anaïs','Gaël','Maëlys','Loïc','Clément','Théo','Emma','Louise','Jade','Hugo','Lucas','Nathan',"
            + "'Raphaël','Éloïse','Célia','Mathéo','Timothée','Joséphine','Agathe','Capucine','Noémie','Ève','Aurélien'";

    private SearchFixture() {
    }

    /** Adds households until there are {@code total}; returns how many were added. */
    static int households(Connection c, int total) throws SQLException {
        int existing;
        int offset;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select (select count(*) from household),"
                + " (select count(*) from account where email like 'search%@example.net')")) {
            rs.next();
            existing = rs.getInt(1);
            offset = rs.getInt(2);
        }
        int add = Math.max(0, total - existing);
        if (add == 0) {
            return 0;
        }
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("create temporary table bench_s on commit drop as select g,"
                    + " (array[" + SURNAMES + "])[1 + (g * 7) % 60] as surname,"
                    + " (array[" + FIRST_NAMES + "])[1 + (g * 11) % 32] as first_name"
                    + " from generate_series(" + (offset + 1) + ", " + (offset + add) + ") g");
            s.executeUpdate("insert into account (email, first_name, last_name, password_hash, status, language,"
                    + " terms_version, terms_accepted_at, activated_at, created_at)"
                    + " select 'search' || g || '@example.net', first_name, surname, (select password_hash from account"
                    + " where email = 'parent@example.org'), 'ACTIVE', 'fr', (select version from terms_of_use where in_force_on <= current_date order by in_force_on desc, published_at desc limit 1),"
                    + " now(), now(), now() from bench_s");
            s.executeUpdate("insert into account_role (account_id, role) select a.id, 'PARENT' from account a"
                    + " join bench_s b on a.email = 'search' || b.g || '@example.net'");
            s.executeUpdate("insert into household (name, postcode, city, phone, billing_account_id, created_at)"
                    + " select b.surname, '49100', 'Marelle', '+3361' || lpad(b.g::text, 7, '0'), a.id, now()"
                    + " from bench_s b join account a on a.email = 'search' || b.g || '@example.net'");
            s.executeUpdate("insert into guardian (account_id, household_id, joined_at) select h.billing_account_id, h.id, now()"
                    + " from household h join account a on a.id = h.billing_account_id join bench_s b"
                    + " on a.email = 'search' || b.g || '@example.net'");
            s.execute("create temporary table bench_c on commit drop as"
                    + " select nextval(pg_get_serial_sequence('child', 'id')) as child_id, g.household_id, b.surname,"
                    + " (array[" + FIRST_NAMES + "])[1 + (b.g * 3 + k * 5) % 32] as first_name, (b.g + k) % 8 as age"
                    + " from bench_s b join account a on a.email = 'search' || b.g || '@example.net'"
                    + " join guardian g on g.account_id = a.id cross join lateral generate_series(1, 1 + b.g % 3) k");
            s.executeUpdate("insert into child (id, first_name, last_name, birth_date, created_at)"
                    + " select child_id, first_name, surname, current_date - (3 + age) * 365, now() from bench_c");
            s.executeUpdate("insert into household_child (household_id, child_id, linked_at) select household_id, child_id, now() from bench_c");
            // fresh statistics first, or the planner takes the new tables for empty and loops over them
            s.execute("analyze bench_c");
            s.execute("analyze household");
            s.execute("analyze household_child");
            s.execute("analyze guardian");
            s.executeUpdate("update household h set search_text = household_search_text(h.id)"
                    + " from (select distinct household_id from bench_c) c where h.id = c.household_id");
            c.commit();
            c.setAutoCommit(true);
            s.execute("analyze household");
        }
        return add;
    }

    /** A generated household to look for by its own e-mail, phone and child. */
    record Sample(String email, String phoneE164, String childName) {
    }

    static Sample sample(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select a.email, h.phone,"
                + " (select ch.first_name || ' ' || ch.last_name from household_child hc join child ch on ch.id = hc.child_id"
                + "   where hc.household_id = h.id order by ch.id limit 1)"
                + " from account a join guardian g on g.account_id = a.id join household h on h.id = g.household_id"
                + " where a.email like 'search%@example.net' order by a.id offset (select count(*) / 2 from account"
                + " where email like 'search%@example.net') limit 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("no generated household");
            }
            return new Sample(rs.getString(1), rs.getString(2), rs.getString(3));
        }
    }

    /**
     * The first scan of the plan and the execution time of the staff search's filter for a term as
     * the portal passes it (already in E.164 for a phone).
     */
    static String plan(Connection c, String term) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("explain (analyze, costs off, timing off, summary on)"
                + " select h.id from household h where h.search_text like '%' || marelle_fold(?) || '%'"
                + " order by h.name, h.id limit 50")) {
            s.setString(1, term);
            String scan = "?";
            String time = "?";
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String line = rs.getString(1).strip();
                    if (scan.equals("?") && line.contains("Scan")) {
                        scan = line.replaceFirst("^->\\s*", "").replaceAll("\\s*\\(actual.*", "");
                    }
                    if (line.startsWith("Execution Time")) {
                        time = line.replace("Execution Time: ", "");
                    }
                }
            }
            return scan + ", " + time;
        }
    }
}
