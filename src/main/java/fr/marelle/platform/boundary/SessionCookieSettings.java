package fr.marelle.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie Secure when the portal's public address is https, also when TLS ends
 * at a reverse proxy in front of Payara (the request then looks like plain http to the server).
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean https = ConfigProvider.getConfig().getOptionalValue("marelle.base-url", String.class)
                .map(url -> url.startsWith("https://")).orElse(false);
        if (https) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
