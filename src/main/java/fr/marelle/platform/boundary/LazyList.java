package fr.marelle.platform.boundary;

import fr.marelle.platform.control.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A PrimeFaces data table's rows read page by page from the database: the page bean gives how many rows
 * match its filters and how to read one page; sorting and paging are done by the query (offset, limit,
 * order by), so a list of 100,000 audit entries costs one page of HTML. Filters are the page's own
 * fields (a search form), so the same criteria serve the count and the page.
 */
public final class LazyList<T> extends LazyDataModel<T> {

    /** Rows per page unless the visitor picks another size. */
    public static final int ROWS = 25;
    /** The sizes offered by the paginator. */
    public static final String ROWS_OPTIONS = "25,50,100";

    /** How many rows match, serializable so that a view-scoped page keeps its list. */
    public interface Count extends LongSupplier, Serializable {
    }

    /** One page of rows. */
    public interface Rows<T> extends Function<PageRequest, List<T>>, Serializable {
    }

    private final Count count;
    private final Rows<T> rows;
    private final Function<T, Object> key;

    private LazyList(Count count, Rows<T> rows, Function<T, Object> key) {
        this.count = count;
        this.rows = rows;
        this.key = key;
    }

    /** A list whose rows are told apart by {@code key} (an id), for buttons in rows. */
    public static <T> LazyList<T> of(Count count, Rows<T> rows, SerializableKey<T> key) {
        return new LazyList<>(count, rows, key);
    }

    /** The key of a row, serializable for the same reason as the count. */
    public interface SerializableKey<T> extends Function<T, Object>, Serializable {
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.getAsLong());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream()
                .filter(s -> s.getOrder() != null && s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        return rows.apply(new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.ASCENDING));
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> shown = getWrappedData();
        return shown == null ? null : shown.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
