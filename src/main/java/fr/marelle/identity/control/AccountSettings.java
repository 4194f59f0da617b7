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

    /**
     * The language of the e-mails sent to the account ("fr" or "en"; anything else is French), set on
     * the account page or by the API, never by the pages' language switch. Pages open in it at sign-in.
     */
    @Transactional
    public void changeMailLanguage(long accountId, String language) {
        Account account = accounts.require(accountId);
        String before = account.getLanguage();
        account.setLanguage(language);
        if (!before.equals(account.getLanguage())) {
            audit.record("MAIL_LANGUAGE_CHANGED", "account", accountId, Map.of("language", before),
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
