package fr.marelle.identity.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.identity.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;

/** What account holders change themselves, other than the password. */
@ApplicationScoped
public class AccountSettings {

    @Inject
    Accounts accounts;

    @Inject
    AuditTrail audit;

    /** The language of the pages and of the e-mails sent to the account. */
    @Transactional
    public void changeLanguage(long accountId, String language) {
        Account account = accounts.require(accountId);
        String before = account.getLanguage();
        account.setLanguage(language);
        if (!before.equals(account.getLanguage())) {
            audit.record("LANGUAGE_CHANGED", "account", accountId, Map.of("language", before),
                    Map.of("language", account.getLanguage()));
        }
    }

    /** Whether the account is mailed when a maintenance of the portal is announced (opt-in). */
    @Transactional
    public void changeMaintenanceNotices(long accountId, boolean wanted) {
        Account account = accounts.require(accountId);
        if (account.isMaintenanceNotices() != wanted) {
            audit.record("MAINTENANCE_NOTICES_CHANGED", "account", accountId,
                    Map.of("maintenanceNotices", account.isMaintenanceNotices()), Map.of("maintenanceNotices", wanted));
            account.setMaintenanceNotices(wanted);
        }
    }
}
