package fr.marelle.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Settings given to the portal at start (environment variables such as MARELLE_TOWN_NAME or
 * system properties such as marelle.town-name, see the README's configuration table).
 */
@ApplicationScoped
public class PortalConfig {

    @Inject
    @ConfigProperty(name = "marelle.town-name", defaultValue = "Ville de Marelle")
    String townName;

    @Inject
    @ConfigProperty(name = "marelle.theme", defaultValue = "default")
    String theme;

    @Inject
    @ConfigProperty(name = "marelle.base-url")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "marelle.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "marelle.today")
    Optional<String> today;

    @Inject
    @ConfigProperty(name = "marelle.today.allowed", defaultValue = "false")
    boolean todayAllowed;

    public String townName() {
        return townName;
    }

    /** Folder name under webapp-themes/ (letters, digits and dashes only). */
    public String theme() {
        return theme.matches("[a-z0-9-]+") ? theme : "default";
    }

    /** Public address of the portal used in e-mail links, without trailing slash. */
    public Optional<String> baseUrl() {
        return baseUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** The day the portal runs as of (MARELLE_TODAY), when its clock is moved. */
    public Optional<String> today() {
        return today.filter(t -> !t.isBlank()).map(String::strip);
    }

    /** Whether a moved clock is accepted outside demo mode (MARELLE_TODAY_ALLOWED). */
    public boolean todayAllowed() {
        return todayAllowed;
    }

    /** Demo mode: demo town and logins, provider simulator, sent mails readable by the administrator. */
    public boolean demo() {
        return demo;
    }
}
