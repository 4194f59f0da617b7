package fr.marelle.enrolment.control;

import fr.marelle.enrolment.control.SchoolMapRules.Line;
import fr.marelle.enrolment.entity.Parity;
import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchoolMapRulesTest {

    private static final long TILLEULS = 1;
    private static final long LOUISE_MICHEL = 2;
    private static final long JULES_FERRY = 3;
    private static final Map<String, Long> SCHOOLS = Map.of(StreetAddress.fold("École maternelle Les Tilleuls"), TILLEULS,
            StreetAddress.fold("École Louise-Michel"), LOUISE_MICHEL, StreetAddress.fold("École Jules-Ferry"), JULES_FERRY);

    private static final String MAP = """
            rue;de;à;parité;niveau;école
            avenue Victor-Hugo;1;59;impairs;maternelle;École maternelle Les Tilleuls
            avenue Victor-Hugo;2;60;pairs;maternelle;École Louise-Michel
            avenue Victor-Hugo;61;;toutes;maternelle;École Louise-Michel
            avenue Victor-Hugo;;;toutes;élémentaire;École Jules-Ferry
            """;

    private static List<Line> read(String csv, List<Violation> violations) {
        return SchoolMapRules.read(csv, SCHOOLS, violations);
    }

    private static Optional<Long> school(String address, String cycle) {
        List<Violation> violations = new ArrayList<>();
        List<Line> map = read(MAP, violations);
        assertEquals(List.of(), violations);
        return SchoolMapRules.schoolFor(StreetAddress.parse(address), cycle, map);
    }

    @Test
    void oddAndEvenNumbersOfAStreetGoToTheirOwnSchoolAndTheRestOfTheStreetToAThird() {
        assertEquals(Optional.of(TILLEULS), school("13 avenue Victor-Hugo", "MATERNELLE"));
        assertEquals(Optional.of(LOUISE_MICHEL), school("14 avenue Victor-Hugo", "MATERNELLE"));
        assertEquals(Optional.of(TILLEULS), school("59 bis avenue Victor-Hugo", "MATERNELLE"));
        assertEquals(Optional.of(LOUISE_MICHEL), school("61 avenue Victor-Hugo", "MATERNELLE"));
        assertEquals(Optional.of(LOUISE_MICHEL), school("240 avenue Victor-Hugo", "MATERNELLE"));
    }

    @Test
    void theCycleChoosesTheLine() {
        assertEquals(Optional.of(JULES_FERRY), school("13 avenue Victor-Hugo", "ELEMENTAIRE"));
    }

    @Test
    void theWayAFamilyWritesTheStreetDoesNotMatter() {
        assertEquals(Optional.of(TILLEULS), school("13, Av. Victor Hugo", "MATERNELLE"));
        assertEquals(Optional.of(TILLEULS), school("13bis AVENUE VICTOR-HUGO", "MATERNELLE"));
        assertEquals(new StreetAddress(7, "rue du faubourg saint antoine"), StreetAddress.parse("7 r. du Fg St-Antoine"));
        assertEquals(new StreetAddress(null, "allee des coeurs"), StreetAddress.parse("Allée des Cœurs"));
    }

    @Test
    void anAddressTheMapDoesNotKnowHasNoSchool() {
        assertEquals(Optional.empty(), school("3 rue des Lilas", "MATERNELLE"));
        // without a number, only a street with one school for the cycle gives it
        assertEquals(Optional.of(JULES_FERRY), school("avenue Victor-Hugo", "ELEMENTAIRE"));
        assertEquals(Optional.empty(), school("avenue Victor-Hugo", "MATERNELLE"));
    }

    @Test
    void everyWrongLineIsNamedWithItsNumber() {
        List<Violation> violations = new ArrayList<>();
        read("""
                rue;de;à;parité;niveau;école
                rue des Écoles;;;toutes;maternelle;École maternelle Les Tilleuls
                rue du Moulin;10;2;toutes;maternelle;École maternelle Les Tilleuls
                rue du Moulin;1;9;un sur deux;maternelle;École maternelle Les Tilleuls
                rue du Moulin;1;9;pairs;collège;École maternelle Les Tilleuls
                rue du Moulin;1;9;pairs;maternelle;École des Sables
                rue du Moulin;a;9;pairs;maternelle;École Jules-Ferry
                rue du Moulin;1;9;pairs
                """, violations);
        assertEquals(List.of("schoolMap.line.range 3", "schoolMap.line.parity 4", "schoolMap.line.level 5",
                "schoolMap.line.school 6", "schoolMap.line.number 7", "schoolMap.line.columns 8"),
                violations.stream().map(v -> v.key() + " " + v.args().get(0)).toList());
        assertTrue(violations.stream().allMatch(v -> "file".equals(v.field())));
    }

    @Test
    void twoLinesSendingOneAddressToTwoSchoolsAreRefusedButTheSameSchoolTwiceIsNot() {
        List<Violation> violations = new ArrayList<>();
        read("""
                rue du Moulin;1;40;toutes;maternelle;École maternelle Les Tilleuls
                rue du Moulin;30;60;pairs;maternelle;École Louise-Michel
                rue du Moulin;41;60;impairs;maternelle;École Louise-Michel
                rue du Moulin;1;40;toutes;élémentaire;École Jules-Ferry
                rue du Moulin;1;20;toutes;élémentaire;École Jules-Ferry
                """, violations);
        assertEquals(List.of(List.of(2, 1)), violations.stream().map(Violation::args).toList());
        assertEquals("schoolMap.line.overlap", violations.get(0).key());
    }

    @Test
    void oddAndEvenRangesMeetOnlyWhenOneCoversBoth() {
        assertTrue(Parity.ALL.meets(Parity.ODD));
        assertTrue(Parity.EVEN.meets(Parity.EVEN));
        assertEquals(false, Parity.ODD.meets(Parity.EVEN));
        assertTrue(Parity.ODD.covers(13));
        assertEquals(false, Parity.ODD.covers(14));
    }

    @Test
    void anEmptyFileOrAFileOfHeadersOnlyIsRefused() {
        List<Violation> violations = new ArrayList<>();
        read("rue;de;à;parité;niveau;école\n", violations);
        assertEquals("schoolMap.file.empty", violations.get(0).key());
        violations.clear();
        read("", violations);
        assertEquals("schoolMap.file.empty", violations.get(0).key());
    }

    @Test
    void theDemoTownsMapIsValid() {
        List<Violation> violations = new ArrayList<>();
        List<Line> lines = read(EnrolmentDemoData.MAP, violations);
        assertEquals(List.of(), violations);
        assertEquals(18, lines.size());
    }
}
