package fr.marelle.payment.control;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * When the PayFiP simulator may run. It marks invoices paid without any payment, answers anyone, and
 * stands in for PayFiP when the endpoint is left unset: it is for demo mode and test portals only,
 * never on a real deployment and never beside the real PayFiP.
 */
public final class SimulatorSafety {

    /** The domains of the real PayFiP (and of TIPI, its former name), whatever the host under them. */
    static final Set<String> REAL_PAYFIP_DOMAINS = Set.of("payfip.gouv.fr", "tipi.budget.gouv.fr");

    private SimulatorSafety() {
    }

    /**
     * Why the portal must not start with the simulator on, if so: outside demo mode it needs the test
     * flag; a base URL in https is a real deployment; and it must not be mixed with the real PayFiP.
     */
    public static Optional<String> refusal(boolean demo, boolean testPortal, String baseUrl, PayfipEndpoint endpoint) {
        if (!demo && !testPortal) {
            return Optional.of("MARELLE_PAYMENT_SIMULATOR_ENABLED=true turns on the PayFiP simulator, which marks invoices paid"
                    + " without any payment: it is refused outside demo mode. Remove it, or set"
                    + " MARELLE_PAYMENT_SIMULATOR_TEST=true if this portal is a test portal.");
        }
        if (baseUrl.strip().toLowerCase(Locale.ROOT).startsWith("https:")) {
            return Optional.of("MARELLE_BASE_URL=" + baseUrl + " is in https, as a real deployment is, and the PayFiP simulator"
                    + " is on (MARELLE_PAYMENT_SIMULATOR_ENABLED, or demo mode): it would mark invoices paid without any payment."
                    + " Set MARELLE_PAYMENT_SIMULATOR_ENABLED=false.");
        }
        for (URI address : new URI[] {endpoint.service(), endpoint.paymentPage()}) {
            if (isRealPayfip(address)) {
                return Optional.of("The PayFiP simulator is on (MARELLE_PAYMENT_SIMULATOR_ENABLED, or demo mode) while the PayFiP"
                        + " settings name the real PayFiP (" + address.getHost() + "). To work with the real PayFiP, set"
                        + " MARELLE_PAYMENT_SIMULATOR_ENABLED=false; to use the simulator, leave MARELLE_PAYMENT_PAYFIP_ENDPOINT"
                        + " and MARELLE_PAYMENT_PAYFIP_PAYMENT_PAGE unset.");
            }
        }
        return Optional.empty();
    }

    /** Whether the endpoint or the payment page is a simulator's address (its path under /simulateur-payfip/). */
    public static boolean namesASimulator(PayfipEndpoint endpoint) {
        return isSimulator(endpoint.service()) || isSimulator(endpoint.paymentPage());
    }

    static boolean isRealPayfip(URI address) {
        String host = address.getHost() == null ? "" : address.getHost().toLowerCase(Locale.ROOT);
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        return REAL_PAYFIP_DOMAINS.stream().anyMatch(domain -> name.equals(domain) || name.endsWith("." + domain));
    }

    private static boolean isSimulator(URI address) {
        return address.getPath() != null && address.getPath().contains(PayfipSettings.SIMULATOR_PREFIX + "/");
    }
}
