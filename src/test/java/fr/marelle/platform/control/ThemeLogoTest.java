package fr.marelle.platform.control;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeLogoTest {

    @Test
    void everyShippedThemeHasALogoDocumentsCanDraw() throws Exception {
        try (var themes = Files.list(Path.of("webapp-themes"))) {
            for (Path theme : themes.toList()) {
                var logo = ThemeLogo.parse(Files.readAllBytes(theme.resolve("logo.svg")));
                assertTrue(logo.isPresent(), theme + ": no rectangle or circle with a colour");
                assertEquals(5, logo.get().shapes().size(), theme.toString());
            }
        }
    }

    @Test
    void theDrawnLogoHasTheShapesColoursWhereTheSvgPutsThem() throws Exception {
        var logo = ThemeLogo.parse(("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 48\">"
                + "<rect x=\"0\" y=\"0\" width=\"24\" height=\"48\" fill=\"#00527a\"/>"
                + "<circle cx=\"36\" cy=\"24\" r=\"8\" fill=\"#b3261e\"/></svg>").getBytes(StandardCharsets.UTF_8)).orElseThrow();
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(logo.png(96)));
        assertEquals(96, png.getWidth());
        assertEquals(new Color(0x00527a), new Color(png.getRGB(10, 48)), "inside the rectangle");
        assertEquals(new Color(0xb3261e), new Color(png.getRGB(72, 48)), "inside the circle");
        assertEquals(0, png.getRGB(95, 2) >>> 24, "transparent elsewhere");
    }

    @Test
    void aFileWithoutDrawableShapesOrWithADoctypeGivesNoLogo() {
        assertTrue(ThemeLogo.parse("<svg viewBox=\"0 0 10 10\"><path d=\"M0 0L10 10\" fill=\"#000000\"/></svg>"
                .getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(ThemeLogo.parse(("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg viewBox=\"0 0 10 10\"><rect width=\"5\" height=\"5\" fill=\"#000000\"/></svg>")
                .getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(ThemeLogo.parse("not xml".getBytes(StandardCharsets.UTF_8)).isEmpty());
    }
}
