package fr.marelle.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the portal: Europe/Paris, injectable so that rules on time are testable. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(PARIS);
    }
}
