package fr.marelle.terms.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.terms.control.TermsDraft;
import fr.marelle.terms.control.TermsVersions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Administrator: the versions of the terms of use with their acceptances, and publishing a new one. */
@Named
@RequestScoped
public class TermsAdminPage {

    /** A version in the table. */
    public record Row(String version, String inForceOn, String status, long acceptances, String published) {
    }

    @Inject
    Acting acting;

    @Inject
    TermsVersions versions;

    @Inject
    LanguageSwitch language;

    private String version;
    private String inForceOn;
    private String textFr;
    private String textEn;
    private List<Row> history;

    public String publish() {
        try {
            var published = versions.publish(acting.require().getId(), new TermsDraft(version, textFr, textEn, inForceOn));
            Feedback.infoAfterRedirect("terms.admin.published", published.getLabel(),
                    TermsDays.day(published.getInForceOn(), language.getLocale()));
            return "/admin/terms.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public List<Row> getHistory() {
        if (history == null) {
            history = versions.history().stream().map(s -> new Row(s.version().getLabel(),
                    TermsDays.day(s.version().getInForceOn(), language.getLocale()),
                    Feedback.text("terms.status." + s.status().name()), s.acceptances(),
                    TermsDays.instant(s.version().getPublishedAt(), language.getLocale())
                            + (s.publishedBy() == null ? "" : " – " + s.publishedBy()))).toList();
        }
        return history;
    }

    /** Today, the earliest day a new version may come into force (the date input's minimum). */
    public String getToday() {
        return versions.today().toString();
    }

    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public String getInForceOn() { return inForceOn; }
    public void setInForceOn(String inForceOn) { this.inForceOn = inForceOn; }
    public String getTextFr() { return textFr; }
    public void setTextFr(String textFr) { this.textFr = textFr; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
}
