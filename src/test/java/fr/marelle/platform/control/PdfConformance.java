package fr.marelle.platform.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every PDF of the portal must be, checked with veraPDF (the PDF Association's reference validator): PDF/UA-1
 * (accessible) and PDF/A-2u (archivable), failing on any rule; and its text as PDFBox reads it.
 */
public final class PdfConformance {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfConformance() {
    }

    /** Fails with every broken rule (clause, test, what and where) of either profile. */
    public static void assertAccessibleAndArchivable(byte[] pdf) {
        assertEquals(List.of(), failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
        assertEquals(List.of(), failures(pdf, PDFAFlavour.PDFA_2_U), "PDF/A-2u");
        assertTrue(smallestTextSize(pdf) >= 9, "text of " + smallestTextSize(pdf) + " pt: 9 pt at least");
    }

    /** The size in points of the smallest character drawn on any page. */
    public static float smallestTextSize(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float[] smallest = {Float.MAX_VALUE};
            PDFTextStripper sizes = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    positions.forEach(p -> smallest[0] = Math.min(smallest[0], p.getFontSizeInPt()));
                }
            };
            sizes.getText(document);
            return smallest[0];
        } catch (java.io.IOException e) {
            throw new AssertionError("PDF not readable", e);
        }
    }

    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                            + " @ " + a.getLocation().getContext())
                    .distinct().collect(Collectors.toList());
            assertTrue(result.isCompliant() || !failed.isEmpty(), "not compliant, yet no failed rule reported");
            return failed;
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not read the PDF", e);
        }
    }

    /** Whether the first page draws a picture (the theme's logo on top of the town's documents). */
    public static boolean firstPageHasAnImage(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            for (var name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException e) {
            throw new AssertionError("PDF not readable", e);
        }
    }

    /** Every page's text, its runs of white space (including no-break spaces) made one space. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0\\u202F]+", " ");
        } catch (java.io.IOException e) {
            throw new AssertionError("PDF not readable", e);
        }
    }
}
