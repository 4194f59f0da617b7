package fr.marelle.platform.boundary;

import fr.marelle.platform.control.Messages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** The language of the pages for this visitor: French unless they switched to English. */
@Named("language")
@SessionScoped
public class LanguageSwitch implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Fired when a visitor picks a language, so a signed-in account can keep it for its e-mails. */
    public record LanguageChosen(String language) {
    }

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<LanguageChosen> chosenEvent;

    private Locale locale = Messages.FRENCH;
    private boolean chosen;

    public Locale getLocale() {
        return locale;
    }

    public String getTag() {
        return locale.getLanguage();
    }

    /** True once the visitor picked a language with the switch in this session. */
    public boolean isChosen() {
        return chosen;
    }

    public void use(String language) {
        locale = Messages.forLanguage(language);
    }

    /** The switch in the header: stays on the same page, now in the other language. */
    public void switchTo(String language) throws IOException {
        use(language);
        chosen = true;
        chosenEvent.fire(new LanguageChosen(getTag()));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        var external = faces.getExternalContext();
        var request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
