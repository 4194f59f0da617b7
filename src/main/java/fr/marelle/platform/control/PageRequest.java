package fr.marelle.platform.control;

import java.util.Map;

/**
 * One page of a long list (audit trail, mails, accounts): where it starts, how many rows, and the column
 * it is sorted by, which a query turns into SQL only through its own table of known columns, never
 * from the caller's text.
 */
public record PageRequest(int offset, int limit, String sortField, boolean ascending) {

    /** Longest page served, whatever is asked (the API's longest list, finance invoices). */
    public static final int MAX_ROWS = 200;

    public PageRequest {
        offset = Math.max(0, offset);
        limit = Math.min(Math.max(1, limit), MAX_ROWS);
    }

    /** The first page in the list's own order. */
    public static PageRequest first(int rows) {
        return new PageRequest(0, rows, null, false);
    }

    /**
     * {@code order by <column> asc|desc, <tieBreak>}: the column of {@code columns} named by the sort
     * field, or {@code defaultOrder} when there is none or it is unknown; the tie-break keeps pages stable.
     */
    public String orderBy(Map<String, String> columns, String defaultOrder, String tieBreak) {
        String column = sortField == null ? null : columns.get(sortField);
        String order = column == null ? defaultOrder : column + (ascending ? " asc" : " desc");
        return " order by " + order + ", " + tieBreak + " offset " + offset + " limit " + limit;
    }
}
