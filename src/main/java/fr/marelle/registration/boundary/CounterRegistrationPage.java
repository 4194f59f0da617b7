package fr.marelle.registration.boundary;

import fr.marelle.identity.control.Acting;
import fr.marelle.platform.boundary.Feedback;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.registration.control.Registrations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.LinkedHashMap;
import java.util.Map;

/** Staff household page: register one of the household's children to an activity at the counter. */
@Named
@RequestScoped
public class CounterRegistrationPage {

    @Inject
    Acting acting;

    @Inject
    Registrations registrations;

    private String choice;
    private Map<String, String> choices;

    /** The household of the staff page (its "id" parameter, also sent again by the form). */
    private Long household() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        return id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }

    /** "Léa – Judo (2026-2027)" → "childId-activityId", for what the child may be registered to now. */
    public Map<String, String> getChoices() {
        if (choices == null) {
            choices = new LinkedHashMap<>();
            Long household = household();
            if (household != null) {
                registrations.choices(acting.require().getId(), household).forEach(c -> choices.put(
                        c.child().getFirstName() + " – " + c.activity().getName() + " (" + c.period().label() + ")", c.key()));
            }
        }
        return choices;
    }

    public String register() {
        Long household = household();
        try {
            if (household == null || choice == null || !choice.matches("\\d+-\\d+")) {
                throw RuleViolationException.of("counterChoice", "registration.counter.choose");
            }
            String[] ids = choice.split("-");
            registrations.registerAtCounter(acting.require().getId(), household, Long.valueOf(ids[0]), Long.valueOf(ids[1]));
            Feedback.infoAfterRedirect("registration.counter.done");
            return "/staff/household.xhtml?faces-redirect=true&id=" + household;
        } catch (RuleViolationException e) {
            Feedback.refused(e);
            return null;
        }
    }

    public String getChoice() { return choice; }
    public void setChoice(String choice) { this.choice = choice; }
}
