package fr.marelle.identity.boundary;

import fr.marelle.identity.control.Registration;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The page the activation link opens. The visitor confirms with a button (a POST): mail
 * scanners that follow links on their own must not use up the token.
 */
@Named
@RequestScoped
public class ActivationPage {

    @Inject
    Registration registration;

    private String token;
    private boolean activated;

    public String activate() {
        try {
            registration.activate(token);
            activated = true;
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
        return null;
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public boolean isActivated() { return activated; }
}
