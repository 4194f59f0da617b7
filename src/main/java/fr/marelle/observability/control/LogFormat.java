package fr.marelle.observability.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * MARELLE_LOG_FORMAT=json: from the portal's start on, the server's log handlers write one JSON
 * object per line ({@link JsonLogFormatter}) instead of Payara's coloured text. Payara Micro runs
 * one application, so the switch applies to the whole process.
 */
@ApplicationScoped
public class LogFormat {

    private static final Logger LOG = Logger.getLogger(LogFormat.class.getName());

    @Inject
    @ConfigProperty(name = "marelle.log.format", defaultValue = "text")
    String format;

    public void apply() {
        if (!"json".equalsIgnoreCase(format.strip())) {
            return;
        }
        JsonLogFormatter json = new JsonLogFormatter();
        for (Handler handler : LogManager.getLogManager().getLogger("").getHandlers()) {
            handler.setFormatter(json);
        }
        LOG.info("Logs are written as JSON lines (MARELLE_LOG_FORMAT=json)");
    }
}
