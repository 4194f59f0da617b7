package fr.marelle.directdebit.control;

import fr.marelle.platform.control.PortalConfig;
import fr.marelle.platform.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The town as SEPA creditor (settings {@code sepa.ics}, {@code sepa.creditorName}, {@code sepa.rumPrefix}): without an
 * ICS the portal offers no direct debit. The creditor name defaults to the town's name, the RUM prefix to "MARELLE".
 */
@ApplicationScoped
public class SepaCreditor {

    public static final String ICS = "sepa.ics";
    public static final String NAME = "sepa.creditorName";
    public static final String RUM_PREFIX = "sepa.rumPrefix";
    /** The town's account the debits are paid into, and its bank. */
    public static final String IBAN = "sepa.creditorIban";
    public static final String BIC = "sepa.creditorBic";

    public record Creditor(String ics, String name, String rumPrefix) {
    }

    @Inject
    Settings settings;

    @Inject
    PortalConfig config;

    /** Empty while the town has not set its ICS. */
    public Optional<Creditor> current() {
        return settings.get(ICS).filter(s -> !s.isBlank()).map(ics -> new Creditor(ics.strip(),
                settings.get(NAME).filter(s -> !s.isBlank()).orElse(config.townName()),
                settings.get(RUM_PREFIX).filter(s -> !s.isBlank()).orElse("MARELLE")));
    }
}
