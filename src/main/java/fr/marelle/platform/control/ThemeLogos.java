package fr.marelle.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** The configured theme's logo for documents, read once from the theme folder. */
@ApplicationScoped
public class ThemeLogos {

    @Inject
    PortalConfig config;

    @Inject
    ServletContext servletContext;

    private volatile Optional<ThemeLogo> logo;

    /** The letterhead of the town's documents. */
    public Letterhead letterhead() {
        return new Letterhead(config.townName(), logo());
    }

    private Optional<ThemeLogo> logo() {
        Optional<ThemeLogo> current = logo;
        if (current == null) {
            try (InputStream in = servletContext.getResourceAsStream("/resources/themes/" + config.theme() + "/logo.svg")) {
                current = in == null ? Optional.empty() : ThemeLogo.parse(in.readAllBytes());
            } catch (IOException e) {
                current = Optional.empty();
            }
            logo = current;
        }
        return current;
    }
}
