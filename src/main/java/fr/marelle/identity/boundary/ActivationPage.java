package fr.marelle.identity.boundary;

import fr.marelle.identity.control.Registration;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The page the activation link opens. Activating is a POST, so that mail scanners that follow
 * links on their own do not use up the token; in a browser a small script sends it at once
 * (js/activate.js), and without scripts the visitor presses the button. Once activated, the
 * sign-in link carries the e-mail address.
 */
@Named
@RequestScoped
public class ActivationPage {

    @Inject
    Registration registration;

    private String token;
    private boolean activated;
    private String email;

    public String activate() {
        try {
            email = registration.activate(token).getEmail();
            activated = true;
        } catch (RuleViolationException e) {
            Feedback.refused(e);
        }
        return null;
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public boolean isActivated() { return activated; }
    public String getEmail() { return email; }
}
