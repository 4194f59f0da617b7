package fr.marelle.platform.boundary;

import fr.marelle.platform.control.Messages;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the pages for this visitor: French unless they switched to English. Only the pages:
 * the language of the mails is the account's own setting (account page, PUT /api/v1/me/mail-language),
 * so that one click on "English" does not turn a family's official mails into English.
 */
@Named("language")
@SessionScoped
public class LanguageSwitch implements Serializable {

    private static final long serialVersionUID = 1L;

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
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        var external = faces.getExternalContext();
        var request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
