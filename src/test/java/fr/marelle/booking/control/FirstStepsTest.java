package fr.marelle.booking.control;

import fr.marelle.booking.control.FirstSteps.Progress;
import fr.marelle.booking.control.FirstSteps.Quotient;
import fr.marelle.booking.control.FirstSteps.State;
import fr.marelle.family.entity.Household;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FirstStepsTest {

    private static List<State> states(List<Progress> steps) {
        return steps.stream().map(Progress::state).toList();
    }

    @Test
    void aNewFamilyHasTheHouseholdFileToDoNowAndTheRestAfter() {
        assertEquals(List.of(State.NEXT, State.TO_DO, State.TO_DO, State.TO_DO),
                states(FirstSteps.progress(false, false, Quotient.NONE, false)));
    }

    @Test
    void theNextStepIsTheFirstOneNeitherDoneNorWaitingForTheTown() {
        assertEquals(List.of(State.DONE, State.DONE, State.WAITING, State.NEXT),
                states(FirstSteps.progress(true, true, Quotient.SENT, false)));
        assertEquals(List.of(State.DONE, State.NEXT, State.TO_DO, State.TO_DO),
                states(FirstSteps.progress(true, false, Quotient.NONE, false)));
    }

    @Test
    void aStepDoneOutOfOrderIsTickedAndTheEarlierOneStaysNext() {
        assertEquals(List.of(State.NEXT, State.DONE, State.DONE, State.DONE),
                states(FirstSteps.progress(false, true, Quotient.VALID, true)));
    }

    @Test
    void theHouseholdFileIsCompleteWithAnAddressAndAPhone() {
        Household h = new Household("Famille Test", OffsetDateTime.parse("2026-12-01T10:00:00+01:00"));
        h.setAddressLine1("3 rue des Écoles");
        h.setPostcode("75001");
        h.setCity("Paris");
        assertFalse(FirstSteps.complete(h), "no phone yet");
        h.setPhone("+33612345678");
        assertTrue(FirstSteps.complete(h));
        h.setCity(" ");
        assertFalse(FirstSteps.complete(h));
    }
}
