package fr.marelle.platform.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static fr.marelle.platform.control.PdfConformance.assertAccessibleAndArchivable;
import static fr.marelle.platform.control.PdfConformance.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfDocumentTest {

    static PdfDocument sample(Locale locale) throws Exception {
        Letterhead head = new Letterhead("Ville de Marelle",
                ThemeLogo.parse(Files.readAllBytes(Path.of("webapp-themes/default/logo.svg"))));
        return PdfDocument.portrait("Facture n° 2026-CANT-000042", locale).letterhead(head).title()
                .paragraph("Période : mars 2026 <&> \u0001")
                .block(List.of("Famille Martin", "Camille Martin", "3 rue des Écoles", "75001 Paris"))
                .table(List.of("Date", "Enfant", "Montant"), List.of(
                        List.of(PdfDocument.Cell.text("03/03/2026"), PdfDocument.Cell.text("Léa Martin"),
                                PdfDocument.Cell.number("1 234,50 €")),
                        List.of(PdfDocument.Cell.text("04/03/2026"), PdfDocument.Cell.warning("Paul Durand"),
                                PdfDocument.Cell.number("6,00 €"))))
                .total("Total : 1 240,50 €", true)
                .signatures("Visa", List.of("Le régisseur", "Le comptable"));
    }

    @Test
    void aDocumentIsTaggedAccessibleAndArchivable() throws Exception {
        byte[] pdf = sample(Locale.FRENCH).pdf();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/pdf-document-sample.pdf"), pdf);
        assertAccessibleAndArchivable(pdf);
    }

    @Test
    void itSaysItsLanguageShowsItsTitleAndEmbedsItsFonts() throws Exception {
        byte[] pdf = sample(Locale.ENGLISH).pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("en", document.getDocumentCatalog().getLanguage());
            assertEquals("Facture n° 2026-CANT-000042", document.getDocumentInformation().getTitle());
            assertEquals("Ville de Marelle", document.getDocumentInformation().getAuthor(), "the town issues it");
            assertTrue(document.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
            for (var name : document.getPage(0).getResources().getFontNames()) {
                assertTrue(document.getPage(0).getResources().getFont(name).isEmbedded(), name.getName());
            }
        }
        String text = text(pdf);
        assertTrue(text.contains("Période : mars 2026 <&>"), text);
        assertTrue(text.contains("1 234,50 €"), text);
        assertTrue(text.matches(".*1 ?/ ?1.*"), "page number of pages: " + text);
    }

    @Test
    void theCheckRefusesAnUntaggedPdfWithASmallFontNotEmbedded() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (PDDocument plain = new PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            plain.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(plain, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 8);
                content.showText("Facture");
                content.endText();
            }
            plain.save(out);
        }
        byte[] pdf = out.toByteArray();
        assertTrue(!PdfConformance.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1).isEmpty());
        assertTrue(!PdfConformance.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_U).isEmpty());
        assertEquals(8, PdfConformance.smallestTextSize(pdf), 0.01, "the 8 pt table text of the former PDFs is seen");
    }

    @Test
    void numbersInRunningTextNeverBreakAcrossLines() {
        String sentence = "la facture 2026-LOISIRS-000008 du 02/05/2026 (article L.1617-5) pour 1\u202F234,50\u00A0€, ";
        byte[] pdf = PdfDocument.portrait("Numéros", Locale.FRENCH).title().paragraph(sentence.repeat(30)).pdf();
        String text = text(pdf);
        for (String number : List.of("2026-LOISIRS-000008", "02/05/2026", "L.1617-5", "1 234,50 €")) {
            assertEquals(30, text.split(java.util.regex.Pattern.quote(number), -1).length - 1, number + " whole in:\n" + text);
        }
        assertAccessibleAndArchivable(pdf);
    }

    @Test
    void aNameInAScriptTheFontLacksStillGivesAValidDocument() {
        byte[] pdf = PdfDocument.portrait("Famille", Locale.FRENCH).title().paragraph("Famille 山田 Łódź Œuvre").pdf();
        assertAccessibleAndArchivable(pdf);
        assertTrue(text(pdf).contains("Łódź Œuvre"), text(pdf));
    }
}
