package fr.marelle.maintenance.boundary;

import fr.marelle.maintenance.control.MaintenanceRule;
import fr.marelle.maintenance.control.MaintenanceWindows;
import fr.marelle.platform.control.DisplayFormats;
import fr.marelle.maintenance.entity.MaintenanceWindow;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Locale;

/** The layout's banner: a maintenance announced (from N days before its start) or under way (staff still see pages). */
@Named
@RequestScoped
public class MaintenanceBanner {

    @Inject
    MaintenanceWindows windows;

    @Inject
    LanguageSwitch language;

    private MaintenanceWindow window;
    private MaintenanceRule.Phase phase = MaintenanceRule.Phase.NONE;

    @PostConstruct
    void load() {
        phase = windows.phase();
        window = phase == MaintenanceRule.Phase.NONE ? null : windows.inForce().orElse(null);
        if (window == null) {
            phase = MaintenanceRule.Phase.NONE;
        }
    }

    public boolean isShown() {
        return phase != MaintenanceRule.Phase.NONE;
    }

    public boolean isOngoing() {
        return phase == MaintenanceRule.Phase.ONGOING;
    }

    /** When, in the visitor's language and in Paris time. */
    public String getWhen() {
        if (!isShown()) {
            return "";
        }
        Locale locale = language.getLocale();
        String end = DisplayFormats.longDateTime(window.getEndsAt(), locale);
        return isOngoing() ? Messages.text(locale, "maintenance.banner.ongoing", end)
                : Messages.text(locale, "maintenance.banner.announced", DisplayFormats.longDateTime(window.getStartsAt(), locale), end);
    }

    public String getMessage() {
        return isShown() ? window.message(language.getLocale().getLanguage()) : "";
    }
}
