package fr.marelle.it;

import fr.marelle.platform.control.PdfConformance;

import java.io.IOException;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a reader sees of a page or a PDF, as one line of text, for tests that look for phrases in it. */
final class ReadableText {

    private ReadableText() {
    }

    /** A page answered 200, its tags dropped and the entities of the test values decoded. */
    static String page(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page.body());
        return page.body().replaceAll("<[^>]+>", " ").replace("&nbsp;", " ").replace("&#39;", "’")
                .replace("&amp;", "&").replaceAll("\\s+", " ");
    }

    /** Every page of a PDF, after checking that it is accessible (PDF/UA-1) and archivable (PDF/A-2u). */
    static String pdf(byte[] pdf) throws IOException {
        PdfConformance.assertAccessibleAndArchivable(pdf);
        return PdfConformance.text(pdf);
    }
}
