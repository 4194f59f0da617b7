package fr.marelle.booking.boundary;

import fr.marelle.booking.control.FirstSteps;
import fr.marelle.family.control.HouseholdAccess;
import fr.marelle.identity.control.Acting;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** The parent's home page: the first steps as links, ticked when done, the next one highlighted. */
@Named
@RequestScoped
public class NextStepsCard {

    private static final Map<FirstSteps.Step, String> PAGES = Map.of(
            FirstSteps.Step.HOUSEHOLD, "/parent/household",
            FirstSteps.Step.CHILDREN, "/parent/children",
            FirstSteps.Step.QUOTIENT, "/parent/quotient",
            FirstSteps.Step.BOOKING, "/parent/bookings");

    @Inject
    Acting acting;

    @Inject
    HouseholdAccess access;

    @Inject
    FirstSteps firstSteps;

    private List<FirstSteps.Progress> steps;

    /** None for an account without a household (it is created with the household file). */
    public List<FirstSteps.Progress> getSteps() {
        if (steps == null) {
            long actor = acting.require().getId();
            steps = access.ownHousehold(actor).map(h -> firstSteps.of(actor, h)).orElse(List.of());
        }
        return steps;
    }

    /** Every step done: the card makes room for the rest. */
    public boolean isAllDone() {
        return !getSteps().isEmpty() && getSteps().stream().allMatch(p -> p.state() == FirstSteps.State.DONE);
    }

    public String page(FirstSteps.Progress p) {
        return PAGES.get(p.step());
    }
}
