package fr.marelle.legal.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.identity.control.Acting;
import fr.marelle.identity.entity.Role;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Settings;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The town-specific parts of the legal pages (publisher, host, DPO, support, accessibility audit),
 * kept in the setting table as {@code legal.<field>} and changed by the administrator only.
 */
@ApplicationScoped
public class LegalSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Acting acting;

    @Inject
    Clock clock;

    /** What is set now; read in one query, as every page's footer needs it. */
    public LegalInformation current() {
        Map<String, String> byName = settings.startingWith("legal.");
        Map<LegalField, String> values = new EnumMap<>(LegalField.class);
        for (LegalField field : LegalField.values()) {
            values.put(field, byName.get(field.setting()));
        }
        return new LegalInformation(values);
    }

    /** The administrator replaces every part at once (an empty one is cleared); refused as a whole on a wrong field. */
    @Transactional
    public LegalInformation replace(long actorId, Map<String, String> typed) {
        if (!acting.acts(actorId, Role.ADMIN)) {
            throw new SecurityException("account " + actorId + " does not act as administrator");
        }
        List<Violation> violations = new ArrayList<>();
        LegalInformation checked = LegalRules.check(typed, LocalDate.now(clock), violations);
        RuleViolationException.throwIfAny(violations);
        LegalInformation before = current();
        if (!before.equals(checked)) {
            for (LegalField field : LegalField.values()) {
                settings.put(field.setting(), checked.get(field).orElse(""));
            }
            audit.record("LEGAL_SETTINGS_CHANGED", "setting", "legal", asJson(before), asJson(checked));
        }
        return checked;
    }

    /** Loads values where none is stored yet (the demo town); not audited, as nobody changed anything. */
    @Transactional
    public void putIfAbsent(Map<LegalField, String> values) {
        LegalInformation now = current();
        values.forEach((field, value) -> {
            if (now.get(field).isEmpty()) {
                settings.put(field.setting(), value);
            }
        });
    }

    private static Map<String, String> asJson(LegalInformation information) {
        Map<String, String> json = new LinkedHashMap<>();
        information.values().forEach((field, value) -> json.put(field.id(), value));
        return json;
    }
}
