package fr.marelle.maintenance.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.identity.control.Accounts;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Role;
import fr.marelle.maintenance.entity.MaintenanceWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The maintenance window in force (the latest announcement not cancelled), kept in the database so that
 * every node sees it. Every request asks for it, so it is read again at most every {@link #FRESH_FOR}: another
 * node's announcement shows within that time, this node's at once.
 */
@ApplicationScoped
public class MaintenanceWindows {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    /** Fired when the window in force changes; this node reads it again once the change is committed. */
    record Changed() {
    }

    private record Read(Optional<MaintenanceWindow> window, Instant at) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Inject
    Acting acting;

    @Inject
    AuditTrail audit;

    @Inject
    MaintenanceMails mails;

    @Inject
    Event<Changed> changed;

    private volatile Read last;

    /** The window in force, possibly read up to {@link #FRESH_FOR} ago (detached: read only). */
    public Optional<MaintenanceWindow> inForce() {
        Read read = last;
        Instant now = clock.instant();
        if (read == null || now.isBefore(read.at()) || !now.isBefore(read.at().plus(FRESH_FOR))) {
            read = new Read(fromDatabase(), now);
            last = read;
        }
        return read.window();
    }

    /** A window as the rule sees it. */
    public static MaintenanceRule.Window forRule(MaintenanceWindow w) {
        return new MaintenanceRule.Window(w.getStartsAt().toInstant(), w.getEndsAt().toInstant(), w.getAnnounceDays());
    }

    /** Where the window in force stands now. */
    public MaintenanceRule.Phase phase() {
        return MaintenanceRule.phase(inForce().map(MaintenanceWindows::forRule), clock);
    }

    /**
     * The administrator announces a window; it replaces the one in force. Opted-in families are mailed,
     * once for this announcement. Audited.
     */
    @Transactional
    public MaintenanceWindow announce(long actorId, Announcement typed) {
        requireAdmin(actorId);
        Announcement.Checked checked = typed.check(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<MaintenanceWindow> before = fromDatabase();
        before.ifPresent(w -> em.find(MaintenanceWindow.class, w.getId()).cancel(now));
        MaintenanceWindow window = new MaintenanceWindow(checked.start(), checked.end(), checked.announceDays(),
                checked.messageFr(), checked.messageEn(), actorId, now);
        em.persist(window);
        em.flush();
        int mailed = mails.announce(window);
        Map<String, Object> after = describe(window);
        after.put("mailed", mailed);
        audit.record("MAINTENANCE_ANNOUNCED", "maintenance_window", window.getId(),
                before.map(MaintenanceWindows::describe).orElse(null), after);
        changed.fire(new Changed());
        return window;
    }

    /** The administrator cancels the window in force (or ends it early); false when there was none. Audited. */
    @Transactional
    public boolean cancel(long actorId) {
        requireAdmin(actorId);
        Optional<MaintenanceWindow> current = fromDatabase();
        if (current.isEmpty()) {
            return false;
        }
        MaintenanceWindow window = em.find(MaintenanceWindow.class, current.get().getId());
        window.cancel(OffsetDateTime.now(clock));
        audit.record("MAINTENANCE_CANCELLED", "maintenance_window", window.getId(), describe(window), null);
        changed.fire(new Changed());
        return true;
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        last = null;
    }

    private Optional<MaintenanceWindow> fromDatabase() {
        return em.createQuery("select w from MaintenanceWindow w where w.cancelledAt is null order by w.id desc",
                MaintenanceWindow.class).setMaxResults(1).getResultList().stream().findFirst();
    }

    private void requireAdmin(long actorId) {
        if (!acting.acts(actorId, Role.ADMIN)) {
            throw new SecurityException("account " + actorId + " is not an administrator");
        }
    }

    private static Map<String, Object> describe(MaintenanceWindow w) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("startsAt", w.getStartsAt().toString());
        d.put("endsAt", w.getEndsAt().toString());
        d.put("announceDays", w.getAnnounceDays());
        d.put("messageFr", w.getMessageFr());
        d.put("messageEn", w.getMessageEn() == null ? "" : w.getMessageEn());
        return d;
    }
}
