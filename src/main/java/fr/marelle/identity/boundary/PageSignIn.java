package fr.marelle.identity.boundary;

import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.Role;
import fr.marelle.platform.boundary.LanguageSwitch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Opens the page session of an account whose identity was proved (password on the login page, or
 * FranceConnect), through the portal's one authentication mechanism ({@link PortalAuthentication}).
 */
@ApplicationScoped
public class PageSignIn {

    @Inject
    SecurityContext securityContext;

    @Inject
    LanguageSwitch language;

    /** Signs the browser in as the account; false when the container refused. */
    public boolean signIn(HttpServletRequest request, HttpServletResponse response, Account account) {
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().credential(PortalAuthentication.verified(account))
                        .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            return false;
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
        return true;
    }

    /** The page asked for before login when it is one of ours, else the home page of the account's role. */
    public String target(Account account, String next) {
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
}
