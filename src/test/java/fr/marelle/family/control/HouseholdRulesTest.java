package fr.marelle.family.control;

import fr.marelle.family.control.HouseholdRules.ChildForm;
import fr.marelle.family.control.HouseholdRules.HouseholdForm;
import fr.marelle.family.control.HouseholdRules.PickupForm;
import fr.marelle.family.control.HouseholdRules.QuotientForm;
import fr.marelle.family.entity.Diet;
import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HouseholdRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static ChildForm child(String first, String last, LocalDate birth) {
        return new ChildForm(first, last, birth, null, null, null, Diet.NONE, null, null, false, null, null, false);
    }

    private static List<String> keys(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.key()).toList();
    }

    @Test
    void aChildBornTodayOrSeventeenYearsAgoIsAccepted() {
        List<Violation> violations = new ArrayList<>();
        HouseholdRules.check(child("Léa", "Martin", TODAY), TODAY, violations);
        HouseholdRules.check(child("Léa", "Martin", TODAY.minusYears(18).plusDays(1)), TODAY, violations);
        assertEquals(List.of(), violations);
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        List<Violation> violations = new ArrayList<>();
        HouseholdRules.check(child("Léa", "Martin", TODAY.plusDays(1)), TODAY, violations);
        assertEquals(List.of("birthDate:child.birthDate.future"), keys(violations));
    }

    @Test
    void aPersonEighteenOrOlderIsNotAChild() {
        List<Violation> violations = new ArrayList<>();
        HouseholdRules.check(child("Léa", "Martin", TODAY.minusYears(18)), TODAY, violations);
        assertEquals(List.of("birthDate:child.birthDate.tooOld"), keys(violations));
        assertEquals(List.of(18), violations.get(0).args());
    }

    @Test
    void emptyNamesAndAMissingBirthDateAreEachSaidOnTheirField() {
        List<Violation> violations = new ArrayList<>();
        HouseholdRules.check(child(" ", null, null), TODAY, violations);
        assertEquals(List.of("firstName:name.required", "lastName:name.required", "birthDate:child.birthDate.required"),
                keys(violations));
    }

    @Test
    void anOtherDietNeedsItsDescriptionAndOtherDietsDropIt() {
        List<Violation> violations = new ArrayList<>();
        HouseholdRules.check(new ChildForm("Léa", "Martin", TODAY.minusYears(5), "F", null, null, Diet.OTHER, " ",
                null, false, null, null, false), TODAY, violations);
        assertEquals(List.of("dietOther:child.dietOther.required"), keys(violations));

        violations.clear();
        ChildForm checked = HouseholdRules.check(new ChildForm("Léa", "Martin", TODAY.minusYears(5), "F", null, null,
                Diet.NO_PORK, "sans porc", null, true, "Dr Roux", "01 23 45 67 89", true), TODAY, violations);
        assertEquals(List.of(), violations);
        assertNull(checked.dietOther());
        assertEquals("+33123456789", checked.doctorPhone());
    }

    @Test
    void anInvalidSexIsRefused() {
        List<Violation> violations = new ArrayList<>();
        HouseholdRules.check(new ChildForm("Léa", "Martin", TODAY.minusYears(5), "X", null, null, null, null,
                null, false, null, null, false), TODAY, violations);
        assertEquals(List.of("sex:child.sex.invalid"), keys(violations));
    }

    @Test
    void householdPhonesAreStoredInE164AndBadOnesAreRefused() {
        List<Violation> violations = new ArrayList<>();
        HouseholdForm checked = HouseholdRules.check(new HouseholdForm("  Martin ", "3 rue des Lilas", null, "49100",
                "Angers", "06 12 34 56 78", "+44 20 7946 0958", null), violations);
        assertEquals(List.of(), violations);
        assertEquals("Martin", checked.name());
        assertEquals("+33612345678", checked.phone());
        assertEquals("+442079460958", checked.otherPhone());

        HouseholdRules.check(new HouseholdForm("", null, null, "4910", null, "12", "abc", null), violations);
        assertEquals(List.of("name:name.required", "postcode:postcode.invalid", "phone:phone.invalid",
                "otherPhone:phone.invalid"), keys(violations));
    }

    @Test
    void anAddressAbroadNamesAListedCountryAndKeepsItsOwnPostcode() {
        List<Violation> violations = new ArrayList<>();
        HouseholdForm checked = HouseholdRules.check(new HouseholdForm("Peeters", "Rue Haute 12", null, " 1000 ", "Bruxelles",
                null, null, null, "99131", null), violations);
        assertEquals(List.of(), violations);
        assertEquals("99131", checked.country());
        assertEquals("1000", checked.postcode());

        HouseholdRules.check(new HouseholdForm("Silva", "Rua Augusta 10", null, "1100-053", "Lisboa", null, null, null,
                "99139", null), violations);
        assertEquals(List.of(), violations, "a Portuguese postcode abroad");

        HouseholdRules.check(new HouseholdForm("Smith", "1 High St", null, "SW1A 1AA", "London", null, null, null,
                "99999", null), violations);
        assertEquals(List.of("country:country.unknown", "postcode:postcode.invalid"), keys(violations),
                "an unknown country is refused, and the address is then checked as French");
    }

    @Test
    void franceIsItsInseeCodeOrNothingAndLeftOutItStaysAsItWas() {
        List<Violation> violations = new ArrayList<>();
        HouseholdForm blank = HouseholdRules.check(new HouseholdForm("Martin", null, null, "49100", "Angers", null, null, null,
                " ", null), violations);
        assertEquals(Countries.FRANCE, blank.country());
        assertEquals(List.of(), violations);
        HouseholdForm leftOut = new HouseholdForm("Martin", null, null, "49100", "Angers", null, null, null);
        assertEquals("99131", leftOut.countryOr("99131").country(), "an old client keeps the household abroad");
        assertEquals(Countries.FRANCE, leftOut.countryOr(null).country());
        assertEquals(null, Countries.stored(Countries.FRANCE));
    }

    @Test
    void aCivilityIsMonsieurMadameOrNone() {
        List<Violation> violations = new ArrayList<>();
        Map<Long, String> given = new LinkedHashMap<>();
        given.put(7L, "MME");
        given.put(8L, " ");
        HouseholdForm checked = HouseholdRules.check(new HouseholdForm("Martin", null, null, null, null, null, null, null,
                null, given), violations);
        assertEquals(List.of(), violations);
        assertEquals("MME", checked.civilities().get(7L));
        assertTrue(checked.civilities().containsKey(8L) && checked.civilities().get(8L) == null, "cleared");

        HouseholdRules.check(new HouseholdForm("Martin", null, null, null, null, null, null, null, null,
                Map.of(7L, "Mlle")), violations);
        assertEquals(List.of("civilities:civility.unknown"), keys(violations), "Hélios rejects Mlle");
    }

    @Test
    void aPickUpPersonIsAllowedOrAnEmergencyContactWithAPhone() {
        List<Violation> violations = new ArrayList<>();
        HouseholdRules.check(new PickupForm("Paul", "Durand", "grand-père", "0612345678", null, true, false, false, null),
                violations);
        assertEquals(List.of(), violations);

        HouseholdRules.check(new PickupForm("Paul", "Durand", "", "", null, false, false, false, null), violations);
        assertEquals(List.of("relation:pickup.relation.required", "phone:pickup.phone.required",
                "mayPickUp:pickup.role.required"), keys(violations));
    }

    @Test
    void aPersonNotAllowedIsNeitherAllowedNorAnEmergencyContactAndNeedsNoPhone() {
        List<Violation> violations = new ArrayList<>();
        HouseholdRules.check(new PickupForm("Marc", "Durand", "père", null, null, false, false, true, "jugement"),
                violations);
        assertEquals(List.of(), violations);
        HouseholdRules.check(new PickupForm("Marc", "Durand", "père", null, null, true, false, true, null), violations);
        assertEquals(List.of("notAllowed:pickup.notAllowed.exclusive"), keys(violations));
    }

    @Test
    void aQuotientIsPositiveWithItsEndAfterItsStart() {
        List<Violation> violations = new ArrayList<>();
        HouseholdRules.check(new QuotientForm(850, TODAY, TODAY), violations);
        assertEquals(List.of(), violations);
        HouseholdRules.check(new QuotientForm(-1, TODAY, TODAY.minusDays(1)), violations);
        assertEquals(List.of("amount:quotient.amount.negative", "validTo:quotient.validTo.beforeFrom"), keys(violations));
        violations.clear();
        HouseholdRules.check(new QuotientForm(null, null, null), violations);
        assertTrue(keys(violations).containsAll(List.of("amount:quotient.amount.required",
                "validFrom:quotient.validFrom.required", "validTo:quotient.validTo.required")));
    }
}
