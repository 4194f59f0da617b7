package fr.marelle.booking.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Settings;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The town's optional rule: no new booking by a family with an invoice overdue by more than N
 * days (the administrator sets N, or leaves it off). The family is told which invoice to pay;
 * agents at the counter are not held by it, and children already booked or waiting keep their place.
 */
@ApplicationScoped
public class OverdueBookingRule {

    static final String SETTING = "booking.overdue-days";
    static final int MAX_DAYS = 365;

    @Inject
    Settings settings;

    @Inject
    Instance<OverdueInvoices> invoices;

    @Inject
    HouseholdAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** N, when the rule is on. */
    public Optional<Integer> days() {
        return settings.get(SETTING).filter(v -> v.matches("\\d{1,3}")).map(Integer::valueOf).filter(d -> d > 0);
    }

    /** Turns the rule on with N days, or off with null. Administrators only. */
    @Transactional
    public void set(long actorId, Integer days) {
        access.requireAdmin(actorId);
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw RuleViolationException.of("overdueDays", "booking.overdue.days", MAX_DAYS);
        }
        Optional<Integer> before = days();
        settings.put(SETTING, days == null ? "" : days.toString());
        audit.record("SETTING_CHANGED", "setting", SETTING, Map.of("days", before.map(String::valueOf).orElse("off")),
                Map.of("days", days == null ? "off" : days.toString()));
    }

    /** Refuses the family's booking action when the rule is on and an invoice is overdue by more than N days. */
    void check(long householdId) {
        Optional<Integer> days = days();
        if (days.isEmpty() || invoices.isUnsatisfied()) {
            return;
        }
        List<OverdueInvoices.Overdue> overdue = invoices.get().dueBefore(householdId, LocalDate.now(clock).minusDays(days.get()));
        if (!overdue.isEmpty()) {
            OverdueInvoices.Overdue oldest = overdue.get(0);
            long total = overdue.stream().mapToLong(OverdueInvoices.Overdue::remainingCents).sum();
            throw new RuleViolationException(List.of(Violation.of("items", "booking.refused.overdue", overdue.size(),
                    oldest.number(), oldest.dueOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                    java.math.BigDecimal.valueOf(total, 2))));
        }
    }
}
