package fr.marelle.identity.boundary;

import fr.marelle.identity.control.Accounts;
import fr.marelle.identity.entity.Account;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.NotAuthorizedException;

import java.security.Principal;
import java.util.Optional;

/** The signed-in account of this request, for pages (as {@code currentUser}) and resources. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    @Inject
    fr.marelle.identity.control.AccountSettings accountSettings;

    private Optional<Account> account;

    public Optional<Account> account() {
        if (account == null) {
            Principal principal = securityContext.getCallerPrincipal();
            account = principal == null ? Optional.empty() : accounts.byEmail(principal.getName());
        }
        return account;
    }

    /** The account, or 401 on the API. */
    public Account require() {
        return account().orElseThrow(() -> new NotAuthorizedException("Basic realm=\"Marelle\""));
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public Account getAccount() {
        return account().orElse(null);
    }

    /** A signed-in account keeps the language picked with the switch, for its pages and e-mails. */
    void keepLanguage(@jakarta.enterprise.event.Observes fr.marelle.platform.boundary.LanguageSwitch.LanguageChosen chosen) {
        account().ifPresent(a -> accountSettings.changeLanguage(a.getId(), chosen.language()));
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }
}
