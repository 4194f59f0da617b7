package fr.marelle.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

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

    /** Every page of a PDF. */
    static String pdf(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            return all.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }
}
