package fr.marelle.identity.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.identity.control.AccountSettings;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/** The pages' view ({@code currentUser}) of {@link Acting}: who is signed in and which roles they act with. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    Acting acting;

    @Inject
    AccountSettings accountSettings;

    public Optional<Account> account() {
        return acting.account();
    }

    public boolean isSignedIn() {
        return acting.account().isPresent();
    }

    public Account getAccount() {
        return acting.account().orElse(null);
    }

    /** A signed-in account keeps the language picked with the switch, for its pages and e-mails. */
    void keepLanguage(@Observes fr.marelle.platform.boundary.LanguageSwitch.LanguageChosen chosen) {
        acting.account().ifPresent(a -> accountSettings.changeLanguage(a.getId(), chosen.language()));
    }

    /** The menus show what the caller acts as (a token's one role, not every role of the account). */
    public boolean hasRole(String role) {
        return acting.has(Role.valueOf(role));
    }
}
