package fr.marelle.enrolment.control;

import fr.marelle.family.control.Households;
import fr.marelle.identity.entity.Account;
import fr.marelle.legal.control.LegalMentions;
import fr.marelle.notification.control.Outbox;
import fr.marelle.planning.control.Sites;
import fr.marelle.platform.control.Messages;
import fr.marelle.platform.control.PortalLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The mails of school enrolment requests, to every guardian of the household, each in their language: the
 * acknowledgement (reference, day and time received, answer time, what silence means) and every decision, a
 * refusal with its signatory and the appeal routes, an acceptance with where to download the certificate.
 */
@ApplicationScoped
public class EnrolmentMails {

    @Inject
    Outbox outbox;

    @Inject
    Households households;

    @Inject
    Sites sites;

    @Inject
    PortalLinks links;

    @Inject
    LegalMentions legalMentions;

    void submitted(SchoolEnrolments.View view) {
        send(view, "school-enrolment-submitted", null);
    }

    void changed(SchoolEnrolments.View view, String message) {
        send(view, "school-enrolment-changed", message);
    }

    private void send(SchoolEnrolments.View view, String template, String message) {
        var e = view.enrolment();
        for (Account guardian : households.guardians(e.getHouseholdId())) {
            Locale locale = Messages.forLanguage(guardian.getLanguage());
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("firstName", guardian.getFirstName());
            values.put("child", view.child().getFirstName());
            values.put("schoolYear", e.getSchoolYear());
            values.put("level", sites.level(e.getLevelCode()).map(l -> l.label(locale)).orElse(e.getLevelCode()));
            values.put("school", view.school() == null ? Messages.text(locale, "enrolment.school.none") : view.school());
            values.put("state", Messages.text(locale, "enrolment.state." + e.getState().name()));
            values.put("detail", detail(view, locale));
            values.put("message", message == null ? "" : Messages.text(locale, "enrolment.mail.message", message));
            values.put("link", links.to("/parent/school-enrolments.xhtml"));
            values.put("acknowledgement", legalMentions.acknowledgement(locale, view.reference(), e.getSubmittedAt()));
            values.put("appeal", e.isRefused() ? "\n" + legalMentions.decisionBlock(locale, e.getDecisionSignatory()) + "\n" : "");
            outbox.queue(guardian.getEmail(), guardian.getLanguage(), template, values);
        }
    }

    /** What the family is to do now, after the state. */
    private static String detail(SchoolEnrolments.View view, Locale locale) {
        var e = view.enrolment();
        return switch (e.getState()) {
            case INCOMPLETE -> Messages.text(locale, "enrolment.mail.incomplete",
                    Messages.text(locale, "enrolment.document." + e.getMissingDocument().name()));
            case ACCEPTED -> Messages.text(locale, "enrolment.mail.accepted", view.assignedSchool());
            default -> "";
        };
    }
}
