package fr.marelle.observability.control;

import fr.marelle.booking.control.Bookings;
import fr.marelle.payment.control.AttemptStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Counts bookings and payments by outcome once their transaction has committed, so a rollback counts nothing. */
@ApplicationScoped
public class OutcomeCounts {

    @Inject
    PortalMetrics metrics;

    void bookings(@Observes(during = TransactionPhase.AFTER_SUCCESS) Bookings.Decided decided) {
        decided.results().forEach(result -> metrics.booking(result.name()));
    }

    void payment(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttemptStore.AttemptSettled settled) {
        metrics.payment(settled.status().name());
    }
}
