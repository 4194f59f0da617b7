package fr.marelle.legal.boundary;

import fr.marelle.legal.control.LegalMentions;
import fr.marelle.platform.boundary.LanguageSwitch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * For the family's pages: what a refusal states besides its reasons, its author and appeal routes
 * (CRPA L.212-1, CJA R.421-5), in the page's language, as the refusal's mail says it.
 */
@Named("decisionMentions")
@RequestScoped
public class DecisionMentions {

    @Inject
    LegalMentions legalMentions;

    @Inject
    LanguageSwitch language;

    /** The paragraphs of a refusal signed by the given signatory ("Name, title", null when none was named). */
    public List<String> of(String signatory) {
        return legalMentions.decision(language.getLocale(), signatory);
    }
}
