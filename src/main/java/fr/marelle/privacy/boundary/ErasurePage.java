package fr.marelle.privacy.boundary;

import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.privacy.control.ErasureRefusedException;
import fr.marelle.privacy.control.ErasureRequests;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.util.List;

/** "Fermer mon compte": what closing means, what to settle first, and the confirmation with the password. */
@Named
@RequestScoped
public class ErasurePage {

    @Inject
    ErasureRequests requests;

    private List<String> reasons;
    private String password;

    @PostConstruct
    void load() {
        reasons = requests.refusals().stream().map(v -> Feedback.text(v.key(), v.args().toArray())).toList();
    }

    /** Closes the account, ends the session and shows the public confirmation page. */
    public void close() throws IOException, ServletException {
        try {
            requests.request(password);
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return;
        } catch (ErasureRefusedException e) {
            reasons = e.reasons().stream().map(v -> Feedback.text(v.key(), v.args().toArray())).toList();
            Feedback.error("erasure.refused");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/account-closed.xhtml");
        faces.responseComplete();
    }

    public List<String> getReasons() { return reasons; }
    public boolean isPossible() { return reasons.isEmpty(); }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
