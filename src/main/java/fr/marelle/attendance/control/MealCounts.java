package fr.marelle.attendance.control;

import fr.marelle.family.entity.Diet;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.platform.control.Letterhead;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PdfDocument;
import fr.marelle.platform.control.PdfDocument.Cell;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.SpreadsheetCsv;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Kitchen meal counts: for the canteen (activities of type CANTEEN), per school and day, the
 * confirmed bookings split by diet, and how many of those children have a PAI.
 */
@ApplicationScoped
public class MealCounts {

    public static final int MAX_DAYS = 62;

    /** Confirmed bookings of one school and day with one diet and PAI flag (what the database counts). */
    public record Count(LocalDate day, long siteId, String site, Diet diet, boolean pai, int children) {
    }

    /** One line of the kitchen's table. */
    public record Row(LocalDate day, long siteId, String site, int total, int none, int noPork, int vegetarian,
                      int noMeat, int other, int pai) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HouseholdAccess access;

    /** The counts of a period (at most {@value #MAX_DAYS} days), at one school or every one. */
    public List<Row> between(long actorId, LocalDate from, LocalDate to, Long siteId) {
        access.requirePlanningStaff(actorId);
        RuleViolationException.throwIfAny(checkPeriod(from, to));
        List<Count> counts = new ArrayList<>();
        var query = em.createNativeQuery("select s.day, st.id, st.name, c.diet, c.pai, count(*)"
                        + " from booking b join activity_session s on s.id = b.session_id"
                        + " join activity a on a.id = s.activity_id join site st on st.id = a.site_id"
                        + " join child c on c.id = b.child_id"
                        + " where b.status = 'CONFIRMED' and a.type = 'CANTEEN' and s.status <> 'CANCELLED'"
                        + " and s.day between ?1 and ?2" + (siteId == null ? "" : " and st.id = ?3")
                        + " group by s.day, st.id, st.name, c.diet, c.pai")
                .setParameter(1, from).setParameter(2, to);
        if (siteId != null) {
            query.setParameter(3, siteId);
        }
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            LocalDate day = r[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[0];
            counts.add(new Count(day, ((Number) r[1]).longValue(), (String) r[2], Diet.valueOf((String) r[3]),
                    Boolean.TRUE.equals(r[4]), ((Number) r[5]).intValue()));
        }
        return aggregate(counts);
    }

    static List<Violation> checkPeriod(LocalDate from, LocalDate to) {
        List<Violation> violations = new ArrayList<>();
        if (from == null) {
            violations.add(Violation.of("from", "meals.period.required"));
        }
        if (to == null) {
            violations.add(Violation.of("to", "meals.period.required"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                violations.add(Violation.of("to", "meals.period.order"));
            } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
                violations.add(Violation.of("to", "meals.period.tooLong", MAX_DAYS));
            }
        }
        return violations;
    }

    /** One row per day and school (by day, then school name), the diets side by side. */
    public static List<Row> aggregate(List<Count> counts) {
        record Key(LocalDate day, String site, long siteId) implements Comparable<Key> {
            public int compareTo(Key o) {
                int c = day.compareTo(o.day);
                c = c != 0 ? c : site.compareTo(o.site);
                return c != 0 ? c : Long.compare(siteId, o.siteId);
            }
        }
        Map<Key, int[]> sums = new TreeMap<>();
        for (Count c : counts) {
            int[] s = sums.computeIfAbsent(new Key(c.day(), c.site(), c.siteId()), k -> new int[7]);
            s[0] += c.children();
            s[1 + c.diet().ordinal()] += c.children();
            if (c.pai()) {
                s[6] += c.children();
            }
        }
        List<Row> rows = new ArrayList<>();
        sums.forEach((k, s) -> rows.add(new Row(k.day(), k.siteId(), k.site(), s[0], s[1 + Diet.NONE.ordinal()],
                s[1 + Diet.NO_PORK.ordinal()], s[1 + Diet.VEGETARIAN.ordinal()], s[1 + Diet.NO_MEAT.ordinal()],
                s[1 + Diet.OTHER.ordinal()], s[6])));
        return rows;
    }

    /** The sums of every column over the rows. */
    public static Row total(List<Row> rows) {
        int[] t = new int[7];
        for (Row r : rows) {
            t[0] += r.total();
            t[1] += r.none();
            t[2] += r.noPork();
            t[3] += r.vegetarian();
            t[4] += r.noMeat();
            t[5] += r.other();
            t[6] += r.pai();
        }
        return new Row(null, 0, null, t[0], t[1], t[2], t[3], t[4], t[5], t[6]);
    }

    static List<String> headers(Locale locale) {
        return List.of(t(locale, "meals.col.day"), t(locale, "meals.col.site"), t(locale, "meals.col.total"),
                t(locale, "meals.col.none"), t(locale, "meals.col.noPork"), t(locale, "meals.col.vegetarian"),
                t(locale, "meals.col.noMeat"), t(locale, "meals.col.other"), t(locale, "meals.col.pai"));
    }

    /** For a spreadsheet ({@link SpreadsheetCsv}), a day as yyyy-MM-dd. */
    public static String csv(List<Row> rows, Locale locale) {
        SpreadsheetCsv csv = SpreadsheetCsv.withHeaders(headers(locale));
        for (Row r : rows) {
            csv.row(r.day(), r.site(), r.total(), r.none(), r.noPork(), r.vegetarian(), r.noMeat(), r.other(), r.pai());
        }
        return csv.toString();
    }

    /** Landscape, the town and the period on top, one row per day and school, then the totals. */
    public static byte[] pdf(List<Row> rows, LocalDate from, LocalDate to, Locale locale, String town) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
        List<List<Cell>> table = new ArrayList<>();
        for (Row r : rows) {
            table.add(row(Cell.code(day.format(r.day())), Cell.text(r.site()), r));
        }
        table.add(row(Cell.strong(t(locale, "meals.total")), Cell.text(""), total(rows)));
        return PdfDocument.landscape(t(locale, "meals.title"), locale).letterhead(Letterhead.of(town)).title()
                .paragraph(Messages.text(locale, "meals.period", date.format(from), date.format(to)))
                .table(headers(locale), table).pdf();
    }

    private static List<Cell> row(Cell day, Cell site, Row r) {
        List<Cell> cells = new ArrayList<>(List.of(day, site));
        for (int n : new int[]{r.total(), r.none(), r.noPork(), r.vegetarian(), r.noMeat(), r.other(), r.pai()}) {
            cells.add(Cell.number(n));
        }
        return cells;
    }

    private static String t(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
