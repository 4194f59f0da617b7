package fr.marelle.identity.boundary;

import fr.marelle.identity.control.AccountSettings;
import fr.marelle.identity.control.Acting;
import fr.marelle.platform.boundary.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The account holder chooses the language of the mails the portal sends them (not of the pages). */
@Named
@RequestScoped
public class MailLanguagePage {

    @Inject
    Acting acting;

    @Inject
    AccountSettings settings;

    private String language;

    @PostConstruct
    void load() {
        language = acting.account().map(a -> a.getLanguage()).orElse("fr");
    }

    public String save() {
        settings.changeMailLanguage(acting.require().getId(), language);
        Feedback.infoAfterRedirect("mailLanguage.saved." + ("en".equals(language) ? "en" : "fr"));
        return "/account/notices.xhtml?faces-redirect=true";
    }

    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
