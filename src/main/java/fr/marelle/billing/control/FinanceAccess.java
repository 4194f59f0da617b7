package fr.marelle.billing.control;

import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Finance staff (FINANCE) and the administrator run invoicing and write credit notes; nobody else (403).
 * The roles are those the account acts with in this request ({@link Acting}).
 */
@ApplicationScoped
public class FinanceAccess {

    @Inject
    HouseholdAccess access;

    @Inject
    Acting acting;

    /** Whether the (active) account acts as finance staff in this request. */
    public boolean isFinanceStaff(long actorId) {
        access.actor(actorId);
        return acting.actsAsFinanceStaff(actorId);
    }

    public Account require(long actorId) {
        Account actor = access.actor(actorId);
        if (!acting.actsAsFinanceStaff(actorId)) {
            throw new SecurityException("account " + actorId + " does not act as finance staff");
        }
        return actor;
    }
}
