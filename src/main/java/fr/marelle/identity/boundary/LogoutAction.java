package fr.marelle.identity.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.audit.control.AuditTrail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** The logout button of the header (a POST, so no other site can log a visitor out). */
@Named
@RequestScoped
public class LogoutAction {

    @Inject
    Acting acting;

    @Inject
    AuditTrail audit;

    public void logout() throws IOException, ServletException {
        acting.account().ifPresent(account -> audit.record("LOGOUT", "account", account.getId(), null, null));
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?bye=true");
        faces.responseComplete();
    }
}
