package fr.marelle.registration.control;

import fr.marelle.planning.control.Eligibility;
import fr.marelle.planning.entity.Activity;
import fr.marelle.platform.control.Violation;
import fr.marelle.registration.entity.RegistrationMessage;
import fr.marelle.registration.entity.RegistrationState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of registration requests, without a container: which state changes an agent or the
 * family may make, when a message is required, whether a child may ask for an activity.
 */
public final class RegistrationRules {

    private RegistrationRules() {
    }

    /**
     * An agent's decision: take a submitted request in review, or accept, refuse or close an open
     * one. Refusing and closing without action need a message telling the family why.
     */
    public static List<Violation> decision(RegistrationState from, RegistrationState to, String message) {
        List<Violation> violations = new ArrayList<>();
        if (to == null || to == RegistrationState.SUBMITTED) {
            violations.add(Violation.of("state", "registration.decision.unknown"));
            return violations;
        }
        if (!from.isOpen()) {
            violations.add(Violation.of("state", "registration.decision.alreadyDecided"));
        } else if (to == RegistrationState.IN_REVIEW && from != RegistrationState.SUBMITTED) {
            violations.add(Violation.of("state", "registration.decision.alreadyInReview"));
        }
        if ((to == RegistrationState.REFUSED || to == RegistrationState.CLOSED) && message == null) {
            violations.add(Violation.of("message", "registration.decision.messageRequired"));
        }
        return violations;
    }

    /** The family may withdraw a request while no agent has decided. */
    public static List<Violation> withdrawal(RegistrationState from) {
        return from.isOpen() ? List.of() : List.of(Violation.of("state", "registration.withdrawal.notOpen"));
    }

    /**
     * The message key of the reason the child may not ask for the activity on that day (age,
     * school level, residents only), or null when the child may.
     */
    public static String ineligibility(Activity activity, Eligibility.Child child, LocalDate on) {
        if (Eligibility.eligible(activity, child, on)) {
            return null;
        }
        if (activity.isResidentsOnly() && !child.resident()) {
            return "registration.refused.residentsOnly";
        }
        boolean ageOk = child.birthDate() == null
                ? activity.getMinAge() == null && activity.getMaxAge() == null
                : (activity.getMinAge() == null || Eligibility.age(child.birthDate(), on) >= activity.getMinAge())
                && (activity.getMaxAge() == null || Eligibility.age(child.birthDate(), on) <= activity.getMaxAge());
        return ageOk ? "registration.refused.level" : "registration.refused.age";
    }

    /** A message of the thread, stripped; null when blank. At most 2000 characters, no control characters. */
    public static String message(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > RegistrationMessage.MAX_LENGTH) {
            violations.add(Violation.of(field, "text.tooLong", RegistrationMessage.MAX_LENGTH));
        } else if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            violations.add(Violation.of(field, "text.invalidCharacters"));
        }
        return text;
    }
}
