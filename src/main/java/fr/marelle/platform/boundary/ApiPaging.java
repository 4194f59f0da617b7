package fr.marelle.platform.boundary;

import fr.marelle.platform.control.PageRequest;
import fr.marelle.platform.control.RuleViolationException;

/**
 * The {@code offset} and {@code limit} query parameters of the API's long lists, read the same way
 * everywhere: whole numbers, offset from 0, limit from 1 to the list's maximum (its default); anything
 * else is a 400 problem naming the parameter. Lists paged by number read {@code page} and {@code size} alike.
 */
public final class ApiPaging {

    private ApiPaging() {
    }

    /** The page asked for, in the list's own order. */
    public static PageRequest of(String offset, String limit, int maxLimit) {
        return new PageRequest(number("offset", offset, 0, Integer.MAX_VALUE, 0, maxLimit),
                number("limit", limit, 1, maxLimit, maxLimit, maxLimit), null, false);
    }

    /** A page of a list paged by number ({@code page} from 1) rather than by offset. */
    public record Numbered(int page, int size) {
    }

    /** The {@code page} (from 1, 1 by default) and {@code size} (1 to the maximum, the default when absent) asked for. */
    public static Numbered numbered(String page, String size, int defaultSize, int maxSize) {
        return new Numbered(number("page", page, 1, Integer.MAX_VALUE, 1, maxSize),
                number("size", size, 1, maxSize, defaultSize, maxSize));
    }

    /** The number given, or {@code absent}; out of [min, max] it is refused, saying the list's longest page. */
    private static int number(String name, String text, int min, int max, int absent, int maxLimit) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw RuleViolationException.of(name, "api.paging." + name, maxLimit);
    }
}
