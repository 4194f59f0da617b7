package fr.marelle.billing.control;

/**
 * Numbers of invoices and credit notes: one gapless series per year of issue and régie,
 * e.g. {@code 2026-CANTINE-000123} for an invoice and {@code 2026-AV-CANTINE-000001} for a credit
 * note ("avoir"). Six digits at least; the counter is kept in the database (DocumentCounters).
 */
public final class DocumentNumbers {

    public enum Series { INVOICE, CREDIT_NOTE }

    private DocumentNumbers() {
    }

    public static String format(Series series, int year, String regieCode, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("numbers start at 1: " + number);
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        String prefix = series == Series.CREDIT_NOTE ? year + "-AV-" : year + "-";
        return prefix + regieCode + "-" + String.format("%06d", number);
    }
}
