package fr.marelle.payment.control;

import fr.marelle.platform.control.RuleViolationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the provider's statement (relevé) as exported for a day: CSV separated by {@code ;}, a
 * header line, columns {@code numcli;exer;refdet;idop;montant;resultrans;dattrans;heurtrans;numauto}
 * (amount in cents; resultrans P or V = paid). Extra columns are ignored; a missing one or a bad
 * amount refuses the whole file, naming the line.
 */
public final class StatementFile {

    static final List<String> REQUIRED = List.of("refdet", "idop", "montant", "resultrans");
    private static final Set<String> PAID = Set.of("P", "V");
    public static final int MAX_LINES = 50_000;

    private StatementFile() {
    }

    public static List<Reconciliation.ProviderRecord> read(String text) {
        String body = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Reconciliation.ProviderRecord> records = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (var parser = format.parse(new StringReader(body))) {
            List<String> header = parser.getHeaderNames().stream().map(String::toLowerCase).toList();
            for (String column : REQUIRED) {
                if (!header.contains(column)) {
                    throw RuleViolationException.of("statement", "reconciliation.statement.column", column);
                }
            }
            for (CSVRecord row : parser) {
                if (records.size() == MAX_LINES) {
                    throw RuleViolationException.of("statement", "reconciliation.statement.tooLong", MAX_LINES);
                }
                String reference = value(row, header, "refdet");
                String amount = value(row, header, "montant");
                String result = value(row, header, "resultrans");
                if (reference == null || reference.isEmpty() || amount == null || !amount.matches("\\d{1,10}")) {
                    throw RuleViolationException.of("statement", "reconciliation.statement.line", row.getRecordNumber() + 1);
                }
                String state = result == null ? "" : result.toUpperCase();
                records.add(new Reconciliation.ProviderRecord(reference, value(row, header, "idop"), Long.valueOf(amount),
                        PAID.contains(state), state));
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw RuleViolationException.of("statement", "reconciliation.statement.unreadable");
        }
        if (records.isEmpty()) {
            throw RuleViolationException.of("statement", "reconciliation.statement.empty");
        }
        return records;
    }

    private static String value(CSVRecord row, List<String> header, String column) {
        int index = header.indexOf(column);
        return index < row.size() ? row.get(index).strip() : null;
    }
}
