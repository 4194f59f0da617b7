package fr.marelle.billing.control;

import fr.marelle.billing.entity.CreditNote;
import fr.marelle.billing.entity.Invoice;
import fr.marelle.planning.control.Prices;
import fr.marelle.platform.control.Letterhead;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PdfDocument;
import fr.marelle.platform.control.PdfDocument.Cell;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The invoice as a tagged, archivable PDF ({@link PdfDocument}), in the reader's language: the town and the régie, the
 * household and its billing contact, one line per child, activity and date with the number of its rate, each rate
 * applied explained once, the totals, what credit notes took off, the due date, how to pay, the issuer and appeal
 * routes, and whom to contact.
 */
public final class InvoiceDocuments {

    /** Who the invoice is addressed to, as the household file says today. */
    public record Addressee(String contactName, List<String> address) {
    }

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private InvoiceDocuments() {
    }

    public static byte[] pdf(Invoices.Detail detail, String regieName, Addressee to, Letterhead head, Locale locale) {
        return pdf(detail, regieName, to, head, List.of(), Optional.empty(), locale);
    }

    /**
     * The same, ending with the legal mentions a family needs to contest it (its issuer, the appeal
     * routes: CGCT L.1617-5) and whom to contact about it (the town's support line, when it is set).
     */
    public static byte[] pdf(Invoices.Detail detail, String regieName, Addressee to, Letterhead head, List<String> appealRoutes,
                             Optional<String> contact, Locale locale) {
        return pdf(detail, regieName, to, head, appealRoutes, contact, Optional.empty(), locale);
    }

    /** The same, telling the family the day the invoice will be debited when it is in a direct-debit run (SEPA pre-notification). */
    public static byte[] pdf(Invoices.Detail detail, String regieName, Addressee to, Letterhead head, List<String> appealRoutes,
                             Optional<String> contact, Optional<java.time.LocalDate> debitOn, Locale locale) {
        Invoice invoice = detail.summary().invoice();
        PdfDocument document = PdfDocument.portrait(t(locale, "invoicePdf.title", invoice.getNumber()), locale)
                .letterhead(head).paragraph(regieName).title()
                .paragraph(t(locale, "invoicePdf.period", invoice.getYearMonth().getMonth()
                        .getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + invoice.getYearMonth().getYear()))
                .paragraph(t(locale, "invoicePdf.issued", DATE.format(invoice.getIssuedOn())));
        addressee(document, invoice.getHouseholdName(), to, locale);

        // a rate is explained once, under the lines, and each line points to it by its number
        Map<String, Integer> rates = new LinkedHashMap<>();
        List<List<Cell>> lines = new ArrayList<>();
        for (Invoices.Line l : detail.lines()) {
            int rate = rates.computeIfAbsent(BillingTexts.explanation(l.line(), locale), e -> rates.size() + 1);
            lines.add(List.of(Cell.code(DATE.format(l.line().getDay())), Cell.text(BillingTexts.who(l.line(), locale)),
                    Cell.text(BillingTexts.what(l.line(), locale)), Cell.number(rate),
                    Cell.number(Prices.money(l.line().getAmountCents(), locale))));
        }
        document.table(headers(locale, "invoices.col.day", "invoices.col.child", "invoices.col.activity",
                "invoicePdf.col.price", "invoices.col.amount"), lines);
        document.total(t(locale, "invoicePdf.total", Prices.money((int) invoice.getTotalCents(), locale)), true);
        for (CreditNote note : detail.creditNotes()) {
            document.total(t(locale, "invoicePdf.credit", note.getNumber(), DATE.format(note.getIssuedOn()),
                    Prices.money((int) note.getTotalCents(), locale)), false);
        }
        document.total(t(locale, "invoicePdf.remaining", Prices.money((int) detail.summary().remainingCents(), locale)), true)
                .total(t(locale, "invoicePdf.due", DATE.format(invoice.getDueOn())), true);
        debitOn.ifPresent(day -> document.paragraph(t(locale, "directDebit.notice", DATE.format(day))));
        if (!rates.isEmpty()) {
            List<List<Cell>> explained = new ArrayList<>();
            rates.forEach((explanation, rate) -> explained.add(List.of(Cell.number(rate), Cell.text(explanation))));
            document.heading(t(locale, "invoicePdf.prices"))
                    .table(headers(locale, "invoicePdf.col.price", "invoices.col.explanation"), explained);
        }
        document.paragraph(t(locale, "invoicePdf.howToPay", invoice.getNumber()));
        if (!appealRoutes.isEmpty()) {
            document.heading(t(locale, "legal.appealTitle"));
            appealRoutes.forEach(document::paragraph);
        }
        contact.ifPresent(document::paragraph);
        return document.pdf();
    }

    /** The credit note as a PDF: the invoice it corrects, each corrected line and the amount taken off. */
    public static byte[] creditNotePdf(Invoices.CreditNoteDetail detail, String regieName, Addressee to, Letterhead head,
                                       Locale locale) {
        return creditNotePdf(detail, regieName, to, head, Optional.empty(), locale);
    }

    public static byte[] creditNotePdf(Invoices.CreditNoteDetail detail, String regieName, Addressee to, Letterhead head,
                                       Optional<String> contact, Locale locale) {
        CreditNote note = detail.note();
        PdfDocument document = PdfDocument.portrait(t(locale, "creditNotePdf.title", note.getNumber()), locale)
                .letterhead(head).paragraph(regieName).title()
                .paragraph(t(locale, "creditNotePdf.invoice", detail.invoice().getNumber(),
                        DATE.format(detail.invoice().getIssuedOn())))
                .paragraph(t(locale, "invoicePdf.issued", DATE.format(note.getIssuedOn())))
                .paragraph(t(locale, "creditNotePdf.reason", note.getReason()));
        addressee(document, detail.invoice().getHouseholdName(), to, locale);
        document.table(headers(locale, "invoices.col.day", "invoices.col.child", "invoices.col.activity",
                "creditNotePdf.col.invoiced", "creditNotePdf.col.credited"), detail.lines().stream()
                .map(l -> List.of(Cell.code(DATE.format(l.line().getDay())), Cell.text(BillingTexts.who(l.line(), locale)),
                        Cell.text(BillingTexts.what(l.line(), locale)), Cell.number(Prices.money(l.line().getAmountCents(), locale)),
                        Cell.number(Prices.money(l.amountCents(), locale))))
                .toList());
        document.total(t(locale, "creditNotePdf.total", Prices.money((int) note.getTotalCents(), locale)), true);
        contact.ifPresent(document::paragraph);
        return document.pdf();
    }

    /** The household, its billing contact and address, as on an envelope. */
    static void addressee(PdfDocument document, String household, Addressee to, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(t(locale, "invoicePdf.household", household));
        if (to.contactName() != null) {
            lines.add(to.contactName());
        }
        lines.addAll(to.address());
        document.block(lines);
    }

    static List<String> headers(Locale locale, String... keys) {
        return Arrays.stream(keys).map(key -> t(locale, key)).toList();
    }

    static String t(Locale locale, String key, Object... args) {
        return Messages.text(locale, key, args);
    }
}
