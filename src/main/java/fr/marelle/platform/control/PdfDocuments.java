package fr.marelle.platform.control;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/**
 * Renders the portal's XHTML documents (see {@link PdfDocument}) to PDF with openhtmltopdf on PDFBox: tagged PDF/UA-1
 * (structure from the markup, /Lang from {@code html/@lang}, title shown) and PDF/A-2u (the DejaVu fonts shipped in
 * {@code fonts/} embedded, XMP metadata, sRGB output intent). Nothing is fetched: only {@code data:} URIs load.
 */
public final class PdfDocuments {

    static final String FONT = "DejaVu Sans Condensed";
    private static final byte[] REGULAR = resource("/fonts/DejaVuSansCondensed.ttf");
    private static final byte[] BOLD = resource("/fonts/DejaVuSansCondensed-Bold.ttf");
    static final String CSS = new String(resource("/documents/document.css"), java.nio.charset.StandardCharsets.UTF_8);
    /** The JDK's own sRGB profile (ICC v2), the output intent PDF/A asks for. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf logs every stage of every document at INFO: keep the server's log for what goes wrong
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private PdfDocuments() {
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
        builder.useColorProfile(SRGB);
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, FontStyle.NORMAL, true);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useUnicodeLineBreaker(new NumbersKeptWhole());
        builder.withProducer("Marelle");
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF not written", e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfDocuments.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
