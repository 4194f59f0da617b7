package fr.marelle.planning.control;

import fr.marelle.planning.entity.AgeGroup;
import fr.marelle.platform.control.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgeGroupsTest {

    private static List<String> keys(List<AgeGroup> groups) {
        return AgeGroups.check(groups, 60).stream().map(Violation::key).toList();
    }

    @Test
    void separateGroupsWithinTheCapacityAreAccepted() {
        assertTrue(keys(List.of(new AgeGroup("3-5 ans", 3, 5, 24), new AgeGroup("6-11 ans", 6, 11, 36))).isEmpty());
        assertTrue(keys(List.of()).isEmpty(), "no group: the session's capacity only");
    }

    @Test
    void groupsSharingAnAgeAreRefusedWithTheirNames() {
        List<Violation> v = AgeGroups.check(List.of(new AgeGroup("6-11 ans", 6, 11, 30), new AgeGroup("3-6 ans", 3, 6, 20)), 60);
        assertEquals(1, v.size());
        assertEquals("planning.ageGroups.overlap", v.get(0).key());
        assertEquals(List.of("3-6 ans", "6-11 ans"), v.get(0).args());
    }

    @Test
    void eachGroupIsNamedWithAgesInOrderAndPlacesWithinTheCapacity() {
        assertEquals(List.of("planning.ageGroups.labelRequired"), keys(List.of(new AgeGroup(" ", 3, 5, 10))));
        assertEquals(List.of("planning.ageGroups.ages"), keys(List.of(new AgeGroup("5-3", 5, 3, 10))));
        assertEquals(List.of("planning.ageGroups.placesRange"), keys(List.of(new AgeGroup("3-5 ans", 3, 5, 0))));
        assertEquals(List.of("planning.ageGroups.placesRange"), keys(List.of(new AgeGroup("3-5 ans", 3, 5, 61))));
    }

    @Test
    void aChildBelongsToTheGroupOfItsAge() {
        AgeGroup small = new AgeGroup("3-5 ans", 3, 5, 24);
        assertTrue(small.contains(3) && small.contains(5));
        assertTrue(!small.contains(2) && !small.contains(6));
    }
}
