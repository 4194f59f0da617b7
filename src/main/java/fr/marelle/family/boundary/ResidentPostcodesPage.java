package fr.marelle.family.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.family.control.ResidentPostcodes;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Administrator: the town's postcodes, typed one per line (or separated by commas). */
@Named
@RequestScoped
public class ResidentPostcodesPage {

    @Inject
    Acting acting;

    @Inject
    ResidentPostcodes residentPostcodes;

    private String postcodes;

    @PostConstruct
    void load() {
        postcodes = String.join("\n", residentPostcodes.current());
    }

    public String save() {
        try {
            List<String> saved = residentPostcodes.replace(acting.require().getId(),
                    ResidentPostcodes.split(postcodes));
            Feedback.infoAfterRedirect("residentPostcodes.saved", saved.size());
            return "/admin/settings.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public List<String> getCurrent() { return residentPostcodes.current(); }
    public String getPostcodes() { return postcodes; }
    public void setPostcodes(String v) { this.postcodes = v; }
}
