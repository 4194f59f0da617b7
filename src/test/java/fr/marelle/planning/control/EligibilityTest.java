package fr.marelle.planning.control;

import fr.marelle.planning.entity.Activity;
import fr.marelle.planning.entity.ActivityType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EligibilityTest {

    private static final LocalDate SEPT_1 = LocalDate.of(2026, 9, 1);

    private static Activity judo() {
        Activity a = new Activity("Judo", ActivityType.WEEKLY_CLASS, null, "SPORTS_CULTURE", null);
        a.setMinAge(6);
        a.setMaxAge(10);
        return a;
    }

    @Test
    void ageInWholeYearsOnTheDay() {
        assertEquals(5, Eligibility.age(LocalDate.of(2020, 9, 2), SEPT_1));
        assertEquals(6, Eligibility.age(LocalDate.of(2020, 9, 1), SEPT_1));
        // born on 29 February: a year older on 1 March of a common year
        assertEquals(5, Eligibility.age(LocalDate.of(2020, 2, 29), LocalDate.of(2026, 2, 28)));
        assertEquals(6, Eligibility.age(LocalDate.of(2020, 2, 29), LocalDate.of(2026, 3, 1)));
    }

    @Test
    void theAgeRangeIncludesBothEnds() {
        assertFalse(Eligibility.eligible(judo(), new Eligibility.Child(LocalDate.of(2020, 9, 2), "CP", true), SEPT_1));
        assertTrue(Eligibility.eligible(judo(), new Eligibility.Child(LocalDate.of(2020, 9, 1), "CP", true), SEPT_1));
        assertTrue(Eligibility.eligible(judo(), new Eligibility.Child(LocalDate.of(2015, 9, 2), "CM2", true), SEPT_1));
        assertFalse(Eligibility.eligible(judo(), new Eligibility.Child(LocalDate.of(2015, 9, 1), "CM2", true), SEPT_1));
        assertFalse(Eligibility.eligible(judo(), new Eligibility.Child(null, "CP", true), SEPT_1), "age unknown");
    }

    @Test
    void levelsAndResidence() {
        Activity a = judo();
        a.setLevelCodes(Set.of("CP", "CE1"));
        a.setResidentsOnly(true);
        assertTrue(Eligibility.eligible(a, new Eligibility.Child(LocalDate.of(2019, 5, 1), "CE1", true), SEPT_1));
        assertFalse(Eligibility.eligible(a, new Eligibility.Child(LocalDate.of(2019, 5, 1), "CE2", true), SEPT_1));
        assertFalse(Eligibility.eligible(a, new Eligibility.Child(LocalDate.of(2019, 5, 1), null, true), SEPT_1));
        assertFalse(Eligibility.eligible(a, new Eligibility.Child(LocalDate.of(2019, 5, 1), "CE1", false), SEPT_1));
    }
}
