package fr.marelle.maintenance.control;

import fr.marelle.identity.entity.Account;
import fr.marelle.identity.entity.AccountStatus;
import fr.marelle.identity.entity.Role;
import fr.marelle.maintenance.entity.MaintenanceWindow;
import fr.marelle.notification.control.Outbox;
import fr.marelle.platform.control.DisplayFormats;
import fr.marelle.platform.control.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;

/** One mail per family account that opted in, queued with the announcement (same transaction: once per announcement). */
@ApplicationScoped
public class MaintenanceMails {

    static final String TEMPLATE = "maintenance-announced";

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    /** Queues the mails and returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int announce(MaintenanceWindow window) {
        List<Account> recipients = em.createQuery("select a from Account a where a.maintenanceNotices = true"
                        + " and a.status = :active and :parent member of a.roles order by a.id", Account.class)
                .setParameter("active", AccountStatus.ACTIVE).setParameter("parent", Role.PARENT).getResultList();
        for (Account a : recipients) {
            var locale = Messages.forLanguage(a.getLanguage());
            outbox.queue(a.getEmail(), a.getLanguage(), TEMPLATE, Map.of(
                    "firstName", a.getFirstName(),
                    "start", DisplayFormats.longDateTime(window.getStartsAt(), locale),
                    "end", DisplayFormats.longDateTime(window.getEndsAt(), locale),
                    "message", window.message(a.getLanguage())));
        }
        return recipients.size();
    }
}
