package fr.marelle.payment.control;

import fr.marelle.platform.control.PortalConfig;
import fr.marelle.platform.control.PortalLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * PayFiP settings (see the README, "Online payments"). Whatever is set explicitly wins. Left unset,
 * the simulator is on in demo mode only, and the endpoint and payment page are the simulator's on
 * this portal when it is on, PayFiP's production addresses otherwise: switching to the real
 * PayFiP is configuration only.
 */
@ApplicationScoped
public class PayfipSettings {

    public static final String REAL_ENDPOINT = "https://www.payfip.gouv.fr/tpa/services/securite";
    public static final String REAL_PAYMENT_PAGE = "https://www.payfip.gouv.fr/tpa/paiementws.web";
    /** The simulator's addresses under the portal's base URL. */
    public static final String SIMULATOR_PREFIX = "/simulateur-payfip";
    public static final String SIMULATOR_SERVICE = SIMULATOR_PREFIX + "/tpa/services/securite";
    public static final String SIMULATOR_PAGE = SIMULATOR_PREFIX + "/tpa/paiementws.web";

    @Inject
    PortalConfig portal;

    @Inject
    @ConfigProperty(name = "marelle.payment.payfip.endpoint")
    Optional<String> endpoint;

    @Inject
    @ConfigProperty(name = "marelle.payment.payfip.payment-page")
    Optional<String> paymentPage;

    @Inject
    @ConfigProperty(name = "marelle.payment.payfip.saisie", defaultValue = "W")
    String saisie;

    @Inject
    @ConfigProperty(name = "marelle.payment.simulator.enabled")
    Optional<Boolean> simulatorEnabled;

    @Inject
    @ConfigProperty(name = "marelle.payment.simulator.test", defaultValue = "false")
    boolean simulatorTest;

    /** Whether this portal serves the provider simulator under /simulateur-payfip/. */
    public boolean simulatorEnabled() {
        return simulatorEnabled.orElse(portal.demo());
    }

    /**
     * Whether this portal is declared a test portal, on which the simulator may run outside demo mode
     * (see {@link SimulatorSafety}).
     */
    public boolean simulatorTest() {
        return simulatorTest;
    }

    /**
     * The addresses and environment. Unset addresses are the simulator's on this portal while the
     * simulator is on (start-up refuses it on a real deployment), PayFiP's production ones otherwise.
     *
     * @throws IllegalArgumentException when an address or saisie is malformed (start-up stops on it)
     */
    public PayfipEndpoint endpoint() {
        boolean simulator = simulatorEnabled();
        String base = portal.baseUrl().orElse(PortalLinks.DEFAULT_BASE);
        String service = endpoint.filter(s -> !s.isBlank())
                .orElse(simulator ? base + SIMULATOR_SERVICE : REAL_ENDPOINT);
        String page = paymentPage.filter(s -> !s.isBlank())
                .orElse(simulator ? base + SIMULATOR_PAGE : REAL_PAYMENT_PAGE);
        return new PayfipEndpoint(URI.create(service.strip()), URI.create(page.strip()), saisie.strip().toUpperCase());
    }
}
