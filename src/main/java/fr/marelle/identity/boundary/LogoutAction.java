package fr.marelle.identity.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.audit.control.AuditTrail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/**
 * The logout button of the header (a POST, so no other site can log a visitor out). A session that
 * came from FranceConnect leaves through FranceConnect's logout, which sends the browser back.
 */
@Named
@RequestScoped
public class LogoutAction {

    @Inject
    Acting acting;

    @Inject
    AuditTrail audit;

    @Inject
    Event<SigningOut> signingOut;

    public void logout() throws IOException, ServletException {
        acting.account().ifPresent(account -> audit.record("LOGOUT", "account", account.getId(), null, null));
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SigningOut exit = new SigningOut();
        signingOut.fire(exit);
        request.logout();
        external.invalidateSession();
        if (exit.exitUri().isPresent()) {
            // the provider's logout (FranceConnect) comes back to us; its check needs these in a fresh session
            exit.keep().forEach(request.getSession(true)::setAttribute);
            external.redirect(exit.exitUri().get());
        } else {
            external.redirect(external.getRequestContextPath() + "/login.xhtml?bye=true");
        }
        faces.responseComplete();
    }
}
