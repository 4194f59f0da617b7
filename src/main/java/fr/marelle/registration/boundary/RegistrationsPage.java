package fr.marelle.registration.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.family.entity.Child;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.registration.control.RegistrationMails;
import fr.marelle.registration.control.Registrations;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parent's registrations page: the requests for each child with their state and messages, a
 * form to ask for a new one (the child and activity pairs the family may ask for), a message to
 * the agents, the withdrawal of a request not decided yet.
 */
@Named
@ViewScoped
public class RegistrationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A child and its requests, newest first. */
    public record ChildRequests(Child child, List<Registrations.View> requests) implements Serializable {
    }

    @Inject
    Acting acting;

    @Inject
    HouseholdAccess access;

    @Inject
    Registrations registrations;

    @Inject
    LanguageSwitch language;

    private Long householdId;
    private Long child;
    private Long activity;
    private String choice;
    private String message;
    private String reply;
    private transient List<ChildRequests> byChild;
    private transient Map<String, String> choices;

    /** View action: the household; a link from the booking page preselects the child and activity. */
    public void init() {
        householdId = access.ownHousehold(acting.require().getId()).orElse(null);
        if (choice == null && child != null && activity != null) {
            choice = child + "-" + activity;
        }
    }

    /** label -> "childId-activityId", e.g. "Léa – Judo (2026-2027)". */
    public Map<String, String> getChoices() {
        if (choices == null) {
            choices = new LinkedHashMap<>();
            if (householdId != null) {
                registrations.choices(acting.require().getId(), householdId).forEach(c -> choices.put(c.child().getFirstName() + " – "
                        + c.activity().getName() + " (" + c.period().label() + ")", c.key()));
            }
        }
        return choices;
    }

    public List<ChildRequests> getByChild() {
        if (byChild == null) {
            byChild = new ArrayList<>();
            if (householdId != null) {
                Map<Long, ChildRequests> groups = new LinkedHashMap<>();
                for (Registrations.View v : registrations.ofHousehold(acting.require().getId(), householdId)) {
                    groups.computeIfAbsent(v.child().getId(), id -> new ChildRequests(v.child(), new ArrayList<>()))
                            .requests().add(v);
                }
                byChild.addAll(groups.values());
            }
        }
        return byChild;
    }

    public String submit() {
        Long childId = null;
        Long activityId = null;
        if (choice != null && choice.matches("\\d+-\\d+")) {
            childId = Long.valueOf(choice.substring(0, choice.indexOf('-')));
            activityId = Long.valueOf(choice.substring(choice.indexOf('-') + 1));
        }
        try {
            registrations.submit(acting.require().getId(), householdId == null ? -1 : householdId, childId, activityId, message);
            Feedback.infoAfterRedirect("registration.page.submitted");
            return "/parent/registrations.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String send(long registrationId) {
        try {
            registrations.familyMessage(acting.require().getId(), householdId == null ? -1 : householdId, registrationId, reply);
            Feedback.infoAfterRedirect("registration.page.messageSent");
            return "/parent/registrations.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String withdraw(long registrationId) {
        try {
            registrations.withdraw(acting.require().getId(), householdId == null ? -1 : householdId, registrationId);
            Feedback.infoAfterRedirect("registration.page.withdrawn");
            return "/parent/registrations.xhtml?faces-redirect=true";
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String state(Registrations.View v) {
        var r = v.registration();
        return Feedback.text(r.getClosedBy() == fr.marelle.registration.entity.AuthorKind.FAMILY
                ? "registration.closedBy.FAMILY" : "registration.state." + r.getState().name());
    }

    /** The reference given in the acknowledgement mail, e.g. I-2026-000042. */
    public String reference(Registrations.View v) {
        return RegistrationMails.reference(v.registration()).toString();
    }

    public String when(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(PARIS)
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", language.getLocale()));
    }

    public boolean isWithoutHousehold() { return householdId == null; }
    public Long getChild() { return child; }
    public void setChild(Long child) { this.child = child; }
    public Long getActivity() { return activity; }
    public void setActivity(Long activity) { this.activity = activity; }
    public String getChoice() { return choice; }
    public void setChoice(String choice) { this.choice = choice; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public String getReply() { return reply; }
    public void setReply(String reply) { this.reply = reply; }
}
