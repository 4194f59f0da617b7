package fr.marelle.franceconnect.control;

import fr.marelle.identity.control.AccountForm;
import fr.marelle.identity.control.Registration;
import fr.marelle.identity.entity.Account;
import fr.marelle.platform.control.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;

/**
 * "Créer mon compte" for a FranceConnect identity the portal does not know: the account takes its names
 * from FranceConnect (the person cannot change them), the e-mail the person chooses, no password, and is
 * linked to the identity in the same transaction. The e-mail FranceConnect gave is not verified again;
 * another one is, by the usual activation link. Never on the e-mail alone: an e-mail that has an account
 * creates and links nothing (its owner is mailed, as for any registration).
 */
@ApplicationScoped
public class FranceConnectRegistration {

    static final String PROVIDER = "FRANCECONNECT";

    @Inject
    Registration registration;

    @Inject
    FranceConnectLinks links;

    /** The new account, linked (active when the e-mail is FranceConnect's); empty when the e-mail had an account. */
    @Transactional
    public Optional<Account> register(FranceConnectIdentity identity, String email, boolean termsAccepted, String language) {
        PivotIdentity pivot = identity.pivotIdentity()
                .orElseThrow(() -> RuleViolationException.of("firstName", "franceconnect.register.noIdentity"));
        boolean emailFromFranceConnect = identity.email() != null && email != null
                && AccountForm.normalizeEmail(identity.email()).equalsIgnoreCase(AccountForm.normalizeEmail(email));
        Optional<Account> created = registration.registerVouched(pivot.firstGivenNameAsWritten(), pivot.familyName(), email,
                termsAccepted, language, emailFromFranceConnect, PROVIDER);
        if (created.isPresent() && !links.link(created.get().getId(), identity, FranceConnectLinks.How.REGISTERED)) {
            // the identity was linked meanwhile (another tab): nothing is created
            throw RuleViolationException.of("email", "franceconnect.fc.taken");
        }
        return created;
    }
}
