package fr.marelle.family.control;

import fr.marelle.family.control.HouseholdRequestRules.RequestForm;
import fr.marelle.family.entity.RequestType;
import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HouseholdRequestRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static Set<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).collect(Collectors.toSet());
    }

    @Test
    void aPersonNotAllowedNeedsTheChildTheNamesAndTheRelation() {
        List<Violation> violations = new ArrayList<>();
        HouseholdRequestRules.check(new RequestForm(RequestType.NOT_ALLOWED_PERSON, null, " ", null, "",
                null, null, null, null, null, null), TODAY, violations);
        assertEquals(Set.of("childId", "firstName", "lastName", "relation"), fields(violations));
    }

    @Test
    void aPersonNotAllowedKeepsOnlyItsOwnFieldsCleaned() {
        List<Violation> violations = new ArrayList<>();
        RequestForm checked = HouseholdRequestRules.check(new RequestForm(RequestType.NOT_ALLOWED_PERSON, 5L,
                "  Marc ", "Durand", " père ", "ignored", "x@y.fr", null, null, null, " jugement du 2 mars "),
                TODAY, violations);
        assertTrue(violations.isEmpty(), violations.toString());
        assertEquals("Marc", checked.firstName());
        assertEquals("père", checked.relation());
        assertEquals("jugement du 2 mars", checked.note());
        assertNull(checked.otherParentName());
    }

    @Test
    void aCustodyLinkNamesEitherAChildOfTheHouseholdOrAChildOfAnotherOneNotBoth() {
        List<Violation> both = new ArrayList<>();
        HouseholdRequestRules.check(new RequestForm(RequestType.CUSTODY_LINK, 5L, null, null, null, "Paul Roux",
                null, "Léo", "Roux", LocalDate.of(2018, 1, 1), null), TODAY, both);
        assertEquals(Set.of("childId"), fields(both));

        List<Violation> none = new ArrayList<>();
        HouseholdRequestRules.check(new RequestForm(RequestType.CUSTODY_LINK, null, null, null, null, "Paul Roux",
                null, null, null, null, null), TODAY, none);
        assertEquals("request.custody.child.required", none.get(0).key());

        List<Violation> own = new ArrayList<>();
        RequestForm checked = HouseholdRequestRules.check(new RequestForm(RequestType.CUSTODY_LINK, 5L, null, null,
                null, " Paul Roux ", " Paul.Roux@Example.NET ", null, null, null, null), TODAY, own);
        assertTrue(own.isEmpty(), own.toString());
        assertEquals("Paul.Roux@example.net", checked.otherParentEmail());
    }

    @Test
    void aChildOfAnotherHouseholdNeedsNamesAndAPlausibleBirthDateAndTheOtherParent() {
        List<Violation> violations = new ArrayList<>();
        HouseholdRequestRules.check(new RequestForm(RequestType.CUSTODY_LINK, null, null, null, null, null,
                "pas-un-mail", "Léo", "", TODAY.plusDays(1), null), TODAY, violations);
        assertEquals(Set.of("otherParentName", "otherParentEmail", "childLastName", "childBirthDate"),
                fields(violations));

        List<Violation> tooOld = new ArrayList<>();
        HouseholdRequestRules.check(new RequestForm(RequestType.CUSTODY_LINK, null, null, null, null, "Paul Roux",
                null, "Léo", "Roux", TODAY.minusYears(18), null), TODAY, tooOld);
        assertEquals("child.birthDate.tooOld", tooOld.get(0).key());
    }

    @Test
    void theTypeIsRequiredAndAMessageIsNeverEmpty() {
        List<Violation> violations = new ArrayList<>();
        HouseholdRequestRules.check(new RequestForm(null, null, null, null, null, null, null, null, null, null, null),
                TODAY, violations);
        assertEquals(Set.of("type"), fields(violations));

        List<Violation> message = new ArrayList<>();
        assertNull(HouseholdRequestRules.message("body", "   ", message));
        assertEquals("request.message.required", message.get(0).key());
        List<Violation> tooLong = new ArrayList<>();
        HouseholdRequestRules.message("body", "x".repeat(2001), tooLong);
        assertEquals("text.tooLong", tooLong.get(0).key());
    }
}
