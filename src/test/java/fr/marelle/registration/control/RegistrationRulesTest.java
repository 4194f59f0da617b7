package fr.marelle.registration.control;

import fr.marelle.planning.control.Eligibility;
import fr.marelle.planning.entity.Activity;
import fr.marelle.planning.entity.ActivityType;
import fr.marelle.platform.control.Violation;
import fr.marelle.registration.entity.RegistrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static fr.marelle.registration.entity.RegistrationState.ACCEPTED;
import static fr.marelle.registration.entity.RegistrationState.CLOSED;
import static fr.marelle.registration.entity.RegistrationState.IN_REVIEW;
import static fr.marelle.registration.entity.RegistrationState.REFUSED;
import static fr.marelle.registration.entity.RegistrationState.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistrationRulesTest {

    private static final LocalDate FIRST_SESSION = LocalDate.of(2027, 1, 5);

    private static List<String> keys(List<Violation> violations) {
        return violations.stream().map(Violation::key).toList();
    }

    // ------------------------------------------------------------ state machine

    @Test
    void anAgentTakesASubmittedRequestInReviewWithOrWithoutAMessage() {
        assertEquals(List.of(), RegistrationRules.decision(SUBMITTED, IN_REVIEW, null));
        assertEquals(List.of(), RegistrationRules.decision(SUBMITTED, IN_REVIEW, "Nous regardons."));
    }

    @Test
    void aRequestAlreadyInReviewCannotBeTakenInReviewAgain() {
        assertEquals(List.of("registration.decision.alreadyInReview"), keys(RegistrationRules.decision(IN_REVIEW, IN_REVIEW, null)));
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationState.class, names = {"SUBMITTED", "IN_REVIEW"})
    void anOpenRequestCanBeAcceptedWithoutMessageRefusedOrClosedWithOne(RegistrationState open) {
        assertEquals(List.of(), RegistrationRules.decision(open, ACCEPTED, null));
        assertEquals(List.of(), RegistrationRules.decision(open, REFUSED, "Groupe complet."));
        assertEquals(List.of(), RegistrationRules.decision(open, CLOSED, "Doublon de la demande de l’autre parent."));
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationState.class, names = {"REFUSED", "CLOSED"})
    void refusingOrClosingWithoutActionNeedsAMessageForTheFamily(RegistrationState target) {
        List<Violation> violations = RegistrationRules.decision(SUBMITTED, target, null);
        assertEquals(List.of("registration.decision.messageRequired"), keys(violations));
        assertEquals("message", violations.get(0).field());
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationState.class, names = {"ACCEPTED", "REFUSED", "CLOSED"})
    void aDecidedRequestNeverChangesAgain(RegistrationState decided) {
        for (RegistrationState target : List.of(IN_REVIEW, ACCEPTED, REFUSED, CLOSED)) {
            assertTrue(keys(RegistrationRules.decision(decided, target, "message"))
                    .contains("registration.decision.alreadyDecided"), decided + " -> " + target);
        }
    }

    @Test
    void backToSubmittedOrNoStateIsNotADecision() {
        assertEquals(List.of("registration.decision.unknown"), keys(RegistrationRules.decision(IN_REVIEW, SUBMITTED, "x")));
        assertEquals(List.of("registration.decision.unknown"), keys(RegistrationRules.decision(SUBMITTED, null, "x")));
    }

    @Test
    void theFamilyWithdrawsOnlyARequestNotDecidedYet() {
        assertEquals(List.of(), RegistrationRules.withdrawal(SUBMITTED));
        assertEquals(List.of(), RegistrationRules.withdrawal(IN_REVIEW));
        for (RegistrationState decided : List.of(ACCEPTED, REFUSED, CLOSED)) {
            assertEquals(List.of("registration.withdrawal.notOpen"), keys(RegistrationRules.withdrawal(decided)));
        }
    }

    @Test
    void onlySubmittedInReviewAndAcceptedRequestsHoldTheChildsPlace() {
        assertTrue(SUBMITTED.isLive() && IN_REVIEW.isLive() && ACCEPTED.isLive());
        assertFalse(REFUSED.isLive() || CLOSED.isLive());
        assertTrue(SUBMITTED.isOpen() && IN_REVIEW.isOpen());
        assertFalse(ACCEPTED.isOpen());
    }

    // ------------------------------------------------------------ messages

    @Test
    void aMessageIsStrippedABlankOneIsNoneAndAtMost2000Characters() {
        List<Violation> violations = new ArrayList<>();
        assertEquals("Bonjour", RegistrationRules.message("message", "  Bonjour \n", violations));
        assertNull(RegistrationRules.message("message", "   ", violations));
        assertNull(RegistrationRules.message("message", null, violations));
        assertEquals(List.of(), violations);
        RegistrationRules.message("message", "a".repeat(2000), violations);
        assertEquals(List.of(), violations);
        RegistrationRules.message("message", "a".repeat(2001), violations);
        assertEquals(List.of("text.tooLong"), keys(violations));
        assertEquals(List.of(2000), violations.get(0).args());
    }

    @Test
    void aMessageWithControlCharactersIsRefusedButLineBreaksAreKept() {
        List<Violation> violations = new ArrayList<>();
        assertEquals("Ligne 1\nLigne 2", RegistrationRules.message("message", "Ligne 1\nLigne 2", violations));
        RegistrationRules.message("message", "bip\u0007", violations);
        assertEquals(List.of("text.invalidCharacters"), keys(violations));
    }

    // ------------------------------------------------------------ eligibility

    private static Activity judo() {
        Activity a = new Activity("Judo", ActivityType.WEEKLY_CLASS, null, "SPORTS_CULTURE", null);
        a.setMinAge(6);
        a.setMaxAge(10);
        a.setRegistrationRequired(true);
        return a;
    }

    @Test
    void aChildOfTheRightAgeOnTheFirstSessionMayAsk() {
        assertNull(RegistrationRules.ineligibility(judo(), new Eligibility.Child(LocalDate.of(2021, 1, 5), "CP", false), FIRST_SESSION));
        assertEquals("registration.refused.age",
                RegistrationRules.ineligibility(judo(), new Eligibility.Child(LocalDate.of(2021, 1, 6), "CP", true), FIRST_SESSION));
        assertEquals("registration.refused.age",
                RegistrationRules.ineligibility(judo(), new Eligibility.Child(LocalDate.of(2016, 1, 5), "CM2", true), FIRST_SESSION));
        assertEquals("registration.refused.age",
                RegistrationRules.ineligibility(judo(), new Eligibility.Child(null, "CP", true), FIRST_SESSION));
    }

    @Test
    void theClassAndTheResidenceAreCheckedWithTheirOwnReason() {
        Activity classes = judo();
        classes.setLevelCodes(Set.of("CE1", "CE2"));
        assertEquals("registration.refused.level",
                RegistrationRules.ineligibility(classes, new Eligibility.Child(LocalDate.of(2019, 3, 1), "CP", true), FIRST_SESSION));
        assertNull(RegistrationRules.ineligibility(classes, new Eligibility.Child(LocalDate.of(2019, 3, 1), "CE1", true), FIRST_SESSION));
        Activity residents = judo();
        residents.setResidentsOnly(true);
        assertEquals("registration.refused.residentsOnly",
                RegistrationRules.ineligibility(residents, new Eligibility.Child(LocalDate.of(2019, 3, 1), "CE1", false), FIRST_SESSION));
    }

    // ------------------------------------------------------------ the school year

    @Test
    void aRegistrationIsValidForTheSchoolYearFromFirstSeptemberToThirtyFirstAugust() {
        RegistrationPeriod judo = RegistrationPeriod.containing(FIRST_SESSION);
        assertEquals(new RegistrationPeriod("2026-2027", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31)), judo);
        assertEquals(judo, RegistrationPeriod.containing(LocalDate.of(2026, 9, 1)));
        // the summer camp after the last day of class belongs to the school year it closes
        assertEquals(judo, RegistrationPeriod.containing(LocalDate.of(2027, 7, 12)));
        assertEquals("2027-2028", RegistrationPeriod.containing(LocalDate.of(2027, 9, 1)).label());
    }
}
