package fr.marelle.platform.control;

import java.util.List;

/**
 * The one error type for refusals by a business rule or input check. Boundaries translate the
 * violations (Faces messages, or a 400 problem with one entry per field).
 */
public class RuleViolationException extends RuntimeException {

    private final transient List<Violation> violations;

    public RuleViolationException(List<Violation> violations) {
        super(violations.isEmpty() ? "refused" : violations.get(0).key());
        this.violations = List.copyOf(violations);
    }

    public RuleViolationException(Violation violation) {
        this(List.of(violation));
    }

    public static RuleViolationException of(String field, String key, Object... args) {
        return new RuleViolationException(Violation.of(field, key, args));
    }

    /** Throws when the list holds at least one violation. */
    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    public List<Violation> violations() {
        return violations;
    }
}
