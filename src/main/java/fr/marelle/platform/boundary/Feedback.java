package fr.marelle.platform.boundary;

import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.Locale;

/**
 * Messages on pages. A refused form shows a summary at the top and each violation next to its
 * field: the violation's field name is the input's id (forms use prependId="false").
 */
public final class Feedback {

    private Feedback() {
    }

    public static void refused(RuleViolationException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = locale(faces);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text(locale, "form.hasErrors", e.violations().size()), null));
        for (Violation v : e.violations()) {
            String text = Messages.text(locale, v);
            faces.addMessage(v.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        faces.validationFailed();
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    /** An info message that survives the redirect that follows (post-redirect-get). */
    public static void infoAfterRedirect(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        info(key, args);
    }

    public static String text(String key, Object... args) {
        return Messages.text(locale(FacesContext.getCurrentInstance()), key, args);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, Messages.text(locale(faces), key, args), null));
    }

    private static Locale locale(FacesContext faces) {
        return faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Messages.FRENCH;
    }
}
