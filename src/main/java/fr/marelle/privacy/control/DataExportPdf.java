package fr.marelle.privacy.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import fr.marelle.billing.control.InvoiceDocuments;
import fr.marelle.platform.control.Letterhead;
import fr.marelle.platform.control.Messages;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The readable export as a PDF, written with the invoices' document code (OpenPDF): the town's letterhead, then each
 * section's title and table, or "no data". Not a tagged PDF: the invoices' code does not tag either; the page
 * /parent/data.xhtml is the accessible equivalent.
 */
public final class DataExportPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font SECTION = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9, Font.NORMAL);

    private DataExportPdf() {
    }

    public static byte[] pdf(ReadableExport export, Letterhead head, Locale locale) {
        String title = Messages.text(locale, "export.pdf.title");
        return InvoiceDocuments.write(title, document -> {
            head.addTo(document);
            document.add(Chunk.NEWLINE);
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph(Messages.text(locale, "export.pdf.exportedAt",
                    DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(export.exportedAt().atZoneSameInstant(fr.marelle.platform.control.ClockProducer.PARIS))), TEXT));
            for (ReadableExport.Table t : export.tables()) {
                Paragraph heading = new Paragraph(t.title(), SECTION);
                heading.setSpacingBefore(12);
                heading.setSpacingAfter(4);
                document.add(heading);
                if (t.rows().isEmpty()) {
                    document.add(new Paragraph(Messages.text(locale, "export.empty"), TEXT));
                    continue;
                }
                float[] widths = new float[t.headers().size()];
                java.util.Arrays.fill(widths, 1);
                PdfPTable table = InvoiceDocuments.table(widths, t.headers());
                t.rows().forEach(row -> row.forEach(cell -> InvoiceDocuments.cell(table, cell)));
                document.add(table);
            }
        });
    }
}
