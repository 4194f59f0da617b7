package fr.marelle.identity.boundary;

import fr.marelle.identity.control.Authentication;
import fr.marelle.identity.control.LoginResult;
import fr.marelle.identity.control.PasswordCheckGate;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.Role;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.boundary.ServerBusy;
import fr.marelle.platform.control.ServerBusyException;
import fr.marelle.platform.boundary.TooManyRequests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
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
    SecurityContext securityContext;

    @Inject
    LanguageSwitch language;

    @Inject
    PasswordCheckGate passwordChecks;

    private String email;
    private String password;
    private String next;

    public String login() throws IOException {
        LoginResult result;
        try {
            result = passwordChecks.through(() -> authentication.check(email, password));
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
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().credential(PortalAuthentication.verified(account))
                        .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            Feedback.error("login.invalid");
            return null;
        }
        // a new session id at login: a session id known before login is worth nothing after it
        request.getSession(true);
        request.changeSessionId();
        SessionStamp.stamp(request, account);
        // pages in the language of the account's mails, unless the visitor switched before signing in;
        // the switch never changes the mails' language
        if (!language.isChosen()) {
            language.use(account.getLanguage());
        }
        external.redirect(external.getRequestContextPath() + target(account));
        faces.responseComplete();
        return null;
    }

    /** The page asked for before login when it is one of ours, else the home page of the account's role. */
    private String target(Account account) {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith("/login.xhtml")) {
            return next;
        }
        for (Role role : new Role[]{Role.ADMIN, Role.FINANCE, Role.AGENT, Role.PARENT}) {
            if (account.hasRole(role)) {
                return role.homePage();
            }
        }
        return "/index.xhtml";
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
