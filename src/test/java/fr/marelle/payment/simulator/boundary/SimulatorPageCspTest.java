package fr.marelle.payment.simulator.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulator's payment page may send the payer back to the portal, and nowhere else. */
class SimulatorPageCspTest {

    @Test
    void formsLeadToTheSimulatorAndThePortalsOriginOnly() {
        String csp = PayfipSimulatorServlet.pageCsp("https://familles.mairie.example.fr/portail");
        assertTrue(csp.contains("; form-action 'self' https://familles.mairie.example.fr;"), csp);
        assertFalse(csp.contains("http:;") || csp.contains("https:;") || csp.contains("/portail"), csp);
        assertEquals("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;"
                + " form-action 'self' http://127.0.0.1:18080; base-uri 'none'; frame-ancestors 'none'",
                PayfipSimulatorServlet.pageCsp("http://127.0.0.1:18080"));
    }

    @Test
    void anUnusableBaseUrlLeavesTheSimulatorItself() {
        assertTrue(PayfipSimulatorServlet.pageCsp("not a url").contains("; form-action 'self'; "));
    }
}
