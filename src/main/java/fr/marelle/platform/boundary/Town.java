package fr.marelle.platform.boundary;

import fr.marelle.platform.control.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The town the portal serves, for the layout: its name, theme folder and demo mode. */
@Named("town")
@ApplicationScoped
public class Town {

    @Inject
    PortalConfig config;

    public String getName() {
        return config.townName();
    }

    /** Path of the theme folder (webapp-themes/&lt;name&gt; in the sources). */
    public String getThemePath() {
        return "/resources/themes/" + config.theme();
    }

    public boolean isDemo() {
        return config.demo();
    }
}
