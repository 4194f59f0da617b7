package fr.marelle.platform.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the portal from the i18n bundle. French is the base bundle; English is the other
 * language. Used by REST problems and mails; Faces pages use the same bundle as {@code msg}.
 * Texts use the typographic apostrophe (’), so MessageFormat and Faces show them alike.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale FRENCH = Locale.FRENCH;

    private Messages() {
    }

    /** The supported language closest to the given one: English when asked, French otherwise. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : FRENCH;
    }

    public static Locale forLanguage(String language) {
        return supported(language == null ? null : Locale.forLanguageTag(language));
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, supported(locale)).format(args);
    }

    public static String text(Locale locale, Violation violation) {
        return text(locale, violation.key(), violation.args().toArray());
    }
}
