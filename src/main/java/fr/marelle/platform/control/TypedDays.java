package fr.marelle.platform.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A day typed in a form (ISO, as date inputs send it): absent when blank, a {@code date.invalid} violation when unreadable. */
public final class TypedDays {

    private TypedDays() {
    }

    public static LocalDate parse(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(Violation.of(field, "date.invalid"));
            return null;
        }
    }
}
