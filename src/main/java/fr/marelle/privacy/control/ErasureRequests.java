package fr.marelle.privacy.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.control.PasswordHasher;
import fr.marelle.identity.entity.Account;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/**
 * A parent closes their own account (GDPR art. 17): confirmed with the password, refused with the
 * reasons while the household still has something to settle (see {@link ErasureRules}).
 */
@ApplicationScoped
public class ErasureRequests {

    @Inject
    Acting acting;

    @Inject
    AccountErasure erasure;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    /** Why the signed-in account cannot be closed now; empty when it can. */
    public List<Violation> refusals() {
        return ErasureRules.refusals(erasure.facts(acting.require().getId()));
    }

    /**
     * Closes the signed-in account when nothing stands in the way.
     *
     * @throws RuleViolationException  when the password is missing or wrong
     * @throws ErasureRefusedException when something is still to settle (the refusal is audited)
     */
    public AccountErasure.Outcome request(String password) {
        Account account = acting.require();
        if (password == null || password.isEmpty()) {
            throw RuleViolationException.of("password", "erasure.password.required");
        }
        if (!hasher.matches(password, account.getPasswordHash())) {
            audit.record("ERASURE_REFUSED", "account", account.getId(), null, Map.of("reasons", List.of("password")));
            throw RuleViolationException.of("password", "password.currentWrong");
        }
        try {
            return erasure.erase(account.getId(), AccountErasure.Reason.REQUEST);
        } catch (ErasureRefusedException e) {
            audit.record("ERASURE_REFUSED", "account", account.getId(), null,
                    Map.of("reasons", e.reasons().stream().map(Violation::key).toList()));
            throw e;
        }
    }
}
