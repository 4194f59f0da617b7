package fr.marelle.privacy.control;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;

/**
 * When an unused account is warned and when it is deleted, without a database. An account is idle
 * from its last activity (sign-in, booking); it is deleted {@code months} later, after three
 * warnings: a year, two months and a week before. A warning the job could not send in time is
 * replaced by the next one due, never sent late in a row; and the deletion never comes less than a
 * week after the last warning, so that nobody is deleted without a week's notice.
 */
public final class IdleAccountRules {

    /** The warnings, from the earliest; how long before the deletion each one is due. */
    public enum Stage {
        YEAR(Period.ofYears(1)), TWO_MONTHS(Period.ofMonths(2)), WEEK(Period.ofDays(7));

        private final Period before;

        Stage(Period before) {
            this.before = before;
        }

        public LocalDate dueOn(LocalDate deletionOn) {
            return deletionOn.minus(before);
        }
    }

    /** The shortest notice the last warning gives. */
    static final Period LAST_NOTICE = Period.ofDays(7);

    private IdleAccountRules() {
    }

    /** The day an account idle since {@code idleSince} is deleted, warnings permitting. */
    public static LocalDate deletionOn(LocalDate idleSince, int months) {
        return idleSince.plusMonths(months);
    }

    /**
     * The warning to send today, if any: the latest stage whose day has come when no warning of
     * that stage or a later one was sent in this idle period.
     */
    public static Optional<Stage> warningDue(LocalDate idleSince, int months, Map<Stage, LocalDate> sent, LocalDate today) {
        LocalDate deletion = deletionOn(idleSince, months);
        Stage[] stages = Stage.values();
        for (int i = stages.length - 1; i >= 0; i--) {
            Stage stage = stages[i];
            if (!today.isBefore(stage.dueOn(deletion))) {
                for (int later = i; later < stages.length; later++) {
                    if (sent.containsKey(stages[later])) {
                        return Optional.empty();
                    }
                }
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** The day the account is deleted given the warnings sent: never before a week after the last one. */
    public static Optional<LocalDate> erasableFrom(LocalDate idleSince, int months, Map<Stage, LocalDate> sent) {
        LocalDate lastWarning = sent.get(Stage.WEEK);
        if (lastWarning == null) {
            return Optional.empty();
        }
        LocalDate deletion = deletionOn(idleSince, months);
        LocalDate notice = lastWarning.plus(LAST_NOTICE);
        return Optional.of(notice.isAfter(deletion) ? notice : deletion);
    }

    /** The day a warning sent today announces. */
    public static LocalDate announcedDeletion(LocalDate idleSince, int months, Stage stage, LocalDate today) {
        LocalDate deletion = deletionOn(idleSince, months);
        LocalDate afterNotice = today.plus(LAST_NOTICE);
        return stage == Stage.WEEK && afterNotice.isAfter(deletion) ? afterNotice : deletion;
    }
}
