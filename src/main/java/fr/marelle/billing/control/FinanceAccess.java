package fr.marelle.billing.control;

import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Finance staff (FINANCE) and the administrator run invoicing and write credit notes; nobody else (403). */
@ApplicationScoped
public class FinanceAccess {

    @Inject
    HouseholdAccess access;

    public static boolean isFinance(Account account) {
        return account.hasRole(Role.FINANCE) || account.hasRole(Role.ADMIN);
    }

    public Account require(long actorId) {
        Account actor = access.actor(actorId);
        if (!isFinance(actor)) {
            throw new SecurityException("account " + actorId + " is not finance staff");
        }
        return actor;
    }
}
