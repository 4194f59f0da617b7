package fr.marelle.identity.boundary;

import fr.marelle.identity.control.AccountSettings;
import fr.marelle.identity.control.Acting;
import fr.marelle.platform.boundary.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The account holder chooses to be mailed when a maintenance of the portal is announced. */
@Named
@RequestScoped
public class MaintenanceNoticesPage {

    @Inject
    Acting acting;

    @Inject
    AccountSettings settings;

    private boolean wanted;

    @PostConstruct
    void load() {
        wanted = acting.account().map(a -> a.isMaintenanceNotices()).orElse(false);
    }

    public String save() {
        settings.changeMaintenanceNotices(acting.require().getId(), wanted);
        Feedback.infoAfterRedirect(wanted ? "notices.maintenance.on" : "notices.maintenance.off");
        return "/account/notices.xhtml?faces-redirect=true";
    }

    public boolean isWanted() { return wanted; }
    public void setWanted(boolean wanted) { this.wanted = wanted; }
}
