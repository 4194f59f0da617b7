package fr.marelle.attendance.control;

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

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;

/** The printed lists (OpenPDF): landscape A4, the town and a title on top, then one table with a repeated header. */
final class PdfTables {

    static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
    static final Font SUBTITLE = new Font(Font.HELVETICA, 10, Font.NORMAL);
    static final Font HEADER = new Font(Font.HELVETICA, 8, Font.BOLD);
    static final Font CELL = new Font(Font.HELVETICA, 8, Font.NORMAL);
    /** Persons not allowed to pick a child up must catch the eye. */
    static final Font WARNING = new Font(Font.HELVETICA, 8, Font.BOLD, new Color(0xA4, 0x00, 0x00));

    private PdfTables() {
    }

    /** A document: town, title, lines under it, then the table {@code body} fills. */
    static byte[] document(String town, String title, List<String> subtitles, float[] widths, List<String> headers,
                           Consumer<PdfPTable> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("Marelle");
            document.open();
            document.add(new Paragraph(town, SUBTITLE));
            document.add(new Paragraph(title, TITLE));
            for (String line : subtitles) {
                document.add(new Paragraph(line, SUBTITLE));
            }
            document.add(Chunk.NEWLINE);
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : headers) {
                PdfPCell cell = new PdfPCell(new Phrase(h, HEADER));
                cell.setBackgroundColor(new Color(0xE8, 0xE8, 0xE8));
                table.addCell(cell);
            }
            body.accept(table);
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF not written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    static void cell(PdfPTable table, Object text) {
        cell(table, text, CELL);
    }

    static void cell(PdfPTable table, Object text, Font font) {
        table.addCell(new PdfPCell(new Phrase(text == null ? "" : text.toString(), font)));
    }

    static void number(PdfPTable table, Object value) {
        PdfPCell cell = new PdfPCell(new Phrase(String.valueOf(value), CELL));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }
}
