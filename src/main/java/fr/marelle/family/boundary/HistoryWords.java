package fr.marelle.family.boundary;

import fr.marelle.family.control.HistoryWording;
import fr.marelle.family.entity.HouseholdChange;
import fr.marelle.platform.boundary.LanguageSwitch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The household history pages: each line's field and values in the visitor's language. */
@Named
@RequestScoped
public class HistoryWords {

    @Inject
    HistoryWording wording;

    @Inject
    LanguageSwitch language;

    public String label(HouseholdChange change) {
        return wording.label(change.getField(), language.getLocale());
    }

    public String oldValue(HouseholdChange change) {
        return wording.value(change.getField(), change.getOldValue(), language.getLocale());
    }

    public String newValue(HouseholdChange change) {
        return wording.value(change.getField(), change.getNewValue(), language.getLocale());
    }
}
