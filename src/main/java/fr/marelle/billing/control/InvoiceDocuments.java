package fr.marelle.billing.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.marelle.platform.control.Letterhead;
import fr.marelle.billing.entity.CreditNote;
import fr.marelle.billing.entity.Invoice;
import fr.marelle.planning.control.Prices;
import fr.marelle.platform.control.Messages;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The invoice as a PDF (OpenPDF), in the reader's language: the town and the régie, the household
 * and its billing contact, one line per child, activity and date with how its price was found,
 * the totals, what credit notes took off, the due date and how to pay.
 */
public final class InvoiceDocuments {

    /** Who the invoice is addressed to, as the household file says today. */
    public record Addressee(String contactName, List<String> address) {
    }

    static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
    static final Font STRONG = new Font(Font.HELVETICA, 10, Font.BOLD);
    static final Font HEADER = new Font(Font.HELVETICA, 8, Font.BOLD);
    static final Font CELL = new Font(Font.HELVETICA, 8, Font.NORMAL);

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
        Invoice invoice = detail.summary().invoice();
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String title = t(locale, "invoicePdf.title", invoice.getNumber());
        return write(title, document -> {
            head.addTo(document);
            document.add(new Paragraph(regieName, TEXT));
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph(t(locale, "invoicePdf.period", invoice.getYearMonth().getMonth()
                    .getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + invoice.getYearMonth().getYear()), TEXT));
            document.add(new Paragraph(t(locale, "invoicePdf.issued", date.format(invoice.getIssuedOn())), TEXT));
            document.add(Chunk.NEWLINE);
            addressee(document, invoice.getHouseholdName(), to, locale);
    
            PdfPTable table = table(locale, new float[]{11, 18, 18, 41, 12}, "invoices.col.day", "invoices.col.child",
                    "invoices.col.activity", "invoices.col.explanation", "invoices.col.amount");
            for (Invoices.Line l : detail.lines()) {
                cell(table, date.format(l.line().getDay()));
                cell(table, l.line().getChildName());
                cell(table, l.line().getActivityName());
                cell(table, BillingTexts.explanation(l.line(), locale));
                amount(table, Prices.money(l.line().getAmountCents(), locale));
            }
            document.add(table);
            document.add(Chunk.NEWLINE);
            document.add(right(t(locale, "invoicePdf.total", Prices.money((int) invoice.getTotalCents(), locale)), STRONG));
            for (CreditNote note : detail.creditNotes()) {
                document.add(right(t(locale, "invoicePdf.credit", note.getNumber(), date.format(note.getIssuedOn()),
                        Prices.money((int) note.getTotalCents(), locale)), TEXT));
            }
            document.add(right(t(locale, "invoicePdf.remaining",
                    Prices.money((int) detail.summary().remainingCents(), locale)), STRONG));
            document.add(right(t(locale, "invoicePdf.due", date.format(invoice.getDueOn())), STRONG));
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph(t(locale, "invoicePdf.howToPay", invoice.getNumber()), TEXT));
            appealRoutes(document, appealRoutes, locale);
            contact(document, contact);
        });
    }

    /** The credit note as a PDF: the invoice it corrects, each corrected line and the amount taken off. */
    public static byte[] creditNotePdf(Invoices.CreditNoteDetail detail, String regieName, Addressee to, Letterhead head,
                                       Locale locale) {
        return creditNotePdf(detail, regieName, to, head, Optional.empty(), locale);
    }

    public static byte[] creditNotePdf(Invoices.CreditNoteDetail detail, String regieName, Addressee to, Letterhead head,
                                       Optional<String> contact, Locale locale) {
        CreditNote note = detail.note();
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String title = t(locale, "creditNotePdf.title", note.getNumber());
        return write(title, document -> {
            head.addTo(document);
            document.add(new Paragraph(regieName, TEXT));
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph(t(locale, "creditNotePdf.invoice", detail.invoice().getNumber(),
                    date.format(detail.invoice().getIssuedOn())), TEXT));
            document.add(new Paragraph(t(locale, "invoicePdf.issued", date.format(note.getIssuedOn())), TEXT));
            document.add(new Paragraph(t(locale, "creditNotePdf.reason", note.getReason()), TEXT));
            document.add(Chunk.NEWLINE);
            addressee(document, detail.invoice().getHouseholdName(), to, locale);
            PdfPTable table = table(locale, new float[]{12, 22, 22, 22, 22}, "invoices.col.day", "invoices.col.child",
                    "invoices.col.activity", "creditNotePdf.col.invoiced", "creditNotePdf.col.credited");
            for (Invoices.CreditedLine l : detail.lines()) {
                cell(table, date.format(l.line().getDay()));
                cell(table, l.line().getChildName());
                cell(table, l.line().getActivityName());
                amount(table, Prices.money(l.line().getAmountCents(), locale));
                amount(table, Prices.money(l.amountCents(), locale));
            }
            document.add(table);
            document.add(Chunk.NEWLINE);
            document.add(right(t(locale, "creditNotePdf.total", Prices.money((int) note.getTotalCents(), locale)), STRONG));
            contact(document, contact);
        });
    }

    /** Under their heading, the issuer and the voies et délais de recours. */
    private static void appealRoutes(Document document, List<String> paragraphs, Locale locale) throws DocumentException {
        if (paragraphs.isEmpty()) {
            return;
        }
        document.add(Chunk.NEWLINE);
        document.add(new Paragraph(t(locale, "legal.appealTitle"), STRONG));
        for (String paragraph : paragraphs) {
            document.add(new Paragraph(paragraph, TEXT));
        }
    }

    /** The support line at the end, so a family knows whom to ask about the document. */
    static void contact(Document document, Optional<String> contact) throws DocumentException {
        if (contact.isPresent()) {
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph(contact.get(), TEXT));
        }
    }

    /** What a document writes between its opening and its closing. */
    public interface Content {
        void add(Document document) throws DocumentException;
    }

    /** An A4 document of Marelle with its title, as bytes (other capabilities' documents use it too). */
    public static byte[] write(String title, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("Marelle");
            document.open();
            content.add(document);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF not written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    static Paragraph right(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_RIGHT);
        return p;
    }

    /** The household, its billing contact and address, as on an envelope. */
    static void addressee(Document document, String household, Addressee to, Locale locale) {
        document.add(new Paragraph(t(locale, "invoicePdf.household", household), STRONG));
        if (to.contactName() != null) {
            document.add(new Paragraph(to.contactName(), TEXT));
        }
        for (String line : to.address()) {
            document.add(new Paragraph(line, TEXT));
        }
        document.add(Chunk.NEWLINE);
    }

    /** A full-width table whose first row, repeated on each page, names the columns. */
    static PdfPTable table(Locale locale, float[] widths, String... headerKeys) {
        return table(widths, java.util.Arrays.stream(headerKeys).map(key -> t(locale, key)).toList());
    }

    /** The same with headers already in the reader's language. */
    public static PdfPTable table(float[] widths, List<String> headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, HEADER));
            cell.setBackgroundColor(new Color(0xE8, 0xE8, 0xE8));
            table.addCell(cell);
        }
        return table;
    }

    public static void cell(PdfPTable table, String text) {
        table.addCell(new PdfPCell(new Phrase(text == null ? "" : text, CELL)));
    }

    static void amount(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, CELL));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }

    static String t(Locale locale, String key, Object... args) {
        return Messages.text(locale, key, args);
    }
}
