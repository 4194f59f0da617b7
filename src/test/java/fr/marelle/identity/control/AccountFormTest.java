package fr.marelle.identity.control;

import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** E-mail and name checks and normalisation of an account. */
class AccountFormTest {

    private static List<Violation> email(String value) {
        List<Violation> violations = new ArrayList<>();
        AccountForm.checkEmail("email", value, violations);
        return violations;
    }

    private static List<Violation> name(String value) {
        List<Violation> violations = new ArrayList<>();
        AccountForm.checkName("firstName", value, violations);
        return violations;
    }

    @Test
    void normalisingTrimsAndLowersTheDomainOnly() {
        assertEquals("Camille.Martin@example.org", AccountForm.normalizeEmail("  Camille.Martin@EXAMPLE.Org \t"));
        assertEquals("no-at-sign", AccountForm.normalizeEmail(" no-at-sign "));
        assertNull(AccountForm.normalizeEmail(null));
    }

    @Test
    void normalisingUsesTheLastAtSign() {
        assertEquals("A@B@example.org", AccountForm.normalizeEmail("A@B@EXAMPLE.ORG"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"prenom.nom@exemple.fr", "a+tag@sub.example.org", "o'brien@example.ie",
            "x_y-z@mairie-marelle.fr", "UPPER@EXAMPLE.ORG"})
    void validEmailsPass(String value) {
        assertEquals(List.of(), email(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-at-sign", "two@@example.org", "nodot@localhost", "a..b@example.org",
            ".a@example.org", "a@-example.org", "a@example..org", "spaced name@example.org", "a@example.org.",
            "élodie@example.org", "<script>@example.org"})
    void malformedEmailsAreInvalid(String value) {
        assertEquals(List.of(Violation.of("email", "email.invalid")), email(value));
    }

    @Test
    void aMissingEmailIsRequired() {
        assertEquals(List.of(Violation.of("email", "email.required")), email(null));
        assertEquals(List.of(Violation.of("email", "email.required")), email("   "));
    }

    @Test
    void anEmailLongerThan254CharactersIsInvalid() {
        String domain = "@" + "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + ".org"; // 187 chars
        String fits = "l".repeat(254 - domain.length()) + domain;
        assertEquals(254, fits.length());
        assertEquals(List.of(), email(fits));
        assertEquals(List.of(Violation.of("email", "email.invalid")), email("l" + fits));
    }

    @Test
    void namesWithAccentsHyphensAndApostrophesPass() {
        for (String value : List.of("Sophie", "Lefèvre", "Jean-Pierre", "O’Brien", "D'Artagnan", "Ñúñez Åström", "李")) {
            assertEquals(List.of(), name(value), value);
        }
    }

    @Test
    void aMissingNameIsRequired() {
        assertEquals(List.of(Violation.of("firstName", "name.required")), name(null));
        assertEquals(List.of(Violation.of("firstName", "name.required")), name(""));
        assertEquals(List.of(Violation.of("firstName", "name.required")), name(" \t "));
    }

    @Test
    void aNameHasAtMost100CharactersOnceTrimmed() {
        assertEquals(List.of(), name("  " + "a".repeat(100) + "  "));
        assertEquals(List.of(Violation.of("firstName", "name.tooLong", 100)), name("a".repeat(101)));
    }

    @Test
    void markupAndControlCharactersAreRefusedInNames() {
        for (String value : List.of("<b>Camille</b>", "Camille>", "Ca\u0000mille", "Camille\nMartin", "Tab\there")) {
            assertEquals(List.of(Violation.of("firstName", "name.invalidCharacters")), name(value), value);
        }
    }

    @Test
    void cleaningTrimsAndCollapsesWhitespace() {
        assertEquals("Jean Pierre", AccountForm.clean("  Jean   Pierre "));
        assertNull(AccountForm.clean(null));
    }
}
