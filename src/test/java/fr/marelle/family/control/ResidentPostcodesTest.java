package fr.marelle.family.control;

import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResidentPostcodesTest {

    @Test
    void frenchPostcodesAreKeptSortedWithoutDuplicatesOrBlanks() {
        List<Violation> violations = new ArrayList<>();
        assertEquals(List.of("20000", "49000", "49100", "97400"),
                ResidentPostcodes.check(List.of("49100", " 49000 ", "", "49100", "97400", "20000"), violations));
        assertTrue(violations.isEmpty(), violations.toString());
    }

    @Test
    void anythingButAFiveDigitFrenchPostcodeIsRefusedByName() {
        List<Violation> violations = new ArrayList<>();
        ResidentPostcodes.check(List.of("4910", "491000", "ABCDE", "00100", "99000", "49100"), violations);
        assertEquals(List.of("4910", "491000", "ABCDE", "00100", "99000"),
                violations.stream().map(v -> v.args().get(0)).toList());
        assertTrue(violations.stream().allMatch(v -> v.field().equals("postcodes")
                && v.key().equals("residentPostcodes.invalid")));
    }

    @Test
    void anEmptyListIsRefused() {
        List<Violation> violations = new ArrayList<>();
        ResidentPostcodes.check(List.of(" ", ""), violations);
        assertEquals(List.of("residentPostcodes.required"), violations.stream().map(Violation::key).toList());
        violations.clear();
        ResidentPostcodes.check(null, violations);
        assertEquals(1, violations.size());
    }

    @Test
    void atMostAHundredPostcodes() {
        List<Violation> violations = new ArrayList<>();
        ResidentPostcodes.check(IntStream.range(0, 101).mapToObj(i -> String.valueOf(49000 + i)).toList(), violations);
        assertEquals(List.of("residentPostcodes.tooMany"), violations.stream().map(Violation::key).toList());
    }

    @Test
    void aTypedListIsSplitOnCommasSemicolonsSpacesAndLines() {
        assertEquals(List.of("49000", "49100", "49130"), ResidentPostcodes.split("49100,49000;\n49130  49100"));
        assertEquals(Collections.emptyList(), ResidentPostcodes.split(null));
    }
}
