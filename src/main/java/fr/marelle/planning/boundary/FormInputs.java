package fr.marelle.planning.boundary;

import fr.marelle.platform.control.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reading the text of page fields into values; an unreadable value is a violation on its field. */
public final class FormInputs {

    private FormInputs() {
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public static LocalTime time(String text, String field, List<Violation> v) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            v.add(Violation.of(field, "planning.form.time"));
            return null;
        }
    }

    public static LocalDate date(String text, String field, List<Violation> v) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            v.add(Violation.of(field, "planning.dateFormat"));
            return null;
        }
    }

    public static LocalDateTime dateTime(String text, String field, List<Violation> v) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            v.add(Violation.of(field, "planning.form.dateTime"));
            return null;
        }
    }

    public static Integer integer(String text, String field, List<Violation> v) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            v.add(Violation.of(field, "planning.form.number"));
            return null;
        }
    }

    /** "3,20", "3.20" or "3" euros as cents; null when empty. */
    public static Integer cents(String text, String field, List<Violation> v) {
        if (blank(text)) {
            return null;
        }
        try {
            BigDecimal euros = new BigDecimal(text.strip().replace(" ", "").replace("€", "").replace(',', '.'));
            if (euros.scale() > 2 || euros.signum() < 0) {
                throw new NumberFormatException();
            }
            return euros.movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            v.add(Violation.of(field, "planning.form.euros"));
            return null;
        }
    }
}
