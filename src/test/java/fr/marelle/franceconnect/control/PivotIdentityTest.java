package fr.marelle.franceconnect.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PivotIdentityTest {

    private static final PivotIdentity VERIFIED = new PivotIdentity("D'Artois", "Léa-Marie", LocalDate.of(1990, 7, 14),
            "female", "75107", PivotIdentity.FRANCE);

    @Test
    void caseAccentsHyphensApostrophesAndTheOtherGivenNamesDoNotMatter() {
        assertTrue(VERIFIED.sameAs(new PivotIdentity("D ARTOIS", "LEA MARIE JEANNE", LocalDate.of(1990, 7, 14),
                "female", "75107", "99100")));
    }

    @Test
    void anyOtherPivotFieldMakesAnotherPerson() {
        LocalDate born = LocalDate.of(1990, 7, 14);
        assertFalse(VERIFIED.sameAs(new PivotIdentity("DARTOIS", "Lea-Marie", born, "female", "75107", "99100")));
        assertFalse(VERIFIED.sameAs(new PivotIdentity("D'Artois", "Marie", born, "female", "75107", "99100")));
        assertFalse(VERIFIED.sameAs(new PivotIdentity("D'Artois", "Léa-Marie", born.plusDays(1), "female", "75107", "99100")));
        assertFalse(VERIFIED.sameAs(new PivotIdentity("D'Artois", "Léa-Marie", born, "male", "75107", "99100")));
        assertFalse(VERIFIED.sameAs(new PivotIdentity("D'Artois", "Léa-Marie", born, "female", "75108", "99100")));
        assertFalse(VERIFIED.sameAs(new PivotIdentity("D'Artois", "Léa-Marie", born, "female", "", "99134")));
    }

    @Test
    void peopleBornAbroadHaveNoBirthplaceButTheirCountryCounts() {
        PivotIdentity abroad = new PivotIdentity("Silva", "Ana", LocalDate.of(1988, 1, 1), "female", "", "99139");
        assertTrue(abroad.sameAs(new PivotIdentity("SILVA", "ANA", LocalDate.of(1988, 1, 1), "female", "", "99139")));
        assertFalse(abroad.sameAs(new PivotIdentity("SILVA", "ANA", LocalDate.of(1988, 1, 1), "female", "", "99134")));
    }

    @Test
    void claimsWithoutAPivotFieldGiveNoIdentity() {
        Map<String, Object> claims = new HashMap<>(Map.of("given_name", "Ana", "family_name", "SILVA", "birthdate", "1988-01-01",
                "gender", "female", "birthplace", "", "birthcountry", "99139"));
        assertTrue(PivotIdentity.fromClaims(claims).isPresent());
        claims.remove("gender");
        assertFalse(PivotIdentity.fromClaims(claims).isPresent());
        claims.put("gender", "female");
        claims.put("birthdate", "1988-13-01");
        assertFalse(PivotIdentity.fromClaims(claims).isPresent());
    }

    @Test
    void anAccountCreatedFromFranceConnectTakesTheFirstGivenNameAsWritten() {
        assertEquals("Léa-Marie", new PivotIdentity("D'ARTOIS", " Léa-Marie  Jeanne ", LocalDate.of(1990, 7, 14), "female",
                "75107", PivotIdentity.FRANCE).firstGivenNameAsWritten());
    }
}
