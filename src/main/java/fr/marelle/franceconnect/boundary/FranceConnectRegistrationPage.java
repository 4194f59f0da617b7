package fr.marelle.franceconnect.boundary;

import fr.marelle.franceconnect.control.FranceConnectIdentity;
import fr.marelle.franceconnect.control.FranceConnectRegistration;
import fr.marelle.identity.boundary.PageSignIn;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.AccountStatus;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.boundary.TooManyRequests;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.TooManyRequestsException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * The registration form of {@code /register.xhtml} for an identity FranceConnect vouched for and the portal
 * does not know ("Créer mon compte"): names and birth come from FranceConnect and are shown, not typed; the
 * e-mail is FranceConnect's unless the person changes it. The account is linked at once; with FranceConnect's
 * e-mail it is active and the person is signed in, with another one it waits for the activation link.
 */
@Named("fcRegistration")
@RequestScoped
public class FranceConnectRegistrationPage {

    @Inject
    FranceConnectRegistration registration;

    @Inject
    PageSignIn pageSignIn;

    @Inject
    LanguageSwitch language;

    @Inject
    HttpServletRequest request;

    private String email;
    private boolean termsAccepted;

    @PostConstruct
    void prefill() {
        email = FranceConnectSession.pending(request).map(FranceConnectIdentity::email).orElse(null);
    }

    public String register() throws IOException {
        Optional<FranceConnectIdentity> identity = FranceConnectSession.pending(request);
        if (identity.isEmpty()) {
            // the session ended (or another tab finished): start again from the button
            return "/franceconnect.xhtml?faces-redirect=true";
        }
        Optional<Account> created;
        try {
            created = registration.register(identity.get(), email, termsAccepted, language.getTag());
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        } catch (TooManyRequestsException e) {
            TooManyRequests.onPage(e);
            return null;
        }
        request.getSession().removeAttribute(FranceConnectSession.PENDING);
        if (created.isEmpty() || created.get().getStatus() != AccountStatus.ACTIVE) {
            // the same answer whether the e-mail had an account or not: the mailbox says which
            return "/register-done.xhtml?faces-redirect=true";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (!pageSignIn.signIn(request, (HttpServletResponse) external.getResponse(), created.get())) {
            return "/login.xhtml?faces-redirect=true";
        }
        request.getSession().setAttribute(FranceConnectSession.ID_TOKEN, identity.get().idToken());
        Feedback.infoAfterRedirect("franceconnect.register.done");
        external.redirect(external.getRequestContextPath() + pageSignIn.target(created.get(), null));
        faces.responseComplete();
        return null;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isTermsAccepted() { return termsAccepted; }
    public void setTermsAccepted(boolean termsAccepted) { this.termsAccepted = termsAccepted; }
}
