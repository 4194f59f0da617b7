package fr.marelle.legal.control;

import fr.marelle.platform.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * How long each kind of personal data is kept, as the privacy notice states it. The periods are
 * settings ({@code retention.<kind>}) with the defaults proposed in the design note; whether the
 * portal deletes the data by itself is said per kind, so the notice promises nothing the code does
 * not do: accounts, requests (school enrolments and room hires included), mails and logs are deleted, and invoices anonymised, by the retention job (see
 * {@code RetentionJob}) from the same settings, unless the administrator holds deletions.
 */
@ApplicationScoped
public class RetentionPeriods {

    /**
     * One kind of data: its period (null when it is a rule rather than a number), whether the portal enforces it
     * itself, and the kind whose setting gives the period (school enrolments and room hires follow the requests').
     */
    public record Retention(String kind, Integer amount, boolean automatic, String setting) {

        Retention(String kind, Integer amount, boolean automatic) {
            this(kind, amount, automatic, kind);
        }

        /** Bundle keys: legal.retention.&lt;kind&gt;.data and .period. */
        public String dataKey() {
            return "legal.retention." + kind + ".data";
        }

        public String periodKey() {
            return "legal.retention." + kind + ".period";
        }
    }

    /** Defaults: accounts and closed requests as the towns' terms promise (36 months, 45 days), the rest as LEGAL.md §5. */
    static final List<Retention> DEFAULTS = List.of(
            new Retention("accounts", 36, true),
            new Retention("requests", 45, true),
            new Retention("enrolments", 45, true, "requests"),
            new Retention("roomHires", 45, true, "requests"),
            new Retention("proofs", null, true),
            new Retention("bookings", 1, false),
            new Retention("health", null, false),
            new Retention("invoices", 10, true),
            new Retention("logs", 12, true),
            new Retention("mails", 12, true));

    @Inject
    Settings settings;

    public List<Retention> all() {
        // while deletions are held, the job only counts: the notice must not say the portal deletes
        boolean held = settings.get("retention.held").map(v -> v.strip().equals("true")).orElse(false);
        return DEFAULTS.stream().map(r -> r.amount() == null ? r
                : new Retention(r.kind(), settings.get("retention." + r.setting()).flatMap(RetentionPeriods::number)
                        .orElse(r.amount()), r.automatic() && !held, r.setting())).toList();
    }

    private static java.util.Optional<Integer> number(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            return n > 0 ? java.util.Optional.of(n) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
