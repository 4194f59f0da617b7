package fr.marelle.planning.control;

import fr.marelle.planning.entity.SchoolZone;
import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Education ministry's open-data school calendar ({@code fr-en-calendrier-scolaire}):
 * UTF-8 with or without BOM, {@code ;} separated, header with labels ({@code Date de début}...)
 * or API names ({@code start_date}...), dates as UTC timestamps of Paris midnight (converted to
 * Paris before the date is taken) or plain dates. Start dates are "after class" (the start day is
 * the first day off for pupils without Saturday class), end dates "morning of" (classes resume,
 * the last day off is the day before). Rows of teachers only, Corsica and overseas are left out.
 * Every malformed line is reported with its number, and then nothing is imported.
 */
public final class SchoolCalendarFile {

    /** What the file gave, before it is stored. */
    public record Parsed(SchoolCalendar calendar, int rowsRead, int rowsUsed) {
    }

    private record Row(int line, String description, LocalDate start, LocalDate end, SchoolZone zone, String schoolYear) {
    }

    private static final List<String> COLUMNS = List.of("description", "population", "start", "end", "location", "zones", "annee_scolaire");
    private static final Map<String, String> HEADER_NAMES = Map.ofEntries(
            Map.entry("description", "description"), Map.entry("population", "population"),
            Map.entry("date de debut", "start"), Map.entry("start_date", "start"),
            Map.entry("date de fin", "end"), Map.entry("end_date", "end"),
            Map.entry("academies", "location"), Map.entry("location", "location"),
            Map.entry("zones", "zones"), Map.entry("annee_scolaire", "annee_scolaire"));
    /** Zones of the ministry's file that are not metropolitan zones A, B, C: read and left out. */
    private static final Set<String> OTHER_ZONES = Set.of("corse", "guadeloupe", "martinique", "guyane", "mayotte",
            "reunion", "la reunion", "polynesie", "nouvelle caledonie", "saint pierre et miquelon",
            "wallis et futuna", "saint-pierre-et-miquelon", "nouvelle-caledonie");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final int MAX_ERRORS = 50;

    private SchoolCalendarFile() {
    }

    public static Parsed parse(byte[] content) {
        return parse(new String(content, StandardCharsets.UTF_8));
    }

    /** Parses the whole file; throws with one violation per bad line (field "file") when any line is wrong. */
    public static Parsed parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Violation> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int read = 0;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get().parse(new StringReader(content))) {
            Map<String, Integer> index = null;
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber(); // one record per line in this format
                if (index == null) {
                    index = header(record, errors);
                    if (index == null) {
                        break;
                    }
                    continue;
                }
                read++;
                Row row = row(record, line, index, errors);
                if (row != null) {
                    rows.add(row);
                }
                if (errors.size() >= MAX_ERRORS) {
                    break;
                }
            }
            if (index == null && errors.isEmpty()) {
                errors.add(Violation.of("file", "calendar.file.empty"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // Commons CSV's way of saying a quote is not closed, with the line in its message
            errors.add(Violation.of("file", "calendar.file.unreadable", String.valueOf(e.getMessage())));
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add(Violation.of("file", "calendar.file.noRows"));
        }
        RuleViolationException.throwIfAny(errors);
        return new Parsed(calendar(rows), read, rows.size());
    }

    private static Map<String, Integer> header(CSVRecord record, List<Violation> errors) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String column = HEADER_NAMES.get(plain(record.get(i)));
            if (column != null) {
                index.putIfAbsent(column, i);
            }
        }
        List<String> missing = COLUMNS.stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            errors.add(Violation.of("file", "calendar.file.header", String.join(", ", missing)));
            return null;
        }
        index.put("#", record.size());
        return index;
    }

    private static Row row(CSVRecord record, int line, Map<String, Integer> index, List<Violation> errors) {
        if (record.size() != index.get("#")) {
            errors.add(Violation.of("file", "calendar.line.fields", line, record.size(), index.get("#")));
            return null;
        }
        String description = get(record, index, "description");
        String population = plain(get(record, index, "population"));
        String zoneText = get(record, index, "zones");
        String year = get(record, index, "annee_scolaire");
        int before = errors.size();
        if (description.isEmpty()) {
            errors.add(Violation.of("file", "calendar.line.description", line));
        }
        LocalDate start = date(get(record, index, "start"), line, errors);
        LocalDate end = date(get(record, index, "end"), line, errors);
        SchoolZone zone = SchoolZone.parse(zoneText).orElse(null);
        boolean otherZone = zone == null && OTHER_ZONES.contains(plain(zoneText));
        if (zone == null && !otherZone) {
            errors.add(Violation.of("file", "calendar.line.zone", line, zoneText));
        }
        Matcher m = SCHOOL_YEAR.matcher(year);
        int firstYear = 0;
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            errors.add(Violation.of("file", "calendar.line.schoolYear", line, year));
        } else {
            firstYear = Integer.parseInt(m.group(1));
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(Violation.of("file", "calendar.line.endBeforeStart", line));
        }
        if (start != null && firstYear > 0
                && (start.isBefore(LocalDate.of(firstYear, 7, 1)) || start.isAfter(LocalDate.of(firstYear + 1, 9, 30)))) {
            errors.add(Violation.of("file", "calendar.line.outsideYear", line, year));
        }
        if (errors.size() > before || otherZone || "enseignants".equals(population)) {
            return null;
        }
        return new Row(line, description, start, end, zone, year);
    }

    private static String get(CSVRecord record, Map<String, Integer> index, String column) {
        int i = index.get(column);
        return i < record.size() ? record.get(i).strip() : "";
    }

    private static LocalDate date(String text, int line, List<Violation> errors) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text);
            }
            return OffsetDateTime.parse(text).atZoneSameInstant(ClockProducer.PARIS).toLocalDate();
        } catch (DateTimeParseException e) {
            errors.add(Violation.of("file", "calendar.line.date", line, text));
            return null;
        }
    }

    /** Lower case without accents: "Académies" and "academies" are the same column. */
    static String plain(String text) {
        String t = Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return t.toLowerCase(Locale.ROOT);
    }

    /** From rows (one per académie in the real file) to years and holidays per zone. */
    private static SchoolCalendar calendar(List<Row> rows) {
        Map<String, SchoolCalendar.Holiday> holidays = new LinkedHashMap<>();
        Map<String, LocalDate> firstDays = new HashMap<>();
        Map<String, LocalDate> summerStarts = new HashMap<>();
        for (Row r : rows) {
            String d = plain(r.description());
            String yearKey = r.zone() + "|" + r.schoolYear();
            if (d.startsWith("rentree")) {
                firstDays.putIfAbsent(yearKey, r.start());
            } else if (d.contains("vacances d'ete") || d.contains("vacances d’ete")) {
                summerStarts.putIfAbsent(yearKey, r.start());
                if (r.end().isAfter(r.start())) {
                    holidays.putIfAbsent(yearKey + "|" + d, new SchoolCalendar.Holiday(r.zone(), r.schoolYear(), r.description(),
                            r.start(), r.end().minusDays(1)));
                    // classes resume on the end date: the next school year's first day
                    firstDays.putIfAbsent(r.zone() + "|" + nextYear(r.schoolYear()), r.end());
                }
            } else {
                LocalDate last = r.end().isAfter(r.start()) ? r.end().minusDays(1) : r.start();
                holidays.putIfAbsent(yearKey + "|" + d, new SchoolCalendar.Holiday(r.zone(), r.schoolYear(), r.description(),
                        r.start(), last));
            }
        }
        List<SchoolCalendar.Year> years = new ArrayList<>();
        for (Map.Entry<String, LocalDate> first : firstDays.entrySet()) {
            LocalDate summer = summerStarts.get(first.getKey());
            if (summer != null) {
                String[] key = first.getKey().split("\\|");
                years.add(new SchoolCalendar.Year(SchoolZone.valueOf(key[0]), key[1], first.getValue(), summer.minusDays(1)));
            }
        }
        return new SchoolCalendar(years, new ArrayList<>(holidays.values()));
    }

    static String nextYear(String schoolYear) {
        int first = Integer.parseInt(schoolYear.substring(0, 4)) + 1;
        return first + "-" + (first + 1);
    }
}
