package fr.marelle.registration.control;

import fr.marelle.family.control.Households;
import fr.marelle.family.entity.Child;
import fr.marelle.identity.entity.Account;
import fr.marelle.legal.control.LegalMentions;
import fr.marelle.legal.control.SubmissionReference;
import fr.marelle.notification.control.Outbox;
import fr.marelle.planning.entity.Activity;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PortalLinks;
import fr.marelle.registration.entity.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The mails of registrations, to every guardian of the household that asked, each in their
 * language: the acknowledgement of a request, every later change of state, and each message an
 * agent writes on the request.
 */
@ApplicationScoped
public class RegistrationMails {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Households households;

    @Inject
    PortalLinks links;

    @Inject
    LegalMentions legalMentions;

    /** The request's reference, as in the acknowledgement mail. */
    public static SubmissionReference reference(Registration registration) {
        return SubmissionReference.of(SubmissionReference.Kind.REGISTRATION, registration.getId(),
                registration.getSubmittedAt());
    }

    void submitted(Registration registration) {
        send(registration, "registration-submitted", null);
    }

    /** The new state in words, with the agent's message when there is one, and the appeal routes of a refusal. */
    void changed(Registration registration, String message) {
        send(registration, "registration-changed", message);
    }

    void staffMessage(Registration registration, String message) {
        send(registration, "registration-message", message);
    }

    private void send(Registration registration, String template, String message) {
        Child child = em.find(Child.class, registration.getChildId());
        Activity activity = em.find(Activity.class, registration.getActivityId());
        for (Account guardian : households.guardians(registration.getHouseholdId())) {
            Locale locale = Messages.forLanguage(guardian.getLanguage());
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("firstName", guardian.getFirstName());
            values.put("child", child.getFirstName());
            values.put("activity", activity.getName());
            values.put("period", registration.getPeriodLabel());
            values.put("state", Messages.text(locale, "registration.state." + registration.getState().name()));
            values.put("message", message == null ? "" : Messages.text(locale, "registration.mail.message", message));
            values.put("link", links.to("/parent/registrations.xhtml"));
            values.put("acknowledgement", legalMentions.acknowledgement(locale, reference(registration),
                    registration.getSubmittedAt()));
            values.put("appeal", registration.isUnfavourable()
                    ? "\n" + legalMentions.decisionBlock(locale, registration.getDecisionSignatory()) + "\n" : "");
            outbox.queue(guardian.getEmail(), guardian.getLanguage(), template, values);
        }
    }
}
