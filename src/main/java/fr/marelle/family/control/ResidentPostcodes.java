package fr.marelle.family.control;

import fr.marelle.audit.control.AuditTrail;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Settings;
import fr.marelle.platform.control.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The town's postcodes, set by the administrator: a household with one of them is resident
 * (unless an agent decided otherwise on the household). Kept in the setting table; the
 * configuration value (MARELLE_RESIDENT_POSTCODES) is only the start value while the table has none.
 */
@ApplicationScoped
public class ResidentPostcodes {

    /** Setting: the postcodes of the town, comma-separated. */
    public static final String SETTING = "family.resident-postcodes";

    static final int MAX = 100;

    /** Metropolitan departments 01–95 (Corsica 20), overseas 97x and 98x. */
    private static final Pattern FRENCH_POSTCODE = Pattern.compile("(0[1-9]|[1-8][0-9]|9[0-8])[0-9]{3}");

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    HouseholdAccess access;

    @Inject
    @ConfigProperty(name = "marelle.resident-postcodes")
    Optional<String> initial;

    /** The current list, sorted. */
    public List<String> current() {
        return settings.get(SETTING).or(() -> initial).map(ResidentPostcodes::split).orElse(List.of());
    }

    public boolean contains(String postcode) {
        return postcode != null && current().contains(postcode.strip());
    }

    /** The administrator replaces the list; refused as a whole if one code is not a French postcode. */
    @Transactional
    public List<String> replace(long actorId, List<String> postcodes) {
        access.requireAdmin(actorId);
        List<Violation> violations = new ArrayList<>();
        List<String> checked = check(postcodes, violations);
        RuleViolationException.throwIfAny(violations);
        List<String> before = current();
        settings.put(SETTING, String.join(", ", checked));
        if (!before.equals(checked)) {
            audit.record("RESIDENT_POSTCODES_CHANGED", "setting", SETTING, Map.of("postcodes", before),
                    Map.of("postcodes", checked));
        }
        return checked;
    }

    /** Five-digit French postcodes, without duplicates, sorted; at least one, at most {@value #MAX}. */
    static List<String> check(List<String> postcodes, List<Violation> violations) {
        TreeSet<String> codes = new TreeSet<>();
        for (String raw : postcodes == null ? List.<String>of() : postcodes) {
            String code = raw == null ? "" : raw.strip();
            if (code.isEmpty()) {
                continue;
            }
            if (!FRENCH_POSTCODE.matcher(code).matches()) {
                violations.add(Violation.of("postcodes", "residentPostcodes.invalid", code));
            } else {
                codes.add(code);
            }
        }
        if (codes.isEmpty() && violations.isEmpty()) {
            violations.add(Violation.of("postcodes", "residentPostcodes.required"));
        }
        if (codes.size() > MAX) {
            violations.add(Violation.of("postcodes", "residentPostcodes.tooMany", MAX));
        }
        return List.copyOf(codes);
    }

    /** A list typed by a person: separated by commas, semicolons, spaces or lines. */
    public static List<String> split(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("[,;\\s]+"))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().sorted().toList();
    }
}
