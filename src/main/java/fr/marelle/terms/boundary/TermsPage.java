package fr.marelle.terms.boundary;

import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.terms.control.TermsText;
import fr.marelle.terms.control.TermsVersions;
import fr.marelle.terms.entity.TermsVersion;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The public terms page: the version in force, or the one named by {@code ?version=} (an older or coming one). */
@Named
@RequestScoped
public class TermsPage {

    @Inject
    TermsVersions versions;

    @Inject
    LanguageSwitch language;

    private TermsVersion shown;
    private boolean current;

    @PostConstruct
    void load() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("version");
        TermsVersion inForce = versions.current().orElseThrow(() -> new IllegalStateException("no terms of use in force"));
        shown = versions.byLabel(asked).orElse(inForce);
        current = shown.getLabel().equals(inForce.getLabel());
    }

    public String getLabel() {
        return shown.getLabel();
    }

    /** "Version 2026-09, in force since 1 September 2026", or when a coming or replaced version is shown. */
    public String getStatus() {
        String key = current ? "terms.page.current"
                : shown.getInForceOn().isAfter(versions.today()) ? "terms.page.upcoming" : "terms.page.replaced";
        return Feedback.text(key, shown.getLabel(), TermsDays.day(shown.getInForceOn(), language.getLocale()));
    }

    public boolean isCurrent() {
        return current;
    }

    public List<TermsText.Block> getBlocks() {
        return TermsText.blocks(shown.text(language.getLocale().getLanguage()));
    }
}
