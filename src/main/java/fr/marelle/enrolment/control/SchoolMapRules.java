package fr.marelle.enrolment.control;

import fr.marelle.enrolment.entity.Parity;
import fr.marelle.platform.control.Violation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The school map's rules, without a database: reading the administrator's CSV file line by line (street; numbers
 * from; to; parity; level; school), refusing lines that would send one address to two schools, and finding the
 * school of an address for a cycle.
 */
public final class SchoolMapRules {

    /** The highest house number a line without "to" covers. */
    public static final int WHOLE_STREET = 99_999;
    public static final int MAX_LINES = 5_000;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true).get();

    /** A line of the map as the portal keeps it; {@code siteId} is the school's site. */
    public record Line(int lineNo, String street, String streetKey, int from, int to, Parity parity, String cycle,
                       long siteId) {

        public boolean covers(int number) {
            return number >= from && number <= to && parity.covers(number);
        }

        boolean overlaps(Line other) {
            return streetKey.equals(other.streetKey) && cycle.equals(other.cycle) && parity.meets(other.parity)
                    && from <= other.to && other.from <= to && !sameSiteOnly(other);
        }

        private boolean sameSiteOnly(Line other) {
            // two lines that agree on the school cannot send an address to two schools
            return siteId == other.siteId;
        }
    }

    private SchoolMapRules() {
    }

    /**
     * The lines of a CSV file, each checked; every wrong line adds a violation naming its number (field "file"),
     * and the caller imports nothing then. A first line whose "from" is not a number is taken as the header.
     * {@code schools} maps each school's folded name to its site.
     */
    public static List<Line> read(String csv, Map<String, Long> schools, List<Violation> violations) {
        List<Line> lines = new ArrayList<>();
        if (csv == null || csv.isBlank()) {
            violations.add(Violation.of("file", "schoolMap.file.empty"));
            return lines;
        }
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord record : parser) {
                int no = (int) record.getRecordNumber();
                if (no == 1 && record.size() > 1 && !record.get(1).isBlank() && !record.get(1).strip().matches("\\d+")) {
                    continue;
                }
                if (lines.size() + 1 > MAX_LINES) {
                    violations.add(Violation.of("file", "schoolMap.file.tooManyLines", MAX_LINES));
                    break;
                }
                Line line = line(no, record, schools, violations);
                if (line != null) {
                    lines.add(line);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            violations.add(Violation.of("file", "schoolMap.file.unreadable"));
            return lines;
        }
        if (lines.isEmpty() && violations.isEmpty()) {
            violations.add(Violation.of("file", "schoolMap.file.empty"));
        }
        overlaps(lines, violations);
        return lines;
    }

    private static Line line(int no, CSVRecord record, Map<String, Long> schools, List<Violation> violations) {
        if (record.size() != 6) {
            violations.add(Violation.of("file", "schoolMap.line.columns", no, record.size()));
            return null;
        }
        int before = violations.size();
        String street = record.get(0).strip();
        String key = StreetAddress.fold(street);
        if (key.isEmpty() || street.length() > 200) {
            violations.add(Violation.of("file", "schoolMap.line.street", no));
        }
        Integer from = number(no, record.get(1), 1, violations);
        Integer to = number(no, record.get(2), WHOLE_STREET, violations);
        if (from != null && to != null && from > to) {
            violations.add(Violation.of("file", "schoolMap.line.range", no, from, to));
        }
        Parity parity = parity(record.get(3));
        if (parity == null) {
            violations.add(Violation.of("file", "schoolMap.line.parity", no, record.get(3)));
        }
        String cycle = cycle(record.get(4));
        if (cycle == null) {
            violations.add(Violation.of("file", "schoolMap.line.level", no, record.get(4)));
        }
        Long site = schools.get(StreetAddress.fold(record.get(5)));
        if (site == null) {
            violations.add(Violation.of("file", "schoolMap.line.school", no, record.get(5)));
        }
        if (violations.size() > before) {
            return null;
        }
        return new Line(no, street, key, from, to, parity, cycle, site);
    }

    private static Integer number(int no, String value, int whenEmpty, List<Violation> violations) {
        String v = value.strip();
        if (v.isEmpty()) {
            return whenEmpty;
        }
        if (!v.matches("\\d{1,5}") || Integer.parseInt(v) < 1) {
            violations.add(Violation.of("file", "schoolMap.line.number", no, value));
            return null;
        }
        return Integer.valueOf(v);
    }

    /** "tous", "toutes", "pairs", "impairs" (or ALL, EVEN, ODD), accents and case aside. */
    static Parity parity(String value) {
        return switch (StreetAddress.fold(value)) {
            case "", "tous", "toutes", "tout", "all", "both" -> Parity.ALL;
            case "pair", "pairs", "even" -> Parity.EVEN;
            case "impair", "impairs", "odd" -> Parity.ODD;
            default -> null;
        };
    }

    /** "maternelle" or "élémentaire" (or the cycle's code), accents and case aside. */
    static String cycle(String value) {
        return switch (StreetAddress.fold(value)) {
            case "maternelle", "nursery" -> "MATERNELLE";
            case "elementaire", "elementary", "primaire" -> "ELEMENTAIRE";
            default -> null;
        };
    }

    /** Two lines that could send one address of a cycle to two schools: the later one is wrong. */
    static void overlaps(List<Line> lines, List<Violation> violations) {
        Map<String, List<Line>> byStreet = lines.stream().collect(Collectors.groupingBy(l -> l.streetKey() + "|" + l.cycle()));
        for (List<Line> same : byStreet.values()) {
            for (int i = 1; i < same.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (same.get(i).overlaps(same.get(j))) {
                        violations.add(Violation.of("file", "schoolMap.line.overlap", same.get(i).lineNo(), same.get(j).lineNo()));
                        break;
                    }
                }
            }
        }
    }

    /**
     * The school of an address for a cycle: the line covering its number; for an address without a number, the
     * street's school when all its lines name the same one. Empty when the map does not know the address.
     */
    public static Optional<Long> schoolFor(StreetAddress address, String cycle, Collection<Line> map) {
        List<Line> street = map.stream().filter(l -> l.streetKey().equals(address.streetKey()) && l.cycle().equals(cycle))
                .toList();
        if (address.number() == null) {
            Set<Long> sites = street.stream().map(Line::siteId).collect(Collectors.toSet());
            return sites.size() == 1 ? sites.stream().findFirst() : Optional.empty();
        }
        return street.stream().filter(l -> l.covers(address.number())).map(Line::siteId).findFirst();
    }
}
