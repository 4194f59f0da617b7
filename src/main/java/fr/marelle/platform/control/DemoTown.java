package fr.marelle.platform.control;

import fr.marelle.identity.control.Acting;
import jakarta.enterprise.context.control.ActivateRequestContext;
import fr.marelle.identity.control.AccountAdministration;
import fr.marelle.identity.control.PasswordHasher;
import fr.marelle.identity.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The fictional town of demo mode, loaded once into an empty embedded database (never when an
 * external database is configured, because the launcher then leaves demo mode off): the demo
 * logins, then each capability's {@link DemoData}.
 */
@ApplicationScoped
public class DemoTown {

    public static final String PASSWORD = "Marelle-Demo-2026!";
    private static final String LOADED = "demo.loaded";
    private static final Logger LOG = Logger.getLogger(DemoTown.class.getName());

    record DemoAccount(String email, String firstName, String lastName, Set<Role> roles) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("parent@example.org", "Camille", "Martin", EnumSet.of(Role.PARENT)),
            new DemoAccount("agent@example.org", "Karim", "Benali", EnumSet.of(Role.AGENT)),
            new DemoAccount("finance@example.org", "Sophie", "Lefèvre", EnumSet.of(Role.FINANCE)),
            new DemoAccount("admin@example.org", "Jean", "Dupont", EnumSet.of(Role.ADMIN)));

    @Inject
    Settings settings;

    @Inject
    AccountAdministration administration;

    @Inject
    PasswordHasher hasher;

    @Inject
    jakarta.enterprise.inject.Instance<DemoData> parts;

    @Inject
    Acting acting;

    /** Runs without a caller: the demo parts act for the demo accounts they name, with their stored roles. */
    @ActivateRequestContext
    @Transactional
    public void loadOnce() {
        if (settings.get(LOADED).isPresent()) {
            return;
        }
        acting.actAsSystem();
        String hash = hasher.hash(PASSWORD);
        for (DemoAccount demo : ACCOUNTS) {
            administration.createActive(demo.firstName(), demo.lastName(), demo.email(), demo.roles(), hash);
        }
        parts.stream().sorted(java.util.Comparator.comparingInt(DemoData::order)).forEach(DemoData::load);
        settings.put(LOADED, "true");
        LOG.info("Demo town loaded");
    }
}
