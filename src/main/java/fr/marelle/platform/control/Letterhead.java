package fr.marelle.platform.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.Rectangle;

import java.io.IOException;
import java.util.Optional;

/** The top of the town's documents: the theme's logo (when it has one) beside the town's name. */
public record Letterhead(String town, Optional<ThemeLogo> logo) {

    private static final Font TOWN = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final float LOGO_POINTS = 36;

    public static Letterhead of(String town) {
        return new Letterhead(town, Optional.empty());
    }

    public void addTo(Document document) throws DocumentException {
        if (logo.isEmpty()) {
            document.add(new Paragraph(town, TOWN));
            return;
        }
        try {
            Image image = Image.getInstance(logo.get().png(144));
            image.scaleToFit(LOGO_POINTS, LOGO_POINTS);
            image.setAlt(town);
            PdfPTable head = new PdfPTable(new float[]{LOGO_POINTS + 8, 400});
            head.setWidthPercentage(100);
            head.setHorizontalAlignment(Element.ALIGN_LEFT);
            PdfPCell picture = new PdfPCell(image, false);
            picture.setBorder(Rectangle.NO_BORDER);
            PdfPCell name = new PdfPCell(new Paragraph(town, TOWN));
            name.setBorder(Rectangle.NO_BORDER);
            name.setVerticalAlignment(Element.ALIGN_MIDDLE);
            head.addCell(picture);
            head.addCell(name);
            document.add(head);
        } catch (IOException e) {
            document.add(new Paragraph(town, TOWN));
        }
    }
}
