package fr.marelle.platform.boundary;

import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Messages on pages. A refused form shows a summary at the top and each violation next to its
 * field: the violation's field name is the input's id (forms use prependId="false").
 */
public final class Feedback {

    private Feedback() {
    }

    /**
     * Shows why a form was refused: each field's messages beside it, joined when a field breaks several
     * rules at once (a password, say, is told everything it lacks in one go), the same listed in the
     * error summary at the top, and what concerns no field of the page as a message at the top.
     */
    public static void refused(RuleViolationException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = locale();
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (Violation v : e.violations()) {
            String text = Messages.text(locale, v);
            if (isOnPage(faces, v.field())) {
                byField.computeIfAbsent(v.field(), f -> new ArrayList<>()).add(text);
            } else {
                // a violation without a field on this page (e.g. an expired link) is said at the top
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
        }
        ErrorSummary summary = CDI.current().select(ErrorSummary.class).get();
        byField.forEach((field, texts) -> {
            String text = String.join(" ", texts);
            faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            summary.add(field, text);
        });
        faces.validationFailed();
    }

    private static boolean isOnPage(FacesContext faces, String field) {
        // by client id: forms use prependId="false", so the field name is the input's client id
        return field != null && faces.getViewRoot() != null
                && faces.getViewRoot().invokeOnComponent(faces, field, (context, component) -> { });
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

    /** An object the page's parameter names is not there for this user (or at all): the not-found page (404), as the API answers. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public static String text(String key, Object... args) {
        return Messages.text(locale(), key, args);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, Messages.text(locale(), key, args), null));
    }

    /** The visitor's language (the view's own locale is not set yet when a view action runs). */
    private static Locale locale() {
        return CDI.current().select(LanguageSwitch.class).get().getLocale();
    }
}
