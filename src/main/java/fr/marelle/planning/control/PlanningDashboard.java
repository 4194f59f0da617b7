package fr.marelle.planning.control;

import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.SpreadsheetCsv;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Per activity and week: sessions, capacity, confirmed bookings, waiting list and fill rate; CSV export. */
@ApplicationScoped
public class PlanningDashboard {

    /** One activity's week; cancelled sessions are left out. */
    public record Row(long activityId, String activity, String site, long sessions, long capacity, long confirmed, long waiting) {
        /** Confirmed over capacity, in whole percent (rounded half up). */
        public int fillRate() {
            return capacity == 0 ? 0 : (int) ((confirmed * 200 + capacity) / (capacity * 2));
        }
    }

    @PersistenceContext
    EntityManager em;

    public static LocalDate monday(LocalDate day) {
        return day.with(DayOfWeek.MONDAY);
    }

    public List<Row> week(LocalDate anyDay, Long siteId) {
        LocalDate monday = monday(anyDay);
        String jpql = "select a.id, a.name, a.site.name, count(s), sum(s.capacity), sum(s.confirmed), sum(s.waiting)"
                + " from Session s join s.activity a where s.day between :f and :t"
                + " and s.status <> fr.marelle.planning.entity.SessionStatus.CANCELLED"
                + (siteId == null ? "" : " and a.site.id = :site")
                + " group by a.id, a.name, a.site.name order by a.site.name, a.name";
        var q = em.createQuery(jpql, Object[].class).setParameter("f", monday).setParameter("t", monday.plusDays(6));
        if (siteId != null) {
            q.setParameter("site", siteId);
        }
        List<Row> rows = new ArrayList<>();
        for (Object[] r : q.getResultList()) {
            rows.add(new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(), ((Number) r[5]).longValue(), ((Number) r[6]).longValue()));
        }
        return rows;
    }

    /** The week for a spreadsheet ({@link SpreadsheetCsv}), headers in the reader's language. */
    public static String csv(List<Row> rows, LocalDate monday, Locale locale) {
        SpreadsheetCsv csv = SpreadsheetCsv.withHeaders(List.of(Messages.text(locale, "planning.dashboard.week"),
                Messages.text(locale, "planning.field.site"), Messages.text(locale, "planning.field.name"),
                Messages.text(locale, "planning.dashboard.sessions"), Messages.text(locale, "planning.field.capacity"),
                Messages.text(locale, "planning.sessions.confirmed"), Messages.text(locale, "planning.dashboard.waiting"),
                Messages.text(locale, "planning.dashboard.fillRate")));
        for (Row r : rows) {
            csv.row(monday, r.site(), r.activity(), r.sessions(), r.capacity(), r.confirmed(), r.waiting(), r.fillRate());
        }
        return csv.toString();
    }
}
