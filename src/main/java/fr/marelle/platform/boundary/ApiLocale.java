package fr.marelle.platform.boundary;

import fr.marelle.platform.control.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Enumeration;
import java.util.Locale;

/** Language of an API answer: English when Accept-Language prefers it, French otherwise. */
public final class ApiLocale {

    private ApiLocale() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers == null) {
            return Messages.FRENCH;
        }
        for (Locale locale : headers.getAcceptableLanguages()) {
            if ("fr".equals(locale.getLanguage()) || "en".equals(locale.getLanguage())) {
                return Messages.supported(locale);
            }
        }
        return Messages.FRENCH;
    }

    /**
     * The same choice for answers written before JAX-RS runs (authentication, filters). Without
     * Accept-Language, {@link HttpServletRequest#getLocale()} is the server's own locale: not used.
     */
    public static Locale of(HttpServletRequest request) {
        if (request == null || request.getHeader("Accept-Language") == null) {
            return Messages.FRENCH;
        }
        for (Enumeration<Locale> locales = request.getLocales(); locales.hasMoreElements(); ) {
            Locale locale = locales.nextElement();
            if ("fr".equals(locale.getLanguage()) || "en".equals(locale.getLanguage())) {
                return Messages.supported(locale);
            }
        }
        return Messages.FRENCH;
    }
}
