package fr.marelle.identity.control;

import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The password rules of the terms of use, one test per rule. */
class PasswordPolicyTest {

    private static final String EMAIL = "camille.martin@example.org";
    /** 12 characters with upper case, lower case, digit and symbol. */
    private static final String VALID = "Marelle-2026";

    private static List<String> keys(String password, String email) {
        return PasswordPolicy.check("password", password, email).stream().map(Violation::key).toList();
    }

    @Test
    void aPasswordFollowingEveryRuleHasNoViolation() {
        assertEquals(List.of(), PasswordPolicy.check("password", VALID, EMAIL));
        assertEquals(List.of(), PasswordPolicy.check("password", "Une phrase de passe assez longue, 2026 !", EMAIL));
    }

    @Test
    void aMissingPasswordIsReportedAloneAsRequired() {
        assertEquals(List.of("password.required"), keys(null, EMAIL));
        assertEquals(List.of("password.required"), keys("", EMAIL));
    }

    @Test
    void atLeastTwelveCharacters() {
        assertEquals(List.of(), keys("Marelle-2026", EMAIL));
        List<Violation> violations = PasswordPolicy.check("password", "Marelle-202", EMAIL);
        assertEquals(List.of(Violation.of("password", "password.tooShort", 12)), violations);
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        String elevenCharactersOneOutsideTheBmp = "Marelle-20\uD83D\uDE00"; // 11 characters, 12 UTF-16 units
        assertEquals(List.of("password.tooShort"), keys(elevenCharactersOneOutsideTheBmp, EMAIL));
        assertEquals(List.of(), keys("Marelle-202\uD83D\uDE00", EMAIL));
    }

    @Test
    void atMost128Characters() {
        String base = "Aa1!";
        assertEquals(List.of(), keys(base.repeat(32), EMAIL));
        List<Violation> violations = PasswordPolicy.check("password", base.repeat(32) + "x", EMAIL);
        assertEquals(List.of(Violation.of("password", "password.tooLong", 128)), violations);
    }

    @Test
    void needsAnUpperCaseLetter() {
        assertEquals(List.of("password.noUpperCase"), keys("marelle-2026", EMAIL));
    }

    @Test
    void needsALowerCaseLetter() {
        assertEquals(List.of("password.noLowerCase"), keys("MARELLE-2026", EMAIL));
    }

    @Test
    void needsADigit() {
        assertEquals(List.of("password.noDigit"), keys("Marelle-deux", EMAIL));
    }

    @Test
    void needsASymbol() {
        assertEquals(List.of("password.noSymbol"), keys("Marelle2026x", EMAIL));
        assertEquals(List.of(), keys("Marelle 2026", EMAIL), "a space counts as a symbol");
    }

    @Test
    void mustNotContainTheLocalPartOfTheEmailWhateverTheCase() {
        assertEquals(List.of("password.containsEmail"), keys("x-camille.martin-7X", EMAIL));
        assertEquals(List.of("password.containsEmail"), keys("x-CAMILLE.Martin-7", EMAIL));
        assertEquals(List.of("password.containsEmail"), keys("X-camille.martin-7", "  Camille.Martin@Example.org "));
        assertEquals(List.of(), keys("x-camille.martin-7X", "other@example.org"));
        assertEquals(List.of(), keys(VALID, null), "no e-mail: the rule does not apply");
    }

    @Test
    void aLocalPartShorterThanThreeCharactersIsNotChecked() {
        assertEquals(List.of(), keys("Jo-Marelle-2026", "jo@example.org"));
        assertEquals(List.of("password.containsEmail"), keys("Joe-Marelle-2026", "joe@example.org"));
    }

    @Test
    void everyBrokenRuleIsReportedWithTheGivenField() {
        List<Violation> violations = PasswordPolicy.check("newPassword", "camille", EMAIL.replace(".martin", ""));
        assertEquals(List.of("password.tooShort", "password.noUpperCase", "password.noDigit", "password.noSymbol",
                "password.containsEmail"), violations.stream().map(Violation::key).toList());
        assertTrue(violations.stream().allMatch(v -> "newPassword".equals(v.field())));
    }

    @Test
    void onlyUpperCaseAndDigitsBreaksThreeRules() {
        assertEquals(List.of("password.tooShort", "password.noLowerCase", "password.noSymbol"), keys("ABC123", EMAIL));
    }
}
