package fr.marelle.terms.control;

import java.util.ArrayList;
import java.util.List;

/**
 * How a version's plain text is laid out on the page: blank lines separate paragraphs, and a paragraph of one
 * line starting with {@code # } is a heading. Nothing else is interpreted (no HTML: the page escapes it all).
 */
public final class TermsText {

    /** A heading or a paragraph. */
    public record Block(boolean heading, String text) {
    }

    private TermsText() {
    }

    public static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        for (String paragraph : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            String p = paragraph.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.startsWith("# ") && !p.contains("\n")) {
                blocks.add(new Block(true, p.substring(2).strip()));
            } else {
                blocks.add(new Block(false, p.replaceAll("\\s*\n\\s*", " ")));
            }
        }
        return blocks;
    }
}
