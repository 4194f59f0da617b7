package fr.marelle.privacy.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.Optional;

/**
 * The retention policy as the administrator set it (settings {@code retention.*}), the defaults
 * otherwise. The privacy notice states the same figures (see {@code RetentionPeriods}).
 */
@ApplicationScoped
public class RetentionSettings {

    static final String REQUESTS = "retention.requests";
    static final String ACCOUNTS = "retention.accounts";
    static final String MAILS = "retention.mails";
    static final String LOGS = "retention.logs";
    static final String INVOICES = "retention.invoices";
    static final String HELD = "retention.held";

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    public RetentionPolicy current() {
        RetentionPolicy d = RetentionPolicy.DEFAULT;
        return new RetentionPolicy(number(REQUESTS, d.requestsDays()), number(ACCOUNTS, d.accountsMonths()),
                number(MAILS, d.mailsMonths()), number(LOGS, d.logsMonths()), number(INVOICES, d.invoicesYears()),
                settings.get(HELD).map(v -> v.strip().equals("true")).orElse(d.held()));
    }

    /** Saves a new policy (administrator; the caller checks the role). Audited with before and after. */
    @Transactional
    public RetentionPolicy change(RetentionPolicy policy) {
        RuleViolationException.throwIfAny(policy.violations());
        RetentionPolicy before = current();
        settings.put(REQUESTS, String.valueOf(policy.requestsDays()));
        settings.put(ACCOUNTS, String.valueOf(policy.accountsMonths()));
        settings.put(MAILS, String.valueOf(policy.mailsMonths()));
        settings.put(LOGS, String.valueOf(policy.logsMonths()));
        settings.put(INVOICES, String.valueOf(policy.invoicesYears()));
        settings.put(HELD, String.valueOf(policy.held()));
        audit.record("RETENTION_CHANGED", "setting", "retention", view(before), view(policy));
        return policy;
    }

    private int number(String name, int fallback) {
        Optional<String> value = settings.get(name).map(String::strip);
        try {
            return value.map(Integer::parseInt).filter(n -> n > 0).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Map<String, Object> view(RetentionPolicy p) {
        return Map.of("requestsDays", p.requestsDays(), "accountsMonths", p.accountsMonths(),
                "mailsMonths", p.mailsMonths(), "logsMonths", p.logsMonths(), "invoicesYears", p.invoicesYears(),
                "held", p.held());
    }
}
