package fr.marelle.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Absolute links to the portal's pages for e-mails, always built on the configured public
 * address (MARELLE_BASE_URL), never on the request's Host header, which a client could forge
 * to send a reset link pointing elsewhere.
 */
@ApplicationScoped
public class PortalLinks {

    /** The base URL when MARELLE_BASE_URL is not set. */
    public static final String DEFAULT_BASE = "http://localhost:8080";

    @Inject
    PortalConfig config;

    public String to(String pathAndQuery) {
        return base() + pathAndQuery;
    }

    public String base() {
        return config.baseUrl().orElse(DEFAULT_BASE);
    }
}
