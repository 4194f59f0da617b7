package fr.marelle.payment.control;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulatorSafetyTest {

    private static final String BASE = "http://localhost:8080";
    private static final PayfipEndpoint SIMULATOR = endpoint(BASE + PayfipSettings.SIMULATOR_SERVICE, BASE + PayfipSettings.SIMULATOR_PAGE);

    private static PayfipEndpoint endpoint(String service, String page) {
        return new PayfipEndpoint(URI.create(service), URI.create(page), "T");
    }

    @Test
    void inDemoModeOrOnADeclaredTestPortalTheSimulatorRuns() {
        assertEquals(Optional.empty(), SimulatorSafety.refusal(true, false, BASE, SIMULATOR));
        assertEquals(Optional.empty(), SimulatorSafety.refusal(false, true, BASE, SIMULATOR));
        // the integration tests: the payment page on another origin of the same server
        assertEquals(Optional.empty(), SimulatorSafety.refusal(true, true, "http://127.0.0.1:18080",
                endpoint("http://127.0.0.1:18080/simulateur-payfip/tpa/services/securite",
                        "http://localhost:18080/simulateur-payfip/tpa/paiementws.web")));
    }

    @Test
    void neitherDemoModeNorTheTestFlagIsRefused() {
        String reason = SimulatorSafety.refusal(false, false, BASE, SIMULATOR).orElseThrow();
        assertTrue(reason.contains("MARELLE_PAYMENT_SIMULATOR_ENABLED") && reason.contains("MARELLE_PAYMENT_SIMULATOR_TEST=true"), reason);
    }

    @Test
    void anHttpsBaseUrlIsARealDeploymentEvenInDemoModeOrWithTheTestFlag() {
        for (String base : new String[] {"https://familles.mairie.example.fr", " HTTPS://familles.mairie.example.fr/"}) {
            String reason = SimulatorSafety.refusal(true, true, base, SIMULATOR).orElseThrow();
            assertTrue(reason.contains("MARELLE_BASE_URL") && reason.contains("MARELLE_PAYMENT_SIMULATOR_ENABLED=false"), reason);
        }
    }

    @Test
    void theRealPayfipsEndpointOrPageBesideTheSimulatorIsRefused() {
        for (PayfipEndpoint real : new PayfipEndpoint[] {
                endpoint(PayfipSettings.REAL_ENDPOINT, BASE + PayfipSettings.SIMULATOR_PAGE),
                endpoint(BASE + PayfipSettings.SIMULATOR_SERVICE, PayfipSettings.REAL_PAYMENT_PAGE),
                endpoint("https://WWW.PAYFIP.GOUV.FR./tpa/services/securite", BASE + PayfipSettings.SIMULATOR_PAGE),
                endpoint("https://www.tipi.budget.gouv.fr/tpa/services/securite", BASE + PayfipSettings.SIMULATOR_PAGE),
                endpoint(BASE + PayfipSettings.SIMULATOR_SERVICE, "https://www.tipi.budget.gouv.fr/tpa/paiementws.web")}) {
            String reason = SimulatorSafety.refusal(true, true, BASE, real).orElseThrow();
            assertTrue(reason.contains("real PayFiP") && reason.contains("MARELLE_PAYMENT_SIMULATOR_ENABLED=false"), reason);
        }
    }

    @Test
    void onlyPayfipsOwnDomainsAreTheRealOne() {
        assertTrue(SimulatorSafety.isRealPayfip(URI.create("https://payfip.gouv.fr/x")));
        assertFalse(SimulatorSafety.isRealPayfip(URI.create("https://www.payfip.gouv.fr.example.org/x")));
        assertFalse(SimulatorSafety.isRealPayfip(URI.create("https://notpayfip.gouv.fr/x")));
        assertFalse(SimulatorSafety.isRealPayfip(URI.create("/tpa/services/securite")));
    }

    @Test
    void aSimulatorsAddressIsRecognisedByItsPath() {
        assertTrue(SimulatorSafety.namesASimulator(SIMULATOR));
        assertTrue(SimulatorSafety.namesASimulator(endpoint(PayfipSettings.REAL_ENDPOINT, "http://demo.example.fr/simulateur-payfip/tpa/paiementws.web")));
        assertFalse(SimulatorSafety.namesASimulator(endpoint(PayfipSettings.REAL_ENDPOINT, PayfipSettings.REAL_PAYMENT_PAGE)));
    }
}
