package fr.marelle.platform.control;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A {@code timestamptz} column read by a native query, as Java time: the PostgreSQL driver and
 * EclipseLink give a {@link java.sql.Timestamp}, an {@link OffsetDateTime} or a {@link java.util.Date}
 * depending on the path; shown in Paris time.
 */
public final class SqlInstants {

    private SqlInstants() {
    }

    /** The instant, or null for SQL null. */
    public static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (column instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (column instanceof Instant i) {
            return i;
        }
        if (column instanceof java.util.Date d) {
            return d.toInstant();
        }
        return OffsetDateTime.parse(column.toString()).toInstant();
    }

    /** The instant at Paris's offset, or null for SQL null. */
    public static OffsetDateTime paris(Object column) {
        Instant instant = instant(column);
        return instant == null ? null : instant.atZone(ClockProducer.PARIS).toOffsetDateTime();
    }
}
