package fr.marelle.platform.boundary;

import fr.marelle.platform.control.Messages;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/** Language of an API answer: English when Accept-Language prefers it, French otherwise. */
final class ApiLocale {

    private ApiLocale() {
    }

    static Locale of(HttpHeaders headers) {
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
}
