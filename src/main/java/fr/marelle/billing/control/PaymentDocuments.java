package fr.marelle.billing.control;

import fr.marelle.billing.entity.Payment;
import fr.marelle.billing.entity.PaymentKind;
import fr.marelle.planning.control.Prices;
import fr.marelle.platform.control.Letterhead;
import fr.marelle.platform.control.PdfDocument;
import fr.marelle.platform.control.PdfDocument.Cell;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static fr.marelle.billing.control.InvoiceDocuments.DATE;
import static fr.marelle.billing.control.InvoiceDocuments.addressee;
import static fr.marelle.billing.control.InvoiceDocuments.headers;
import static fr.marelle.billing.control.InvoiceDocuments.t;

/**
 * Ledger documents as tagged, archivable PDFs ({@link PdfDocument}), in the reader's language, with the invoice's
 * addressee block: the receipt of a payment, refund or reversal, and the collection docket of a day with its
 * signature block.
 */
public final class PaymentDocuments {

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
        PdfDocument document = PdfDocument.portrait(t(locale, "receiptPdf.title." + kind, p.getNumber()), locale)
                .letterhead(head).paragraph(regieName).title()
                .paragraph(t(locale, "receiptPdf.day." + kind, DATE.format(p.getReceivedOn())));
        if (entry.reversesNumber() != null) {
            document.paragraph(t(locale, "receiptPdf.reverses", entry.reversesNumber()));
        }
        if (entry.reversedByNumber() != null) {
            document.strong(t(locale, "receiptPdf.reversedBy", entry.reversedByNumber()));
        }
        addressee(document, household, to, locale);
        document.paragraph(t(locale, "receiptPdf.means", t(locale, "billing.means." + p.getMeans())));
        if (p.getChequeNumber() != null) {
            document.paragraph(t(locale, "receiptPdf.cheque", p.getChequeNumber(), p.getBank() == null ? "" : p.getBank()));
        }
        if (p.getReference() != null) {
            document.paragraph(t(locale, "receiptPdf.reference", p.getReference()));
        }
        if (kind == PaymentKind.REVERSAL && p.getNote() != null) {
            document.paragraph(t(locale, "receiptPdf.reason", p.getNote()));
        }
        document.strong(t(locale, "receiptPdf.amount." + kind, money(Math.abs(p.getAmountCents()), locale)));
        if (entry.settled().isEmpty()) {
            document.paragraph(t(locale, kind == PaymentKind.PAYMENT ? "receiptPdf.noInvoice" : "receiptPdf.noInvoiceBack"));
        } else {
            document.table(headers(locale, "invoices.col.number", "receiptPdf.col.settled"), entry.settled().stream()
                    .map(s -> List.of(Cell.code(s.invoiceNumber()), Cell.number(money(s.amountCents(), locale))))
                    .toList());
        }
        document.total(t(locale, "receiptPdf.creditLeft", money(entry.creditAfterCents(), locale)), true);
        supportLine.ifPresent(document::paragraph);
        return document.pdf();
    }

    /** The docket: per means its entries (cheques with number and bank) and total, then the overall total. */
    public static byte[] docket(Docket docket, Letterhead head, Locale locale) {
        return docket(docket, head, Optional.empty(), locale);
    }

    /**
     * The same, ending with the signature block (the régisseur who drew it up, the public accountant who receives it)
     * and the town's support line (when set).
     */
    public static byte[] docket(Docket docket, Letterhead head, Optional<String> supportLine, Locale locale) {
        PdfDocument document = PdfDocument.portrait(t(locale, "docket.title", docket.regieName(), DATE.format(docket.day())),
                locale).letterhead(head).title();
        if (docket.lines().isEmpty()) {
            document.paragraph(t(locale, "docket.none"));
        }
        for (Docket.Group g : docket.groups()) {
            String means = t(locale, "billing.means." + g.means());
            document.heading(means).table(headers(locale, "docket.col.number", "docket.col.kind", "docket.col.household",
                    "docket.col.cheque", "docket.col.bankOrReference", "invoices.col.amount"), g.lines().stream()
                    .map(l -> List.of(Cell.code(l.number()), Cell.text(t(locale, "statement.kind." + l.kind())),
                            Cell.text(l.household()), Cell.code(l.chequeNumber()),
                            Cell.text(l.bank() != null ? l.bank() : l.reference()), Cell.number(money(l.amountCents(), locale))))
                    .toList());
            document.total(t(locale, "docket.meansTotal", means, money(g.totalCents(), locale)), false);
        }
        document.total(t(locale, "docket.total", money(docket.totalCents(), locale)), true)
                .signatures(t(locale, "docket.signatures"), List.of(t(locale, "docket.sign.regisseur"),
                        t(locale, "docket.sign.accountant")));
        supportLine.ifPresent(document::paragraph);
        return document.pdf();
    }

    private static String money(long cents, Locale locale) {
        return Prices.money((int) cents, locale);
    }
}
