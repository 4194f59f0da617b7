package fr.marelle.privacy.control;

import fr.marelle.platform.control.ClockProducer;
import fr.marelle.platform.control.Letterhead;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PdfDocument;
import fr.marelle.platform.control.PdfDocument.Cell;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The readable export as a tagged, archivable PDF ({@link PdfDocument}) like the town's other documents: the
 * letterhead, then each section's heading and table, or "no data". The page /parent/data.xhtml shows the same.
 */
public final class DataExportPdf {

    private DataExportPdf() {
    }

    public static byte[] pdf(ReadableExport export, Letterhead head, Locale locale) {
        PdfDocument document = PdfDocument.portrait(Messages.text(locale, "export.pdf.title"), locale).letterhead(head).title()
                .paragraph(Messages.text(locale, "export.pdf.exportedAt",
                        DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(export.exportedAt().atZoneSameInstant(ClockProducer.PARIS))));
        for (ReadableExport.Table t : export.tables()) {
            document.heading(t.title());
            if (t.rows().isEmpty()) {
                document.paragraph(Messages.text(locale, "export.empty"));
            } else {
                document.table(t.headers(), t.rows().stream().map(row -> row.stream().map(Cell::text).toList()).toList());
            }
        }
        return document.pdf();
    }
}
