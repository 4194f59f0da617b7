package fr.marelle.franceconnect.control;

import fr.marelle.franceconnect.control.VerifiedCivilIdentities.CivilIdentityForm;
import fr.marelle.franceconnect.control.VerifiedCivilIdentities.DocumentKind;
import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CivilIdentityRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 17);

    private static CivilIdentityForm form(String birthdate, String place, String country) {
        return new CivilIdentityForm(" D'Artois ", "Léa  Marie", birthdate, "Female", place, country, "PASSPORT", " au guichet ");
    }

    private static List<String> refusedFields(CivilIdentityForm form) {
        return assertThrows(RuleViolationException.class, () -> CivilIdentityRules.check(form, TODAY)).violations().stream()
                .map(Violation::field).toList();
    }

    @Test
    void aBirthInFranceKeepsItsCommuneCodeCorsicaIncluded() {
        var checked = CivilIdentityRules.check(form("1990-07-14", "2a004", "99100"), TODAY);
        assertEquals(new CivilIdentityRules.Checked("D'Artois", "Léa Marie", LocalDate.of(1990, 7, 14), "female", "2A004",
                "99100", DocumentKind.PASSPORT, "au guichet"), checked);
    }

    @Test
    void aBirthAbroadKeepsNoCommuneAsFranceConnectGivesNone() {
        assertEquals("", CivilIdentityRules.check(form("1990-07-14", "75107", "99131"), TODAY).birthplace());
    }

    @Test
    void aBirthInFranceWithoutItsCommuneCodeIsRefused() {
        assertEquals(List.of("birthplace"), refusedFields(form("1990-07-14", "", "99100")));
        assertEquals(List.of("birthplace"), refusedFields(form("1990-07-14", "Angers", "99100")));
    }

    @Test
    void aBirthDateToComeOrThatIsNoDateIsRefused() {
        assertEquals(List.of("birthdate"), refusedFields(form("2026-11-18", "49007", "99100")));
        assertEquals(List.of("birthdate"), refusedFields(form("14/07/1990", "49007", "99100")));
        CivilIdentityRules.check(form("2026-11-17", "49007", "99100"), TODAY);
    }

    @Test
    void everyWrongFieldIsToldAtOnce() {
        CivilIdentityForm empty = new CivilIdentityForm(" ", null, null, "x", null, "France", "SELFIE", "n".repeat(301));
        assertEquals(List.of("familyName", "givenNames", "birthdate", "gender", "birthcountry", "documentKind", "note"),
                refusedFields(empty));
    }
}
