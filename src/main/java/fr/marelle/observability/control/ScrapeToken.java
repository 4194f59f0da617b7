package fr.marelle.observability.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The secret a Prometheus server presents ({@code Authorization: Bearer …}) to read /metrics
 * without an administrator's password (MARELLE_METRICS_TOKEN; unset: only administrators read
 * the metrics). It opens /metrics alone, as the caller {@link #CALLER} with the role {@link #ROLE}.
 */
@ApplicationScoped
public class ScrapeToken {

    public static final String CALLER = "metrics-scraper";
    public static final String ROLE = "METRICS";
    /** Shorter secrets are refused, so that a guessable value cannot open the metrics. */
    static final int MIN_LENGTH = 24;

    @Inject
    @ConfigProperty(name = "marelle.metrics.token")
    Optional<String> token;

    /** Whether the presented secret is the configured one (compared in constant time). */
    public boolean matches(String presented) {
        return matches(token.map(String::strip).orElse(""), presented);
    }

    static boolean matches(String configured, String presented) {
        if (configured.length() < MIN_LENGTH || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(configured.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the request's path is the metrics', the only one the token opens. */
    public static boolean isMetricsPath(String path) {
        return path.equals("/metrics") || path.startsWith("/metrics/");
    }
}
