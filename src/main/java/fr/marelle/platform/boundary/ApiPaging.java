package fr.marelle.platform.boundary;

import fr.marelle.platform.control.PageRequest;
import fr.marelle.platform.control.RuleViolationException;

/**
 * The {@code offset} and {@code limit} query parameters of the API's long lists, read the same way
 * everywhere: whole numbers, offset from 0, limit from 1 to the list's maximum (its default); anything
 * else is a 400 problem naming the parameter.
 */
public final class ApiPaging {

    private ApiPaging() {
    }

    /** The page asked for, in the list's own order. */
    public static PageRequest of(String offset, String limit, int maxLimit) {
        return new PageRequest(number("offset", offset, 0, Integer.MAX_VALUE, 0, maxLimit),
                number("limit", limit, 1, maxLimit, maxLimit, maxLimit), null, false);
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
