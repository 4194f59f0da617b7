package fr.marelle.legal.boundary;

import fr.marelle.family.control.Phones;
import fr.marelle.identity.control.Acting;
import fr.marelle.legal.control.LegalField;
import fr.marelle.legal.control.LegalInformation;
import fr.marelle.legal.control.LegalSettings;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.Map;

/** Administrator: the legal information on "Réglages de la commune", all parts in one form. */
@Named
@RequestScoped
public class LegalSettingsPage {

    @Inject
    Acting acting;

    @Inject
    LegalSettings legalSettings;

    private final Map<String, String> values = new HashMap<>();

    @PostConstruct
    void load() {
        LegalInformation current = legalSettings.current();
        for (LegalField field : LegalField.values()) {
            // phones as people type them, not in E.164
            values.put(field.id(), current.get(field)
                    .map(v -> field.kind() == LegalField.Kind.PHONE ? Phones.display(v) : v).orElse(""));
        }
    }

    public String save() {
        try {
            legalSettings.replace(acting.require().getId(), values);
            Feedback.infoAfterRedirect("legal.settings.saved");
            return "/admin/settings.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    /** Typed values by field id (the inputs' ids). */
    public Map<String, String> getValues() {
        return values;
    }
}
