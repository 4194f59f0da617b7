package fr.marelle.observability.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScrapeTokenTest {

    private static final String SECRET = "k3Y-for-prometheus-0123456789";

    @Test
    void onlyTheConfiguredSecretOpensTheMetrics() {
        assertTrue(ScrapeToken.matches(SECRET, SECRET));
        assertFalse(ScrapeToken.matches(SECRET, SECRET + "x"));
        assertFalse(ScrapeToken.matches(SECRET, ""));
        assertFalse(ScrapeToken.matches(SECRET, null));
    }

    @Test
    void noTokenOrAShortOneOpensNothing() {
        assertFalse(ScrapeToken.matches("", ""), "unset: administrators only");
        assertFalse(ScrapeToken.matches("short-secret", "short-secret"), "fewer than 24 characters are refused");
    }

    @Test
    void theTokenIsForTheMetricsPathsOnly() {
        assertTrue(ScrapeToken.isMetricsPath("/metrics"));
        assertTrue(ScrapeToken.isMetricsPath("/metrics/application"));
        assertFalse(ScrapeToken.isMetricsPath("/metricsx"));
        assertFalse(ScrapeToken.isMetricsPath("/api/v1/me"));
    }
}
