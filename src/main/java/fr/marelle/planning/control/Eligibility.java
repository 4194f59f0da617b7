package fr.marelle.planning.control;

import fr.marelle.planning.entity.Activity;

import java.time.LocalDate;
import java.time.Period;

/** Whether a child may take part in an activity: age range, school levels, residents only. Pure rules. */
public final class Eligibility {

    /** What is known of the child (from the household file). */
    public record Child(LocalDate birthDate, String levelCode, boolean resident, Long schoolSiteId) {

        /** A child whose school is not considered (staff searching any child of the right age). */
        public Child(LocalDate birthDate, String levelCode, boolean resident) {
            this(birthDate, levelCode, resident, null);
        }
    }

    private Eligibility() {
    }

    /** Age in whole years on the given day (the first day of the period asked for). */
    public static int age(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    /** Whether a child of this school may attend: school canteen and care are for the school's pupils. */
    public static boolean pupilOf(Activity activity, Long schoolSiteId) {
        return !activity.isForItsPupilsOnly() || (schoolSiteId != null && schoolSiteId.equals(activity.getSite().getId()));
    }

    public static boolean eligible(Activity activity, Child child, LocalDate on) {
        if (activity.isResidentsOnly() && !child.resident()) {
            return false;
        }
        if (child.birthDate() != null) {
            int age = age(child.birthDate(), on);
            if ((activity.getMinAge() != null && age < activity.getMinAge())
                    || (activity.getMaxAge() != null && age > activity.getMaxAge())) {
                return false;
            }
        } else if (activity.getMinAge() != null || activity.getMaxAge() != null) {
            return false;
        }
        return activity.getLevelCodes().isEmpty()
                || (child.levelCode() != null && activity.getLevelCodes().contains(child.levelCode()));
    }
}
