package fr.marelle.registration.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.marelle.platform.control.Messages;
import fr.marelle.registration.control.Registrations;
import fr.marelle.registration.entity.Registration;
import fr.marelle.registration.entity.RegistrationMessage;

import java.util.List;
import java.util.Locale;

/** The JSON shapes of registrations. */
public final class RegistrationJson {

    private RegistrationJson() {
    }

    /** A new request: the child, the activity, an optional message to the agents. */
    @Schema(name = "RegistrationRequestIn")
    public static class RequestIn {
        public Long childId;
        public Long activityId;
        public String message;
    }

    @Schema(name = "RegistrationMessageIn")
    public static class MessageIn {
        public String text;
    }

    /** An agent's decision: IN_REVIEW, ACCEPTED, REFUSED or CLOSED, with a message (required to refuse or close). */
    @Schema(name = "RegistrationDecisionIn")
    public static class DecisionIn {
        public String state;
        public String message;
    }

    @Schema(name = "RegistrationMessageOut")
    public record MessageOut(String at, String author, String kind, String text) {

        static MessageOut of(RegistrationMessage m) {
            return new MessageOut(m.getAt().toString(), m.getAuthorName(), m.getKind().name(), m.getText());
        }
    }

    public record RegistrationOut(long id, long householdId, String household, long childId, String child,
                                  long activityId, String activity, String period, String validFrom, String validTo,
                                  String state, String stateText, String closedBy, String submittedAt,
                                  String decidedAt, List<MessageOut> messages) {

        static RegistrationOut of(Registrations.View v, Locale locale) {
            Registration r = v.registration();
            return new RegistrationOut(r.getId(), r.getHouseholdId(), v.household().getName(), r.getChildId(),
                    v.child().getFirstName() + " " + v.child().getLastName(), r.getActivityId(), v.activity().getName(),
                    r.getPeriodLabel(), r.getValidFrom().toString(), r.getValidTo().toString(), r.getState().name(),
                    Messages.text(locale, "registration.state." + r.getState().name()),
                    r.getClosedBy() == null ? null : r.getClosedBy().name(), r.getSubmittedAt().toString(),
                    r.getDecidedAt() == null ? null : r.getDecidedAt().toString(),
                    v.messages().stream().map(MessageOut::of).toList());
        }
    }
}
