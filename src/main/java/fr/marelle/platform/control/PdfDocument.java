package fr.marelle.platform.control;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * One document of the portal, written as XHTML from semantic blocks (title, headings, paragraphs, tables with header
 * cells, a signature block) and printed by {@link PdfDocuments} as a tagged, archivable PDF. The look lives in
 * {@code documents/document.css}; every text is escaped here, so callers pass plain strings.
 */
public final class PdfDocument {

    /**
     * How a table cell reads: amounts and counts align right, they and codes (document numbers, dates, cheque numbers)
     * never wrap; warnings stand out.
     */
    public enum Kind { TEXT, NUMBER, CODE, STRONG, WARNING }

    public record Cell(String text, Kind kind) {
        public static Cell text(Object value) {
            return new Cell(value == null ? "" : value.toString(), Kind.TEXT);
        }

        public static Cell number(Object value) {
            return new Cell(value == null ? "" : value.toString(), Kind.NUMBER);
        }

        public static Cell code(Object value) {
            return new Cell(value == null ? "" : value.toString(), Kind.CODE);
        }

        public static Cell strong(Object value) {
            return new Cell(value == null ? "" : value.toString(), Kind.STRONG);
        }

        public static Cell warning(Object value) {
            return new Cell(value == null ? "" : value.toString(), Kind.WARNING);
        }
    }

    private final String title;
    private final Locale locale;
    private final boolean landscape;
    private final StringBuilder body = new StringBuilder();
    private String author = "";

    private PdfDocument(String title, Locale locale, boolean landscape) {
        this.title = title;
        this.locale = Messages.supported(locale);
        this.landscape = landscape;
    }

    /** An A4 portrait document (letters to families: invoices, receipts). */
    public static PdfDocument portrait(String title, Locale locale) {
        return new PdfDocument(title, locale, false);
    }

    /** An A4 landscape document (staff's lists with many columns). */
    public static PdfDocument landscape(String title, Locale locale) {
        return new PdfDocument(title, locale, true);
    }

    /** The town's logo (its name as alternative text) beside the town's name. */
    public PdfDocument letterhead(Letterhead head) {
        author = head.town();
        body.append("<div class=\"letterhead\">");
        head.logo().ifPresent(logo -> body.append("<img src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(logo.png(144))).append("\" alt=\"")
                .append(escape(Messages.text(locale, "pdf.logoAlt", head.town()))).append("\"/>"));
        body.append("<span class=\"town\">").append(escape(head.town())).append("</span></div>");
        return this;
    }

    /** The document's title as its first-level heading. */
    public PdfDocument title() {
        return element("h1", null, title);
    }

    /** A section's heading (second level). */
    public PdfDocument heading(String text) {
        return element("h2", null, text);
    }

    public PdfDocument paragraph(String text) {
        return element("p", null, text);
    }

    public PdfDocument strong(String text) {
        return element("p", "strong", text);
    }

    /** A total or a sum, right-aligned under a table. */
    public PdfDocument total(String text, boolean strong) {
        return element("p", strong ? "total strong" : "total", text);
    }

    /** Lines kept together, as on an envelope (the addressee): the first in bold. */
    public PdfDocument block(List<String> lines) {
        body.append("<div class=\"block\">");
        boolean first = true;
        for (String line : lines) {
            element("p", first ? "strong" : null, line);
            first = false;
        }
        body.append("</div>");
        return this;
    }

    /** A table whose header row names the columns (repeated on each page). */
    public PdfDocument table(List<String> headers, List<List<Cell>> rows) {
        body.append("<table><thead><tr>");
        for (String header : headers) {
            body.append("<th scope=\"col\">").append(escape(header)).append("</th>");
        }
        body.append("</tr></thead><tbody>");
        for (List<Cell> row : rows) {
            body.append("<tr>");
            for (Cell cell : row) {
                String css = switch (cell.kind()) {
                    case TEXT -> null;
                    case NUMBER -> "num";
                    case CODE -> "code";
                    case STRONG -> "strong";
                    case WARNING -> "warning";
                };
                element("td", css, cell.text());
            }
            body.append("</tr>");
        }
        body.append("</tbody></table>");
        return this;
    }

    /** Boxes to sign by hand, one per signatory, under their heading. */
    public PdfDocument signatures(String heading, List<String> signatories) {
        heading(heading);
        body.append("<div class=\"signatures\">");
        for (String who : signatories) {
            element("div", "signature", who);
        }
        body.append("</div>");
        return this;
    }

    /** The XHTML handed to the renderer (tests read it too). */
    public String xhtml() {
        return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + locale.getLanguage() + "\"><head>"
                + "<meta charset=\"UTF-8\"/><title>" + escape(title) + "</title>"
                + "<meta name=\"subject\" content=\"" + escape(title) + "\"/>"
                + (author.isBlank() ? "" : "<meta name=\"author\" content=\"" + escape(author) + "\"/>")
                + "<style>" + PdfDocuments.CSS + (landscape ? "@page { size: A4 landscape; }" : "") + "</style>"
                + "</head><body>" + body + "</body></html>";
    }

    public byte[] pdf() {
        return PdfDocuments.render(xhtml());
    }

    private PdfDocument element(String name, String css, String text) {
        body.append('<').append(name);
        if (css != null) {
            body.append(" class=\"").append(css).append('"');
        }
        body.append('>').append(escape(text)).append("</").append(name).append('>');
        return this;
    }

    /** Text as XML character data: markup escaped, characters XML 1.0 forbids dropped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
