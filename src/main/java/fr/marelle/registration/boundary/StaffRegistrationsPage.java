package fr.marelle.registration.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.family.control.UnknownRecordException;
import fr.marelle.planning.entity.Activity;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.boundary.LanguageSwitch;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.registration.control.Registrations;
import fr.marelle.registration.entity.AuthorKind;
import fr.marelle.registration.entity.RegistrationState;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Staff: the queue of registration requests (filtered by state and activity, oldest first) and
 * one request, to take in review, accept, refuse, close without action or write to the family.
 */
@Named
@ViewScoped
public class StaffRegistrationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String OPEN = "OPEN";
    static final String ALL = "ALL";

    @Inject
    Acting acting;

    @Inject
    Registrations registrations;

    @Inject
    LanguageSwitch language;

    private String state;
    private Long activity;
    private Long id;
    private String message;
    private transient List<Registrations.View> queue;
    private transient Registrations.View view;

    // ------------------------------------------------------------ the queue

    public List<Registrations.View> getQueue() {
        if (queue == null) {
            queue = registrations.queue(acting.require().getId(), states(), activity);
        }
        return queue;
    }

    private Set<RegistrationState> states() {
        if (state == null || state.isBlank() || OPEN.equals(state)) {
            return EnumSet.of(RegistrationState.SUBMITTED, RegistrationState.IN_REVIEW);
        }
        if (ALL.equals(state)) {
            return EnumSet.allOf(RegistrationState.class);
        }
        try {
            return EnumSet.of(RegistrationState.valueOf(state));
        } catch (IllegalArgumentException e) {
            return EnumSet.of(RegistrationState.SUBMITTED, RegistrationState.IN_REVIEW);
        }
    }

    /** label -> value of the state filter. */
    public Map<String, String> getStateChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put(Feedback.text("registration.staff.open"), OPEN);
        for (RegistrationState s : RegistrationState.values()) {
            choices.put(Feedback.text("registration.state." + s.name()), s.name());
        }
        choices.put(Feedback.text("registration.staff.all"), ALL);
        return choices;
    }

    /** label -> id of the activity filter (an empty value: every activity). */
    public Map<String, Long> getActivityChoices() {
        Map<String, Long> choices = new LinkedHashMap<>();
        for (Activity a : registrations.registrationActivities()) {
            choices.put(a.getName(), a.getId());
        }
        return choices;
    }

    public String filter() {
        return "/staff/registrations.xhtml?faces-redirect=true&state=" + (state == null ? OPEN : state)
                + (activity == null ? "" : "&activity=" + activity);
    }

    // ------------------------------------------------------------ one request

    /** View action of the request page: the not-found page for an unknown id. */
    public void load() {
        try {
            getView();
        } catch (UnknownRecordException e) {
            Feedback.notFound();
        }
    }

    public Registrations.View getView() {
        if (view == null) {
            view = registrations.forStaff(acting.require().getId(), id == null ? -1 : id);
        }
        return view;
    }

    public Registrations.Facts getFacts() {
        return registrations.facts(getView());
    }

    public String review() {
        return decide(RegistrationState.IN_REVIEW);
    }

    public String accept() {
        return decide(RegistrationState.ACCEPTED);
    }

    public String refuse() {
        return decide(RegistrationState.REFUSED);
    }

    public String close() {
        return decide(RegistrationState.CLOSED);
    }

    public String send() {
        try {
            registrations.staffMessage(acting.require().getId(), id, message);
            Feedback.infoAfterRedirect("registration.staff.messageSent");
            return self();
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    private String decide(RegistrationState target) {
        try {
            registrations.decide(acting.require().getId(), id, target, message);
            Feedback.infoAfterRedirect("registration.staff.done", Feedback.text("registration.state." + target.name()));
            return self();
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            view = null;
            return null;
        }
    }

    private String self() {
        return "/staff/registration.xhtml?faces-redirect=true&id=" + id;
    }

    // ------------------------------------------------------------ display

    public String stateText(Registrations.View v) {
        var r = v.registration();
        return Feedback.text(r.getClosedBy() == AuthorKind.FAMILY
                ? "registration.closedBy.FAMILY" : "registration.state." + r.getState().name());
    }

    public String when(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(PARIS)
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", language.getLocale()));
    }

    public String day(LocalDate day) {
        return day == null ? "" : day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", language.getLocale()));
    }

    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public Long getActivity() { return activity; }
    public void setActivity(Long activity) { this.activity = activity; }
    public Long getId() { return id; }

    /** The id as the address gives it: anything but a number is an unknown request (404), not a conversion error. */
    public String getIdText() { return id == null ? null : id.toString(); }
    public void setIdText(String text) { id = text != null && text.strip().matches("\\d{1,18}") ? Long.valueOf(text.strip()) : -1L; }
    public void setId(Long id) { this.id = id; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
}
