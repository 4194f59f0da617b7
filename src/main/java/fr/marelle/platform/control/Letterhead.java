package fr.marelle.platform.control;

import java.util.Optional;

/** The top of the town's documents: the theme's logo (when it has one) beside the town's name ({@link PdfDocument}). */
public record Letterhead(String town, Optional<ThemeLogo> logo) {

    public static Letterhead of(String town) {
        return new Letterhead(town, Optional.empty());
    }
}
