package fr.marelle.platform.control;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one CSV writer of the portal's exports, made to be opened in a spreadsheet.
 * <p>Format: UTF-8 with a byte order mark and {@code ;} between the values (French Excel opens nothing else
 * right: {@code ,} is the decimal separator there), lines ending with CRLF, a value holding {@code ;}, a quote
 * or a line break quoted as RFC 4180 says.
 * <p>Formula injection: a spreadsheet runs a cell starting with {@code = + - @}, tab or CR as a formula
 * (LibreOffice fr-FR turns {@code =HYPERLINK(…)} into a live link). Every text cell starting so, or starting with
 * blanks then one of {@code = + - @}, is written with a leading apostrophe, as OWASP recommends: the spreadsheet
 * then keeps it as text. The apostrophe stays part of the value (a spreadsheet may show it); nothing else changes.
 * <p>Identifiers ({@link #text}): phone numbers, cheque numbers, references. Written as they are, a spreadsheet
 * reads {@code +33612345678} as the number 33612345678 and {@code 0001234} as 1234; they too get the apostrophe
 * when a spreadsheet would read them as a number or a date ({@code '+33612345678}, {@code '0001234}), so that
 * the cell is text with every character kept.
 * <p>Numbers the portal computed ({@link Number}, {@link #number}) are written as they are, sign included, so
 * that a spreadsheet can add them up.
 */
public final class SpreadsheetCsv {

    static final char BOM = '\uFEFF';
    static final char TEXT_MARK = '\'';
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** What a spreadsheet may take for a number or a date: digits and the separators of numbers, dates and times. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[\\s\\d.,/:-]*\\d[\\s\\d.,/:-]*");

    /** An identifier to keep as text exactly as written. */
    private record Text(String value) {
    }

    /** A number the portal formatted (e.g. a signed amount with a decimal comma), written as it is. */
    private record Figure(String value) {
    }

    private final StringWriter out = new StringWriter();
    private final CSVPrinter printer;

    private SpreadsheetCsv(List<?> headers) {
        out.write(BOM);
        try {
            printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row(headers);
    }

    public static SpreadsheetCsv withHeaders(List<?> headers) {
        return new SpreadsheetCsv(headers);
    }

    /** A whole file: the headers then the rows. */
    public static String of(List<?> headers, List<? extends List<?>> rows) {
        SpreadsheetCsv csv = withHeaders(headers);
        rows.forEach(csv::row);
        return csv.toString();
    }

    /** A phone number, cheque number or reference: kept as text, leading {@code +} and zeros included. */
    public static Object text(String value) {
        return value == null ? null : new Text(value);
    }

    /** A number the portal formatted itself, e.g. {@code -14,80}: never neutralised. */
    public static Object number(String value) {
        return new Figure(value);
    }

    public SpreadsheetCsv row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    public SpreadsheetCsv row(List<?> cells) {
        List<String> values = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            values.add(cell == null ? null : cell(cell));
        }
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public String toString() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Figure f) {
            return f.value();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        if (value instanceof Text t) {
            return NUMBER_LIKE.matcher(t.value()).matches() ? TEXT_MARK + t.value() : neutralised(t.value());
        }
        return neutralised(value.toString());
    }

    /** The text with a leading apostrophe if a spreadsheet would take it for a formula. */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        if (FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return TEXT_MARK + text;
        }
        String stripped = text.stripLeading();
        if (!stripped.isEmpty() && stripped.length() < text.length() && "=+-@".indexOf(stripped.charAt(0)) >= 0) {
            return TEXT_MARK + text;
        }
        return text;
    }
}
