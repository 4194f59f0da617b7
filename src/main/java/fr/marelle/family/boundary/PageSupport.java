package fr.marelle.family.boundary;

import fr.marelle.family.control.Phones;
import fr.marelle.platform.control.Violation;

import java.time.LocalDate;
import java.util.List;

/** Small helpers shared by the household pages. */
final class PageSupport {

    private PageSupport() {
    }

    /** An object of another household (or none) from a page parameter: the not-found page, like the API's 404. */
    static void notFound() {
        fr.marelle.platform.boundary.Feedback.notFound();
    }

    static LocalDate date(String field, String value, List<Violation> violations) {
        return fr.marelle.platform.control.TypedDays.parse(field, value, violations);
    }

    static String phone(String e164) {
        return Phones.display(e164);
    }

    static Long parseId(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
