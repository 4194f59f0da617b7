package fr.marelle.terms.control;

import fr.marelle.platform.control.RuleViolationException;
import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TermsDraftTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-17");
    private static final Predicate<String> TAKEN = label -> Set.of("2026-09").contains(label.toLowerCase());

    private static List<String> keys(TermsDraft draft) {
        return assertThrows(RuleViolationException.class, () -> draft.check(TODAY, TAKEN)).violations().stream()
                .map(v -> v.field() + ":" + v.key()).toList();
    }

    @Test
    void aVersionForTomorrowIsCheckedWithItsTextsStripped() {
        TermsDraft.Checked c = new TermsDraft(" 2027-01 ", " Texte ", "Text\n", "2026-11-18").check(TODAY, TAKEN);
        assertEquals("2027-01", c.label());
        assertEquals("Texte", c.textFr());
        assertEquals("Text", c.textEn());
        assertEquals(LocalDate.parse("2026-11-18"), c.inForceOn());
    }

    @Test
    void aVersionInForceTodayIsAccepted() {
        assertEquals(TODAY, new TermsDraft("2026-11", "Texte", "Text", "2026-11-17").check(TODAY, TAKEN).inForceOn());
    }

    @Test
    void aDayInThePastIsRefused() {
        assertEquals(List.of("inForceOn:terms.inForceOn.past"), keys(new TermsDraft("2026-11", "Texte", "Text", "2026-11-16")));
    }

    @Test
    void aLabelAlreadyUsedIsRefusedNamingIt() {
        Violation taken = assertThrows(RuleViolationException.class,
                () -> new TermsDraft("2026-09", "Texte", "Text", "2026-12-01").check(TODAY, TAKEN)).violations().get(0);
        assertEquals("terms.label.taken", taken.key());
        assertEquals(List.of("2026-09"), taken.args());
        assertEquals(List.of("version:terms.label.taken"), keys(new TermsDraft(" 2026-09 ", "Texte", "Text", "2026-12-01")));
    }

    @Test
    void blankFieldsAreEachNamed() {
        assertEquals(List.of("version:terms.label.required", "textFr:terms.text.required", "textEn:terms.text.required",
                "inForceOn:terms.inForceOn.required"), keys(new TermsDraft(" ", "", null, " ")));
    }

    @Test
    void aLabelIsShortAndMadeOfLettersDigitsAndSigns() {
        assertEquals(List.of("version:terms.label.tooLong"), keys(new TermsDraft("x".repeat(21), "Texte", "Text", "2026-12-01")));
        assertEquals(List.of("version:terms.label.invalid"), keys(new TermsDraft("2027 janvier", "Texte", "Text", "2026-12-01")));
        assertEquals(List.of("version:terms.label.invalid"), keys(new TermsDraft("-2027", "Texte", "Text", "2026-12-01")));
        assertEquals("v2027_01.b", new TermsDraft("v2027_01.b", "Texte", "Text", "2026-12-01").check(TODAY, TAKEN).label());
    }

    @Test
    void aDayThatIsNotADateAndTooLongTextsAreRefused() {
        assertEquals(List.of("textFr:terms.text.tooLong", "inForceOn:terms.inForceOn.invalid"),
                keys(new TermsDraft("2027-01", "x".repeat(TermsDraft.TEXT_MAX + 1), "Text", "01/01/2027")));
    }
}
