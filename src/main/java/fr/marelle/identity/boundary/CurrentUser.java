package fr.marelle.identity.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/** The pages' view ({@code currentUser}) of {@link Acting}: who is signed in and which roles they act with. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    Acting acting;

    public Optional<Account> account() {
        return acting.account();
    }

    public boolean isSignedIn() {
        return acting.account().isPresent();
    }

    public Account getAccount() {
        return acting.account().orElse(null);
    }

    /** The menus show what the caller acts as (a token's one role, not every role of the account). */
    public boolean hasRole(String role) {
        return acting.has(Role.valueOf(role));
    }
}
