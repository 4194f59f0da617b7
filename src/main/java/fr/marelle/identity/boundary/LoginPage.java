package fr.marelle.identity.boundary;

import fr.marelle.identity.control.Authentication;
import fr.marelle.identity.control.LoginResult;
import fr.marelle.identity.control.PasswordCheckGate;
import fr.marelle.identity.entity.Account;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.boundary.ServerBusy;
import fr.marelle.platform.control.ServerBusyException;
import fr.marelle.platform.boundary.TooManyRequests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The login page: e-mail and password, then the page asked for or the home page of the role. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    Authentication authentication;

    @Inject
    PageSignIn pageSignIn;

    @Inject
    Event<SignedInWithPassword> signedIn;

    @Inject
    PasswordCheckGate passwordChecks;

    private String email;
    private String password;
    private String next;

    public String login() throws IOException {
        LoginResult result;
        try {
            result = passwordChecks.through(email, () -> authentication.check(email, password));
        } catch (ServerBusyException e) {
            ServerBusy.onPage(e);
            return null;
        } finally {
            password = null;
        }
        if (result.outcome() == LoginResult.Outcome.THROTTLED) {
            TooManyRequests.onPage(result.tooMany());
            return null;
        }
        if (!result.succeeded()) {
            Feedback.error(result.messageKey());
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        Account account = result.account();
        if (!pageSignIn.signIn(request, response, account)) {
            Feedback.error("login.invalid");
            return null;
        }
        // e.g. FranceConnect links a waiting identity to the account this password proved
        signedIn.fire(new SignedInWithPassword(account));
        external.redirect(external.getRequestContextPath() + pageSignIn.target(account, next));
        faces.responseComplete();
        return null;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
