package fr.marelle.attendance.control;

import fr.marelle.attendance.control.SessionSheet.Line;
import fr.marelle.attendance.control.SessionSheet.Person;
import fr.marelle.family.entity.Diet;
import fr.marelle.platform.control.Letterhead;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PdfDocument;
import fr.marelle.platform.control.PdfDocument.Cell;
import fr.marelle.platform.control.SpreadsheetCsv;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A session's list printed (PDF) or for a spreadsheet (CSV), in the reader's language. */
public final class SessionListDocuments {

    private SessionListDocuments() {
    }

    static List<String> headers(Locale locale) {
        return List.of(t(locale, "attendance.col.child"), t(locale, "attendance.col.level"), t(locale, "attendance.col.diet"),
                t(locale, "attendance.col.allergies"), t(locale, "attendance.col.pai"), t(locale, "attendance.col.pickups"),
                t(locale, "attendance.col.notAllowed"), t(locale, "attendance.col.phones"), t(locale, "attendance.col.status"));
    }

    /** For a spreadsheet ({@link SpreadsheetCsv}): what parents typed cannot become a formula, phones keep their +. */
    public static String csv(SessionSheet sheet, Locale locale) {
        SpreadsheetCsv csv = SpreadsheetCsv.withHeaders(headers(locale));
        for (Line l : sheet.children()) {
            csv.row(l.fullName(), nullToEmpty(l.levelCode()), diet(l, locale), nullToEmpty(l.allergies()),
                    yesNo(l.pai(), locale), persons(l.pickups()), persons(l.notAllowed()),
                    SpreadsheetCsv.text(String.join(", ", l.guardianPhones())), status(l, locale));
        }
        return csv.toString();
    }

    /** Landscape, the town and the session on top, one row per child; PAI and persons not allowed stand out. */
    public static byte[] pdf(SessionSheet sheet, Locale locale, String town) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        String subtitle = sheet.activity() + " – " + sheet.site() + " – " + day.format(sheet.day()) + ", "
                + sheet.start() + "–" + sheet.end();
        String counts = Messages.text(locale, "attendance.counts.line", sheet.counts().booked(), sheet.counts().present(),
                sheet.counts().absent(), sheet.counts().unmarked());
        return PdfDocument.landscape(t(locale, "attendance.list.title"), locale).letterhead(Letterhead.of(town)).title()
                .paragraph(subtitle).paragraph(counts)
                .table(headers(locale), sheet.children().stream().map(l -> List.of(Cell.text(l.fullName()),
                        Cell.text(l.levelCode()), Cell.text(diet(l, locale)), Cell.text(l.allergies()),
                        Cell.warning(l.pai() ? t(locale, "attendance.pai") : ""), Cell.text(persons(l.pickups())),
                        Cell.warning(persons(l.notAllowed())), Cell.text(String.join(", ", l.guardianPhones())),
                        Cell.text(status(l, locale)))).toList())
                .pdf();
    }

    static String diet(Line l, Locale locale) {
        if (l.diet() == null || l.diet() == Diet.NONE) {
            return "";
        }
        if (l.diet() == Diet.OTHER && l.dietOther() != null && !l.dietOther().isBlank()) {
            return l.dietOther();
        }
        return t(locale, "attendance.diet." + l.diet().name());
    }

    static String status(Line l, Locale locale) {
        return l.status() == null ? "" : t(locale, "attendance.status." + l.status().name());
    }

    static String persons(List<Person> persons) {
        return persons.stream().map(Person::text).collect(Collectors.joining(", "));
    }

    private static String yesNo(boolean value, Locale locale) {
        return value ? t(locale, "attendance.yes") : "";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String t(Locale locale, String key) {
        return Messages.text(locale, key);
    }
}
