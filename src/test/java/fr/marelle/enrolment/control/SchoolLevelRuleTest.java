package fr.marelle.enrolment.control;

import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SchoolLevelRuleTest {

    private static String level(LocalDate birth, int startYear) {
        List<Violation> violations = new ArrayList<>();
        String level = SchoolLevelRule.levelFor(birth, startYear, violations);
        assertEquals(level == null, !violations.isEmpty(), violations.toString());
        return level;
    }

    @Test
    void theCalendarYearOfBirthDecidesNotTheBirthday() {
        // born on 1 January or 31 December 2024: both start petite section in September 2027, the year they turn 3
        assertEquals("PS", level(LocalDate.of(2024, 1, 1), 2027));
        assertEquals("PS", level(LocalDate.of(2024, 12, 31), 2027));
        assertEquals("MS", level(LocalDate.of(2023, 12, 31), 2027));
    }

    @Test
    void cpIsTheYearTheChildTurnsSixAndCm2TheYearTheyTurnTen() {
        assertEquals("GS", level(LocalDate.of(2022, 6, 15), 2027));
        assertEquals("CP", level(LocalDate.of(2021, 9, 2), 2027));
        assertEquals("CE1", level(LocalDate.of(2020, 3, 1), 2027));
        assertEquals("CE2", level(LocalDate.of(2019, 3, 1), 2027));
        assertEquals("CM1", level(LocalDate.of(2018, 3, 1), 2027));
        assertEquals("CM2", level(LocalDate.of(2017, 12, 31), 2027));
    }

    @Test
    void aChildTooYoungIsToldTheSeptemberOfPetiteSectionAndAnOlderOneIsSentToTheCollege() {
        List<Violation> violations = new ArrayList<>();
        assertNull(SchoolLevelRule.levelFor(LocalDate.of(2025, 1, 10), 2027, violations));
        assertEquals("enrolment.level.tooYoung", violations.get(0).key());
        assertEquals(List.of(2028), violations.get(0).args());
        violations.clear();
        assertNull(SchoolLevelRule.levelFor(LocalDate.of(2016, 12, 31), 2027, violations));
        assertEquals("enrolment.level.tooOld", violations.get(0).key());
        violations.clear();
        assertNull(SchoolLevelRule.levelFor(null, 2027, violations));
        assertEquals("enrolment.level.noBirthDate", violations.get(0).key());
    }

    @Test
    void nurseryLevelsAreMaternelleAndTheOthersElementaire() {
        assertEquals("MATERNELLE", SchoolLevelRule.cycleOf("PS"));
        assertEquals("MATERNELLE", SchoolLevelRule.cycleOf("GS"));
        assertEquals("ELEMENTAIRE", SchoolLevelRule.cycleOf("CP"));
        assertEquals("ELEMENTAIRE", SchoolLevelRule.cycleOf("CM2"));
    }
}
