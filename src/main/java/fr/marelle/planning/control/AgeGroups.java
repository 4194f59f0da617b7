package fr.marelle.planning.control;

import fr.marelle.planning.entity.AgeGroup;
import fr.marelle.platform.control.Violation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rules of places per age group: each group is named, its ages read from youngest to oldest,
 * it has at least one place and no more than the activity's default capacity, and no two groups
 * share an age (a child belongs to one group at most). Pure rules.
 */
public final class AgeGroups {

    static final int MAX_GROUPS = 6;
    static final int LABEL_MAX = 60;

    private AgeGroups() {
    }

    /** The violations of a list of groups, named {@code ageGroups[i].<field>}. */
    public static List<Violation> check(List<AgeGroup> groups, int defaultCapacity) {
        List<Violation> v = new ArrayList<>();
        if (groups.size() > MAX_GROUPS) {
            v.add(Violation.of("ageGroups", "planning.ageGroups.tooMany", MAX_GROUPS));
            return v;
        }
        for (int i = 0; i < groups.size(); i++) {
            AgeGroup g = groups.get(i);
            String field = "ageGroups[" + i + "]";
            if (g.getLabel() == null || g.getLabel().isBlank()) {
                v.add(Violation.of(field + ".label", "planning.ageGroups.labelRequired"));
            } else if (g.getLabel().strip().length() > LABEL_MAX) {
                v.add(Violation.of(field + ".label", "planning.ageGroups.labelTooLong", LABEL_MAX));
            }
            if (g.getMinAge() < 0 || g.getMaxAge() > 25 || g.getMinAge() > g.getMaxAge()) {
                v.add(Violation.of(field + ".maxAge", "planning.ageGroups.ages"));
            }
            if (g.getPlaces() < 1 || g.getPlaces() > defaultCapacity) {
                v.add(Violation.of(field + ".places", "planning.ageGroups.placesRange", defaultCapacity));
            }
        }
        List<AgeGroup> sorted = groups.stream().sorted(Comparator.comparingInt(AgeGroup::getMinAge)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).getMinAge() <= sorted.get(i - 1).getMaxAge()) {
                v.add(Violation.of("ageGroups", "planning.ageGroups.overlap", sorted.get(i - 1).getLabel(),
                        sorted.get(i).getLabel()));
            }
        }
        return v;
    }
}
