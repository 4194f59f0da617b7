package fr.marelle.billing.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import fr.marelle.platform.control.Letterhead;
import fr.marelle.billing.entity.Payment;
import fr.marelle.billing.entity.PaymentKind;
import fr.marelle.planning.control.Prices;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import static fr.marelle.billing.control.InvoiceDocuments.STRONG;
import static fr.marelle.billing.control.InvoiceDocuments.TEXT;
import static fr.marelle.billing.control.InvoiceDocuments.TITLE;
import static fr.marelle.billing.control.InvoiceDocuments.addressee;
import static fr.marelle.billing.control.InvoiceDocuments.amount;
import static fr.marelle.billing.control.InvoiceDocuments.cell;
import static fr.marelle.billing.control.InvoiceDocuments.contact;
import static fr.marelle.billing.control.InvoiceDocuments.right;
import static fr.marelle.billing.control.InvoiceDocuments.t;
import static fr.marelle.billing.control.InvoiceDocuments.table;
import static fr.marelle.billing.control.InvoiceDocuments.write;

/**
 * Ledger documents as PDF (OpenPDF), in the reader's language, with the invoice's addressee block
 * and tables: the receipt of a payment, refund or reversal, and the collection docket of a day.
 */
public final class PaymentDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PaymentDocuments() {
    }

    /** The receipt: number, day, régie, household, means, amount, invoices settled and the credit left. */
    public static byte[] receipt(Payments.Entry entry, String household, String regieName, InvoiceDocuments.Addressee to,
                                 Letterhead head, Locale locale) {
        return receipt(entry, household, regieName, to, head, Optional.empty(), locale);
    }

    /** The same, ending with the town's support line (when set), as invoices do. */
    public static byte[] receipt(Payments.Entry entry, String household, String regieName, InvoiceDocuments.Addressee to,
                                 Letterhead head, Optional<String> supportLine, Locale locale) {
        Payment p = entry.payment();
        PaymentKind kind = p.getKind();
        return write(t(locale, "receiptPdf.title." + kind, p.getNumber()), document -> {
            head.addTo(document);
            document.add(new Paragraph(regieName, TEXT));
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph(t(locale, "receiptPdf.title." + kind, p.getNumber()), TITLE));
            document.add(new Paragraph(t(locale, "receiptPdf.day." + kind, DATE.format(p.getReceivedOn())), TEXT));
            if (entry.reversesNumber() != null) {
                document.add(new Paragraph(t(locale, "receiptPdf.reverses", entry.reversesNumber()), TEXT));
            }
            if (entry.reversedByNumber() != null) {
                document.add(new Paragraph(t(locale, "receiptPdf.reversedBy", entry.reversedByNumber()), STRONG));
            }
            document.add(Chunk.NEWLINE);
            addressee(document, household, to, locale);
            document.add(new Paragraph(t(locale, "receiptPdf.means", t(locale, "billing.means." + p.getMeans())), TEXT));
            if (p.getChequeNumber() != null) {
                document.add(new Paragraph(t(locale, "receiptPdf.cheque", p.getChequeNumber(),
                        p.getBank() == null ? "" : p.getBank()), TEXT));
            }
            if (p.getReference() != null) {
                document.add(new Paragraph(t(locale, "receiptPdf.reference", p.getReference()), TEXT));
            }
            if (kind == PaymentKind.REVERSAL && p.getNote() != null) {
                document.add(new Paragraph(t(locale, "receiptPdf.reason", p.getNote()), TEXT));
            }
            document.add(new Paragraph(t(locale, "receiptPdf.amount." + kind, money(Math.abs(p.getAmountCents()), locale)),
                    STRONG));
            document.add(Chunk.NEWLINE);
            if (entry.settled().isEmpty()) {
                document.add(new Paragraph(t(locale, kind == PaymentKind.PAYMENT ? "receiptPdf.noInvoice"
                        : "receiptPdf.noInvoiceBack"), TEXT));
            } else {
                PdfPTable table = table(locale, new float[]{60, 40}, "invoices.col.number", "receiptPdf.col.settled");
                for (Payments.Settled s : entry.settled()) {
                    cell(table, s.invoiceNumber());
                    amount(table, money(s.amountCents(), locale));
                }
                document.add(table);
            }
            document.add(Chunk.NEWLINE);
            document.add(right(t(locale, "receiptPdf.creditLeft", money(entry.creditAfterCents(), locale)), STRONG));
            contact(document, supportLine);
        });
    }

    /** The docket: per means its entries (cheques with number and bank) and total, then the overall total. */
    public static byte[] docket(Docket docket, Letterhead head, Locale locale) {
        return docket(docket, head, Optional.empty(), locale);
    }

    /** The same, ending with the town's support line (when set). */
    public static byte[] docket(Docket docket, Letterhead head, Optional<String> supportLine, Locale locale) {
        String title = t(locale, "docket.title", docket.regieName(), DATE.format(docket.day()));
        return write(title, document -> {
            head.addTo(document);
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph(title, TITLE));
            document.add(Chunk.NEWLINE);
            if (docket.lines().isEmpty()) {
                document.add(new Paragraph(t(locale, "docket.none"), TEXT));
            }
            for (Docket.Group g : docket.groups()) {
                document.add(new Paragraph(t(locale, "billing.means." + g.means()), STRONG));
                PdfPTable table = table(locale, new float[]{22, 14, 22, 12, 18, 12}, "docket.col.number", "docket.col.kind",
                        "docket.col.household", "docket.col.cheque", "docket.col.bankOrReference", "invoices.col.amount");
                for (Docket.Line l : g.lines()) {
                    cell(table, l.number());
                    cell(table, t(locale, "statement.kind." + l.kind()));
                    cell(table, l.household());
                    cell(table, l.chequeNumber());
                    cell(table, l.bank() != null ? l.bank() : l.reference());
                    amount(table, money(l.amountCents(), locale));
                }
                document.add(table);
                document.add(right(t(locale, "docket.meansTotal", t(locale, "billing.means." + g.means()),
                        money(g.totalCents(), locale)), TEXT));
                document.add(Chunk.NEWLINE);
            }
            document.add(right(t(locale, "docket.total", money(docket.totalCents(), locale)), STRONG));
            contact(document, supportLine);
        });
    }

    private static String money(long cents, Locale locale) {
        return Prices.money((int) cents, locale);
    }
}
