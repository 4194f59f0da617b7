package fr.marelle.privacy.control;

import fr.marelle.platform.control.NativeQueries;
import fr.marelle.platform.control.SqlInstants;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The export reads the tables with native queries, one per section, keyed by the household: what each column
 * comes back as (number, date, timestamp) depends on the driver, so every section reads them through here.
 */
final class ExportRows {

    private ExportRows() {
    }

    /** The rows of a query whose parameters are numbered ?1, ?2… in order. */
    static List<Object[]> query(EntityManager em, String sql, Object... params) {
        List<?> rows = NativeQueries.bound(em, sql, params).getResultList();
        return rows.stream().map(r -> r instanceof Object[] a ? a : new Object[]{r}).toList();
    }

    static OffsetDateTime at(Object column) {
        return SqlInstants.paris(column);
    }

    static LocalDate day(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return column instanceof LocalDate l ? l : LocalDate.parse(column.toString().substring(0, 10));
    }

    static String text(Object column) {
        return column == null ? null : column.toString();
    }

    static long number(Object column) {
        return ((Number) column).longValue();
    }

    static Integer optionalInt(Object column) {
        return column == null ? null : ((Number) column).intValue();
    }

    static boolean yes(Object column) {
        return Boolean.TRUE.equals(column);
    }

    static Boolean optionalYes(Object column) {
        return column == null ? null : (Boolean) column;
    }

    /** The household's children, for the sections that read per child. */
    static String childIdsOf(String householdParam) {
        return "select child_id from household_child where household_id = " + householdParam;
    }
}
