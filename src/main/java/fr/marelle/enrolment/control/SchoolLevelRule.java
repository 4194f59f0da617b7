package fr.marelle.enrolment.control;

import fr.marelle.platform.control.Violation;

import java.time.LocalDate;
import java.util.List;

/**
 * The level a child enters in a school year, from the birth date, as French schools count: the calendar year of
 * birth decides, not the birthday. A child goes to petite section in the school year starting in the calendar year
 * they turn 3, to CP in the one starting in the year they turn 6, and so on to CM2 (10). Toute petite section
 * (2 years) is a decision of the school, not of the town: it is not offered here.
 */
public final class SchoolLevelRule {

    private static final List<String> LEVELS_FROM_AGE_3 = List.of("PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2");

    private SchoolLevelRule() {
    }

    /** The level code for a school year starting in {@code startYear}; otherwise adds the violation that says why and returns null. */
    public static String levelFor(LocalDate birthDate, int startYear, List<Violation> violations) {
        if (birthDate == null) {
            violations.add(Violation.of("childId", "enrolment.level.noBirthDate"));
            return null;
        }
        int turns = startYear - birthDate.getYear();
        if (turns < 3) {
            violations.add(Violation.of("childId", "enrolment.level.tooYoung", startYear + 3 - turns));
            return null;
        }
        if (turns - 3 >= LEVELS_FROM_AGE_3.size()) {
            violations.add(Violation.of("childId", "enrolment.level.tooOld"));
            return null;
        }
        return LEVELS_FROM_AGE_3.get(turns - 3);
    }

    /** The cycle of a level: MATERNELLE up to grande section, ELEMENTAIRE from CP. */
    public static String cycleOf(String levelCode) {
        return switch (levelCode) {
            case "TPS", "PS", "MS", "GS" -> "MATERNELLE";
            default -> "ELEMENTAIRE";
        };
    }
}
