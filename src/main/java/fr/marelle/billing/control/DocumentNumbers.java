package fr.marelle.billing.control;

/**
 * Numbers of invoices, credit notes and payment receipts: one gapless series per year and régie,
 * e.g. {@code 2026-CANTINE-000123} for an invoice, {@code 2026-AV-CANTINE-000001} for a credit
 * note ("avoir") and {@code 2026-RC-CANTINE-000001} for a payment, refund or reversal ("reçu"). Six digits at least; the counter is kept in the database (DocumentCounters).
 */
public final class DocumentNumbers {

    public enum Series { INVOICE, CREDIT_NOTE, RECEIPT }

    private DocumentNumbers() {
    }

    public static String format(Series series, int year, String regieCode, int number) {
        if (number < 1) {
            throw new IllegalArgumentException("numbers start at 1: " + number);
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        String prefix = switch (series) {
            case INVOICE -> year + "-";
            case CREDIT_NOTE -> year + "-AV-";
            case RECEIPT -> year + "-RC-";
        };
        return prefix + regieCode + "-" + String.format("%06d", number);
    }
}
